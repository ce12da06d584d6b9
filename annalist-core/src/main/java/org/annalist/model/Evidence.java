package org.annalist.model;

import java.util.List;

/**
 * Why an event was coded: the words that triggered it and the dictionary pattern that fired.
 *
 * @param trigger  trigger words as they stand in the sentence
 * @param pattern  the pattern as written in the dictionary
 * @param entry    "file:line" of the pattern
 * @param rules    the syntactic rules applied on the way (passive, control, reported-speech, ...)
 */
public record Evidence(String trigger, String pattern, String entry, List<String> rules) {
    public Evidence {
        rules = List.copyOf(rules);
    }
}
