package org.annalist.analysis;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which stored events to list or count; every part is optional (null).
 *
 * @param actor      an actor code, as source or target ("RUS")
 * @param codePrefix the start of the CAMEO code ("12" for every rejection, "129" for vetoes)
 * @param from       first date
 * @param to         last date
 */
public record EventFilter(String actor, String codePrefix, LocalDate from, LocalDate to) {
    public EventFilter {
        actor = actor == null ? null : actor.toUpperCase(Locale.ROOT);
        if (codePrefix != null && !codePrefix.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("a CAMEO code prefix is 1 to 4 digits, not '" + codePrefix + "'");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the first date " + from + " is after the last date " + to);
        }
    }

    public static EventFilter all() {
        return new EventFilter(null, null, null, null);
    }
}
