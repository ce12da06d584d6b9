package org.annalist.cli;

import org.annalist.analysis.EventFilter;
import picocli.CommandLine.Option;

import java.time.LocalDate;

/**
 * The filter options shared by {@code events} and {@code top} (a picocli mixin), checked into an
 * {@link EventFilter} with bad values turned into one-line user errors.
 */
final class Filters {
    @Option(names = "--actor", paramLabel = "CODE", description = "Only events with this actor as source or target (RUS).")
    String actor;

    @Option(names = "--code", paramLabel = "PREFIX", description = "Only CAMEO codes starting so (12: rejections; 129: vetoes).")
    String code;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last date.")
    LocalDate to;

    EventFilter filter(int limit) {
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
