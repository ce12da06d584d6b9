package org.annalist.cli;

import org.annalist.events.DependencyEventCoder;
import org.annalist.model.ActorMention;
import org.annalist.model.Dependency;
import org.annalist.model.Event;
import org.annalist.model.Sentence;
import org.annalist.model.Token;
import org.annalist.pipeline.Annalist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code annalist explain}: shows how the coder read a sentence, for when it is wrong. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show the parse, the actors, the candidate patterns and the decision for a SENTENCE.")
final class ExplainCommand implements Callable<Integer> {
    @Mixin
    TextInput input;

    @Mixin
    CoderOptions options;

    @Override
    public Integer call() {
        Annalist annalist = options.build();
        Annalist.Analysis analysis = annalist.analyse(input.article());
        for (Sentence s : analysis.article().sentences()) {
            System.out.println("Sentence " + s.index() + ": " + s.text());
            System.out.println("  Tokens (word/lemma/POS/NER):");
            StringBuilder line = new StringBuilder("   ");
            for (Token t : s.tokens()) {
                line.append(' ').append(t.index()).append(':').append(t.word()).append('/').append(t.lemma())
                        .append('/').append(t.pos()).append(t.ner().equals("O") ? "" : "/" + t.ner());
            }
            System.out.println(line);
            System.out.println("  Dependencies:");
            for (Dependency d : s.dependencies()) {
                String gov = d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word() + "-" + d.governor();
                System.out.printf("    %-14s %s -> %s-%d%n", d.relation(), gov, s.tokens().get(d.dependent()).word(), d.dependent());
            }
            List<ActorMention> mentions = analysis.mentions().stream().filter(m -> m.sentence() == s.index()).toList();
            System.out.println("  Actors:");
            for (ActorMention m : mentions) {
                System.out.printf("    '%s' (head %s-%d) -> %s %s %s  [%s %s]%n", m.actor().text(),
                        s.tokens().get(m.head()).word(), m.head(), ActorsCommand.orDash(m.actor().code()),
                        ActorsCommand.orDash(m.actor().sector()), ActorsCommand.orDash(m.actor().name()), m.rule(),
                        ActorsCommand.orDash(m.entry()));
            }
            if (annalist.coder() instanceof DependencyEventCoder coder) {
                System.out.println("  Patterns and candidates:");
                coder.explain(s, mentions).forEach(l -> System.out.println("    " + l));
            }
            System.out.println("  Events:");
            for (Event e : analysis.events()) {
                if (e.sentence() == s.index()) {
                    System.out.printf("    %s %s -> %s  CAMEO %s (%s) %s  trigger '%s' pattern '%s' %s rules %s%n",
                            e.source().code(), e.source().sector(), e.target() == null ? "-" : e.target().code() + " "
                                    + e.target().sector(), e.cameo(), e.plover().event(), e.date(),
                            e.evidence().trigger(), e.evidence().pattern(), e.evidence().entry(), e.evidence().rules());
                }
            }
        }
        return 0;
    }
}
