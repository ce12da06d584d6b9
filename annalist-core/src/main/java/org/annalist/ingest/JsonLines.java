package org.annalist.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.annalist.model.Article;

/**
 * The articles of one JSONL input, read lazily one line at a time. Each bad line is reported and skipped;
 * the input is closed when its last line has been read or when {@link #close()} is called.
 */
final class JsonLines implements Iterator<Article>, Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteLines lines;
    private final String origin;
    private final Problems problems;
    private Article next;
    private boolean seenContent;
    private boolean done;

    /**
     * @param in     the input, positioned at its start
     * @param origin the input as the user named it; line numbers are appended to it
     */
    JsonLines(InputStream in, String origin, Problems problems) {
        this.lines = new ByteLines(in);
        this.origin = origin;
        this.problems = problems;
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            advance();
        }
        return next != null;
    }

    @Override
    public Article next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Article article = next;
        next = null;
        return article;
    }

    private void advance() {
        try {
            if (!lines.next()) {
                if (!seenContent) {
                    problems.report(origin, "empty file");
                }
                finish();
                return;
            }
        } catch (IOException e) {
            problems.report(origin + ":" + (lines.number() + 1), "read failed (" + ArticleReader.describe(e) + ")");
            finish();
            return;
        }
        if (lines.isBlank()) {
            return;
        }
        seenContent = true;
        String where = origin + ":" + lines.number();
        if (lines.tooLong()) {
            problems.report(where, "line longer than " + ByteLines.MAX_LINE_BYTES / (1024 * 1024) + " MB");
            return;
        }
        String text = lines.text();
        if (text == null) {
            problems.report(where, Utf8.invalidMessage(lines.bytes()));
            return;
        }
        if (lines.number() == 1 && text.startsWith("\uFEFF")) {
            text = text.substring(1); // byte order mark written by some Windows editors
        }
        try {
            next = article(text, where);
        } catch (BadLine e) {
            problems.report(where, e.getMessage());
        }
    }

    private void finish() {
        done = true;
        try {
            lines.close();
        } catch (IOException e) {
            // Everything was read; a failure to release the file changes nothing for the caller.
        }
    }

    @Override
    public void close() {
        finish();
    }

    /** The article of one JSONL line. */
    static Article article(String line, String origin) throws BadLine {
        JsonNode node = parse(line);
        if (node == null || !node.isObject()) {
            throw new BadLine("not a JSON object");
        }
        String id = id(node.get("id"));
        String text = optionalString(node, "text");
        if (text == null) {
            throw new BadLine("missing \"text\"");
        }
        if (text.isBlank()) {
            throw new BadLine("empty \"text\"");
        }
        String title = optionalString(node, "title");
        LocalDate date = date(node.get("date"));
        return new Article(id, title == null ? "" : title.strip(), date, text,
                optionalString(node, "source"), optionalString(node, "url"), origin);
    }

    private static JsonNode parse(String line) throws BadLine {
        try (JsonParser parser = JSON.createParser(line)) {
            JsonNode node = JSON.readTree(parser);
            if (parser.nextToken() != null) {
                throw new BadLine("more than one JSON value on the line");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadLine("not valid JSON" + column(e.getLocation()) + " (" + shorten(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            // Parsing a string does no I/O; kept for the compiler's sake.
            throw new BadLine("not valid JSON (" + shorten(e.getMessage()) + ")");
        }
    }

    private static String id(JsonNode node) throws BadLine {
        if (node == null || node.isNull()) {
            throw new BadLine("missing \"id\"");
        }
        if (!node.isTextual() && !node.isNumber()) {
            throw new BadLine("\"id\" must be a string or a number");
        }
        String id = node.asText();
        if (id.isBlank()) {
            throw new BadLine("empty \"id\"");
        }
        return id;
    }

    /** A string field, {@code null} when absent or null. */
    private static String optionalString(JsonNode object, String field) throws BadLine {
        JsonNode node = object.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadLine("\"" + field + "\" must be a string");
        }
        return node.textValue();
    }

    /** {@code YYYY-MM-DD}, or an ISO timestamp of which the date is taken as written; null or "" for unknown. */
    private static LocalDate date(JsonNode node) throws BadLine {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadLine("\"date\" must be a string YYYY-MM-DD");
        }
        String value = node.textValue().strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException notPlainDate) {
            try {
                return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(value));
            } catch (DateTimeException notTimestamp) {
                throw new BadLine("bad \"date\" \"" + shorten(value) + "\" (expected YYYY-MM-DD)");
            }
        }
    }

    private static String column(JsonLocation location) {
        return location == null || location.getColumnNr() < 1 ? "" : " at column " + location.getColumnNr();
    }

    /** The gist of a parser message: its first line, without Jackson's source excerpt, and not too long. */
    static String shorten(String message) {
        if (message == null) {
            return "";
        }
        String s = message.lines().findFirst().orElse("");
        int marker = s.indexOf(" (start marker at");
        if (marker >= 0) {
            s = s.substring(0, marker);
        }
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }

    /** Why a line was skipped. Carries no stack trace: it is a message for the user, not a failure. */
    static final class BadLine extends Exception {
        BadLine(String message) {
            super(message, null, false, false);
        }
    }
}
