package org.annalist.cli;

import org.annalist.events.SynonymProposer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code annalist synonyms}: WordNet synonyms of the verb dictionary's triggers, for curators to review. */
@Command(name = "synonyms", mixinStandardHelpOptions = true,
        description = {"Propose synonyms of the triggers of events/verbs.txt from WordNet 3.1, for review.",
                "For each trigger (verbs; nouns for lemma/n triggers), the one-word lemmas of its first senses that "
                        + "have no patterns of their own and are not yet in events/synonyms.txt are printed in the "
                        + "format of synonyms.txt: SYNONYM <TAB> TRIGGER <TAB> # comment. The comment gives the "
                        + "trigger's codes (the synonym would take all of its patterns), the WordNet sense and its "
                        + "gloss, and the synonym's own sense number and sense-tagged count, which show how ambiguous "
                        + "and how rare it is.",
                "Nothing here is used by the coder until a person copies reviewed lines into synonyms.txt."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:proposals printed (possibly none)", "2:usage error"})
final class SynonymsCommand implements Callable<Integer> {
    @Option(names = "--code", paramLabel = "PREFIX", defaultValue = "",
            description = "Only triggers with a pattern whose CAMEO code starts with PREFIX (e.g. 19, 112).")
    String codePrefix;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "0",
            description = "Only synonyms tagged at least N times with that sense in WordNet's sense-tagged corpus "
                    + "(default: ${DEFAULT-VALUE}; most good news words have low counts, so this is a coarse filter).")
    int minCount;

    @Option(names = "--senses", paramLabel = "N", defaultValue = "2",
            description = "How many of each trigger's WordNet senses, most frequent first (default: ${DEFAULT-VALUE}).")
    int senses;

    @Parameters(paramLabel = "TRIGGER", arity = "0..*",
            description = "Only these triggers, written as in verbs.txt (block, siege/n).")
    List<String> triggers = new ArrayList<>();

    @Override
    public Integer call() {
        if (senses < 1) {
            throw new UserException("--senses must be at least 1");
        }
        if (minCount < 0) {
            throw new UserException("--min-count must not be negative");
        }
        if (!codePrefix.matches("\\d*")) {
            throw new UserException("--code takes the digits a CAMEO code starts with, e.g. 19 or 112");
        }
        SynonymProposer proposer = SynonymProposer.bundled();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        List<SynonymProposer.Proposal> proposals = new ArrayList<>();
        if (triggers.isEmpty()) {
            SynonymProposer.Summary summary = proposer.proposeAll(codePrefix, minCount, senses);
            proposals.addAll(summary.proposals());
            err.printf("%d triggers%s, %d not in WordNet, %d proposals%n", summary.triggers(),
                    codePrefix.isEmpty() ? "" : " with codes " + codePrefix + "*", summary.notInWordNet(),
                    proposals.size());
        } else {
            for (String trigger : triggers) {
                List<SynonymProposer.Proposal> found = proposer.proposeFor(trigger, minCount, senses);
                if (found.isEmpty() && !proposer.isTrigger(trigger)) {
                    throw new UserException("'" + trigger + "' is not a trigger of events/verbs.txt");
                }
                proposals.addAll(found.stream().filter(p -> p.codes().stream().anyMatch(c -> c.startsWith(codePrefix)))
                        .toList());
            }
            err.printf("%d proposals%n", proposals.size());
        }
        out.println("# Proposed by 'annalist synonyms' from WordNet 3.1: review each line before copying it into");
        out.println("# events/synonyms.txt. Comment: trigger codes | WordNet sense: gloss | the synonym's own sense.");
        String trigger = null;
        for (SynonymProposer.Proposal p : proposals) {
            if (!p.trigger().equals(trigger)) {
                trigger = p.trigger();
                out.println("# " + trigger + " (" + String.join(" ", p.codes()) + ")");
            }
            out.println(p.line());
        }
        out.flush();
        return 0;
    }
}
