package org.annalist.analysis;

import java.time.LocalDate;

/**
 * The events between two actors in one period, both directions together.
 *
 * @param start              first day of the period
 * @param events             deduplicated events
 * @param aToB               of which the first actor was the source
 * @param bToA               of which the second actor was the source
 * @param verbalCooperation  quad class 1
 * @param materialCooperation quad class 2
 * @param verbalConflict     quad class 3
 * @param materialConflict   quad class 4
 * @param goldsteinTotal     sum of the events' Goldstein scores
 * @param goldsteinMean      their mean, or {@code null} for a period without events
 */
public record DyadPeriod(LocalDate start, long events, long aToB, long bToA, long verbalCooperation,
                         long materialCooperation, long verbalConflict, long materialConflict, double goldsteinTotal,
                         Double goldsteinMean) {
    static DyadPeriod empty(LocalDate start) {
        return new DyadPeriod(start, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }
}
