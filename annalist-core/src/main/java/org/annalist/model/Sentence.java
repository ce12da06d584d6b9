package org.annalist.model;

import java.util.List;

/**
 * One analysed sentence.
 *
 * @param index        position in the article, from 0 (the title, when present, is sentence 0)
 * @param text         the sentence text as it stands in the article
 * @param begin        character offset in the analysed text
 * @param end          character offset just past the sentence
 * @param tokens       tokens in order
 * @param dependencies basic dependency parse; empty when no parser ran
 * @param isTitle      whether this sentence is the article's headline
 */
public record Sentence(int index, String text, int begin, int end, List<Token> tokens, List<Dependency> dependencies,
                       boolean isTitle) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }
}
