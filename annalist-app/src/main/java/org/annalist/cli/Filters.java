package org.annalist.cli;

import org.annalist.analysis.EventFilter;

import java.time.LocalDate;

/** Checks the filter options shared by events and top, turning bad values into one-line user errors. */
final class Filters {
    private Filters() {
    }

    static EventFilter of(String actor, String code, LocalDate from, LocalDate to, int limit) {
        if (limit < 1) {
            throw new UserException("--limit must be at least 1, not " + limit);
        }
        if (actor != null && !actor.matches("[A-Za-z]{3}")) {
            throw new UserException("--actor '" + actor + "' is not an actor code (three letters: USA, RUS, IGO, ...)");
        }
        try {
            return new EventFilter(actor, code, from, to);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
    }
}
