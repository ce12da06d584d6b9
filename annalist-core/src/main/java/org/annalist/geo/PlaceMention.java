package org.annalist.geo;

/**
 * Words of a sentence that name a place.
 *
 * @param sentence index of the sentence in the article
 * @param start    first token
 * @param end      one past the last token
 * @param text     the words as they stand in the sentence ("Khan Sheikhoun", "Idlib province")
 */
public record PlaceMention(int sentence, int start, int end, String text) {
    public PlaceMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a place mention needs 0 <= start < end, got " + start + ".." + end);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a place mention needs its text");
        }
    }
}
