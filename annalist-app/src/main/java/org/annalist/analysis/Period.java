package org.annalist.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A length of time that a series is counted by; weeks start on Monday, as DuckDB's date_trunc('week', ...) does. */
public enum Period {
    day, week, month, year;

    /** The first day of the period holding {@code date}. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case day -> date;
            case week -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case month -> date.withDayOfMonth(1);
            case year -> date.withDayOfYear(1);
        };
    }

    /** The first day of the period after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case day -> start.plusDays(1);
            case week -> start.plusWeeks(1);
            case month -> start.plusMonths(1);
            case year -> start.plusYears(1);
        };
    }

    /** How a period is shown: 2017-04-12 (day), 2017-04-10 (the Monday of a week), 2017-04, 2017. */
    public String label(LocalDate start) {
        return switch (this) {
            case day, week -> start.toString();
            case month -> start.toString().substring(0, 7);
            case year -> Integer.toString(start.getYear());
        };
    }

    /** "month", or "months" when {@code count} is not 1. */
    public String noun(long count) {
        return count == 1 ? name() : name() + "s";
    }
}
