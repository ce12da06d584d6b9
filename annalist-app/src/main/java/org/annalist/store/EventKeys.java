package org.annalist.store;

import org.annalist.model.Actor;
import org.annalist.model.Event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The deduplication key of an event mention and the stable event id derived from it. Mentions with the same
 * key are one event: same date window, same source, same target, same CAMEO root (the first two digits).
 * An actor is compared by its code ("RUS", "IGO"), so "Russia vetoed the Security Council resolution" (target
 * IGO GOV) and "Russia vetoed a United Nations resolution" (target IGO, no sector) are one event. The sector
 * counts too when the actor has no code ("rebels": REB); in a domestic event, whose source and target have the
 * same code, since within one state the sector is what tells the actors apart (police and protesters,
 * government and opposition); and for the source of an event without a target, which only its source
 * identifies. docs/store.md gives the reasons.
 */
final class EventKeys {
    /** Windows start on Mondays (1970-01-05 is epoch day 4), so 7-day windows are ISO weeks. */
    private static final long WINDOW_ANCHOR = 4;
    /**
     * The version of the key, hashed into every id. "event/1" compared sectors too (schema versions 1 and 2);
     * schema step 3 moved stored events to "event/2" (the same formula, in SQL).
     */
    static final String KEY_VERSION = "event/2";

    private EventKeys() {
    }

    /** The key without its date: who did what kind of thing to whom. Used to attach a copy's mentions. */
    record Dyad(String source, String target, String root) {
        static Dyad of(Event e) {
            return of(code(e.source()), sector(e.source()), code(e.target()), sector(e.target()), e.cameo());
        }

        /** The dyad of a mentions row's columns (or of an event's actors) and its CAMEO code or root. */
        static Dyad of(String sourceCode, String sourceSector, String targetCode, String targetSector, String cameo) {
            boolean domestic = sourceCode != null && sourceCode.equals(targetCode);
            boolean noTarget = targetCode == null && targetSector == null;
            return new Dyad(actor(sourceCode, sourceSector, domestic || noTarget),
                    actor(targetCode, targetSector, domestic), EventKeys.root(cameo));
        }
    }

    /**
     * An actor as the key compares it: its code; its code, "~" and its sector (or nothing) when the sector counts
     * (both actors of a domestic event, the source of an event without a target); "~" and its sector when it has
     * no code (no code contains "~"); "" when there is neither, or no actor.
     */
    static String actor(String code, String sector, boolean withSector) {
        if (code == null) {
            return sector != null ? "~" + sector : "";
        }
        return withSector ? code + "~" + (sector == null ? "" : sector) : code;
    }

    private static String code(Actor a) {
        return a == null ? null : a.code();
    }

    private static String sector(Actor a) {
        return a == null ? null : a.sector();
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
        return hash(KEY_VERSION + "|" + date + "|" + d.source() + "|" + d.target() + "|" + d.root());
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

}
