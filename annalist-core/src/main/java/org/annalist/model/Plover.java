package org.annalist.model;

/**
 * The PLOVER coding of an event.
 *
 * @param event   one of the 16 PLOVER 2021 event types (AGREE, CONSULT, ..., ASSAULT), or {@code null}
 *                for CAMEO codes with no PLOVER type (public statements)
 * @param mode    PLOVER mode ("", "visit", "veto", ...) or an auxiliary mode such as "negated", "hypothetical",
 *                "future", "historical"; {@code null} when none
 * @param context PLOVER context ("military", "diplomatic", ...) or {@code null}
 */
public record Plover(String event, String mode, String context) {
}
