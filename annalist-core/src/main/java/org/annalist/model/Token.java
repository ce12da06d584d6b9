package org.annalist.model;

/**
 * One token of a sentence with its linguistic annotations.
 *
 * @param index position in the sentence, from 0
 * @param word  surface form
 * @param lemma lemma (lower-cased for everything but proper nouns)
 * @param pos   Penn Treebank part-of-speech tag
 * @param ner   coarse named-entity tag (PERSON, LOCATION, ORGANIZATION, MISC, DATE, ...) or "O"
 * @param begin character offset of the token in the article's analysed text
 * @param end   character offset just past the token
 */
public record Token(int index, String word, String lemma, String pos, String ner, int begin, int end) {
    public boolean isVerb() { return pos.startsWith("VB"); }
    public boolean isNoun() { return pos.startsWith("NN"); }
    public boolean isProperNoun() { return pos.startsWith("NNP"); }
}
