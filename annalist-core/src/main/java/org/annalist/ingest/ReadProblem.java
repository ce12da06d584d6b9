package org.annalist.ingest;

import java.util.Objects;

/**
 * Something wrong with one input line or file, which was skipped while the rest was read.
 *
 * @param origin  where: "voa.jsonl:12" for a JSONL line, the path as given for a file, "-" for standard input
 * @param message what, in a few words: "not valid JSON (Unexpected character ...)", "missing \"text\""
 */
public record ReadProblem(String origin, String message) {
    public ReadProblem {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(message, "message");
    }

    /** "origin: message", the form in which problems are shown to users. */
    @Override
    public String toString() {
        return origin + ": " + message;
    }
}
