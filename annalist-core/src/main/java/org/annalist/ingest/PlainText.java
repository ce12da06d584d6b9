package org.annalist.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.annalist.model.Article;

/**
 * Reads the plain-text article format: a title line, an optional dateline, then paragraphs separated by blank
 * lines. Lines inside a paragraph are joined with a space, since text files are often hard-wrapped.
 */
final class PlainText {

    private PlainText() {
    }

    /**
     * The article in {@code content}, which must hold at least one non-blank line.
     *
     * @return the article, or empty when a problem was reported instead
     */
    static Optional<Article> parse(String content, String id, String origin, Problems problems) {
        String[] lines = content.split("\r\n|\r|\n", -1);
        int i = skipBlank(lines, 0);
        String title = lines[i].strip();
        i = skipBlank(lines, i + 1);

        LocalDate date = null;
        if (i < lines.length) {
            try {
                Optional<LocalDate> dateline = Datelines.parse(lines[i]);
                if (dateline.isPresent()) {
                    date = dateline.get();
                    i++;
                }
            } catch (DateTimeException e) {
                problems.report(origin, "bad date in dateline \"" + lines[i].strip() + "\" (" + e.getMessage() + ")");
                return Optional.empty();
            }
        }
        return Optional.of(new Article(id, title, date, paragraphs(lines, i), null, null, origin));
    }

    /** The lines from {@code from} on as paragraphs: "\n\n" between paragraphs, a space between joined lines. */
    private static String paragraphs(String[] lines, int from) {
        StringBuilder text = new StringBuilder();
        boolean inParagraph = false;
        for (int i = from; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                inParagraph = false;
                continue;
            }
            if (inParagraph) {
                text.append(' ');
            } else if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(line);
            inParagraph = true;
        }
        return text.toString();
    }

    private static int skipBlank(String[] lines, int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }
}
