package org.annalist.events;

import java.util.List;
import java.util.Set;

/**
 * One line of the verb-pattern dictionary, parsed.
 *
 * @param code     CAMEO code
 * @param trigger  lemma of the trigger word
 * @param pos      part of speech of the trigger
 * @param elements what else must or may be found around the trigger
 * @param text     the pattern as written, for evidence
 * @param entry    "verbs.txt:123"
 */
record Pattern(String code, String trigger, Pos pos, List<Element> elements, String text, String entry) {

    enum Pos { VERB, NOUN, ADJECTIVE }

    /** A pattern element: a target slot or a required word. */
    sealed interface Element permits Target, PrepTarget, Word, PrepWord {
    }

    /** {@code T}: direct object, or passive subject; {@code T!} when the pattern needs it to be there. */
    record Target(boolean required) implements Element {
    }

    /** {@code with:T}: object of one of these prepositions; {@code with:T!} when required. */
    record PrepTarget(Set<String> preps, boolean required) implements Element {
    }

    /** Whether the pattern only applies when its target slot is filled ("engage T!": engage the enemy). */
    boolean needsTarget() {
        return elements.stream().anyMatch(e -> e instanceof Target t && t.required()
                || e instanceof PrepTarget pt && pt.required());
    }

    /** Whether the pattern has a direct-object slot, which a passive subject fills. */
    boolean hasObjectSlot() {
        return elements.stream().anyMatch(e -> e instanceof Target);
    }

    /** {@code talk}: a dependent with this lemma. */
    record Word(String lemma) implements Element {
    }

    /** {@code in:talk}: a prepositional dependent with this lemma. */
    record PrepWord(Set<String> preps, String lemma) implements Element {
    }

    /** How many words the pattern requires beyond its trigger: more means more specific. */
    int requiredWords() {
        return (int) elements.stream().filter(e -> e instanceof Word || e instanceof PrepWord).count();
    }
}
