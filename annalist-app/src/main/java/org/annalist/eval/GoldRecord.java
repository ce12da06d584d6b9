package org.annalist.eval;

import java.util.Set;

/**
 * One human-coded sentence of a PLOVER gold standard file.
 *
 * @param id          the record's id
 * @param text        the sentence
 * @param event       the gold PLOVER type, with the early names mapped to PLOVER 2021
 * @param sources     gold source codes (first three letters)
 * @param targets     gold target codes; empty when the gold has no target
 */
public record GoldRecord(String id, String text, String event, Set<String> sources, Set<String> targets) {
}
