package org.annalist.model;

import java.util.List;

/**
 * Why an event was coded: the words that triggered it and the dictionary pattern that fired.
 *
 * @param trigger  trigger words as they stand in the sentence
 * @param pattern  the pattern as written in the dictionary
 * @param entry    "file:line" of the pattern
 * @param rules    the syntactic rules applied on the way (passive, control, reported-speech, ...)
 * @param tokens   positions of the trigger words in the sentence, in order; empty when not known
 */
public record Evidence(String trigger, String pattern, String entry, List<String> rules, List<Integer> tokens) {
    public Evidence {
        rules = List.copyOf(rules);
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
    }

    /** Evidence without token positions (events built by hand or read back from a store). */
    public Evidence(String trigger, String pattern, String entry, List<String> rules) {
        this(trigger, pattern, entry, rules, List.of());
    }
}
