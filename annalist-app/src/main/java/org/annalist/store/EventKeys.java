package org.annalist.store;

import org.annalist.model.Actor;
import org.annalist.model.Event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The deduplication key of an event mention and the stable event id derived from it. Mentions with the same
 * key are one event: same date window, same source code and sector, same target code and sector, same CAMEO
 * root (the first two digits).
 */
final class EventKeys {
    /** Windows start on Mondays (1970-01-05 is epoch day 4), so 7-day windows are ISO weeks. */
    private static final long WINDOW_ANCHOR = 4;

    private EventKeys() {
    }

    /** The key without its date: who did what kind of thing to whom. Used to attach a copy's mentions. */
    record Dyad(String sourceCode, String sourceSector, String targetCode, String targetSector, String root) {
        static Dyad of(Event e) {
            return new Dyad(code(e.source()), sector(e.source()), code(e.target()), sector(e.target()), EventKeys.root(e.cameo()));
        }
    }

    static String root(String cameo) {
        return cameo.length() <= 2 ? cameo : cameo.substring(0, 2);
    }

    /** The first day of the window holding {@code date}; windows of {@code days} days tile the calendar. */
    static LocalDate windowStart(LocalDate date, int days) {
        long day = date.toEpochDay();
        return LocalDate.ofEpochDay(day - Math.floorMod(day - WINDOW_ANCHOR, days));
    }

    /**
     * The deduplicated event id of a mention: 16 hex digits of a SHA-256 of its key. An undated mention
     * cannot be matched across articles safely, so its key includes its article.
     */
    static String eventId(Event e, String articleId, int windowDays) {
        Dyad d = Dyad.of(e);
        String date = e.date() == null ? "undated:" + articleId
                : windowStart(LocalDate.parse(e.date()), windowDays).toString();
        return hash("event/1|" + date + "|" + nz(d.sourceCode()) + "|" + nz(d.sourceSector()) + "|"
                + nz(d.targetCode()) + "|" + nz(d.targetSector()) + "|" + d.root());
    }

    /** SHA-256 of the body text with runs of whitespace made one space: equal for exact copies. */
    static String contentHash(String text) {
        return HexFormat.of().formatHex(sha256(text.strip().replaceAll("\\s+", " ")));
    }

    static String hash(String s) {
        return HexFormat.of().formatHex(sha256(s), 0, 8);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String code(Actor a) {
        return a == null ? null : a.code();
    }

    private static String sector(Actor a) {
        return a == null ? null : a.sector();
    }

    private static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
