package org.annalist.time;

import org.annalist.model.Event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Events that the text itself dates well before the article ("the 2013 agreement in which the Syrian government
 * pledged to give up its weapons", in a report of 2017) are background, told to explain the news, not news: a
 * record of what happened on a day would otherwise count them again years later, on the day of the report.
 */
public final class History {
    /** How long before the article an event may lie and still be news: reports of last year's events are. */
    private static final int NEWS_DAYS = 366;

    private History() {
    }

    /** The events without those the text dates more than a year before the article's date. */
    public static List<Event> withoutBackground(LocalDate articleDate, List<Event> events) {
        if (articleDate == null) {
            return events;
        }
        LocalDate limit = articleDate.minusDays(NEWS_DAYS);
        return events.stream().filter(e -> !isBefore(e, limit)).toList();
    }

    private static boolean isBefore(Event e, LocalDate limit) {
        if (!"text".equals(e.dateSource()) || e.date() == null) {
            return false;
        }
        try {
            LocalDate last = LocalDate.parse(e.dateSpan() != null ? e.dateSpan().end() : e.date());
            return last.isBefore(limit);
        } catch (DateTimeParseException malformed) {
            return false;
        }
    }
}
