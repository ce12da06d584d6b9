package org.annalist.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its input, before any analysis.
 *
 * @param id     stable identifier: the JSONL {@code id}, or the file name for a text file
 * @param title  headline, or empty when the input has none
 * @param date   publication date, or {@code null} when unknown
 * @param text   body text; paragraphs separated by blank lines. The title and the dateline are not part of it
 * @param source publisher or outlet, or {@code null}
 * @param url    address of the original, or {@code null}
 * @param origin where it was read from ("file.jsonl:12", "story.txt", "-"), for messages
 */
public record Article(String id, String title, LocalDate date, String text, String source, String url, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        Objects.requireNonNull(text, "text");
    }
}
