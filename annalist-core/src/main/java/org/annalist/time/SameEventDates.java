package org.annalist.time;

import org.annalist.model.Actor;
import org.annalist.model.DateSpan;
import org.annalist.model.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dates an event reported again, without a date of its own, by another report of it in the same article.
 *
 * <p>News tells one event several times: "On Wednesday night, Russia vetoed a UN Security Council resolution
 * ..." and, paragraphs later, "Not long before Trump spoke, Russia vetoed a Western-backed United Nations
 * resolution ...". The second sentence names no date, so it would take the article's. Here a report dated
 * from the article ({@code date_source} "article") takes the date of the reports of the same event that
 * the text dated, with {@code date_source} "coreference", when:
 * <ul>
 *   <li>they have the same source code, the same target code (both known) and the same CAMEO root; in a
 *       domestic event (source and target of one state) the same sectors too, since within one state the sector
 *       is what tells the actors apart ("the government met the opposition" is not "the government met the
 *       army");</li>
 *   <li>every such text-dated report in the article gives the same date (and span): reports that disagree
 *       leave the question open, and the article's date stands;</li>
 *   <li>that date is close to the article's: a day or a span of at most {@value #MAX_SPAN_DAYS} days, starting
 *       no more than {@value #MAX_DISTANCE_DAYS} days before or after the article date. A background sentence
 *       ("Russia vetoed a resolution in 2013") is another event, not an earlier telling of today's.</li>
 * </ul>
 * Otherwise sectors are not compared: "Russia" and "the Kremlin", "the UN" and "the Security Council" differ by
 * sector only, and are the usual variation between two tellings.
 */
final class SameEventDates {
    /** The longest span (in days) a report may name and still date its coreferent reports. */
    static final int MAX_SPAN_DAYS = 7;
    /** How far (in days) from the article date a report's date may lie and still date its coreferent reports. */
    static final int MAX_DISTANCE_DAYS = 7;
    /** The date_source of an event dated by another report of it in the same article. */
    static final String COREFERENCE = "coreference";

    private SameEventDates() {
    }

    private record Key(String source, String target, String root, String sourceSector, String targetSector) {
        static Key of(Event e) {
            String source = code(e.source());
            String target = code(e.target());
            if (source == null || target == null || e.cameo() == null) {
                return null;
            }
            String root = e.cameo().length() <= 2 ? e.cameo() : e.cameo().substring(0, 2);
            return source.equals(target) ? new Key(source, target, root, e.source().sector(), e.target().sector())
                    : new Key(source, target, root, null, null);
        }

        private static String code(Actor a) {
            return a == null ? null : a.code();
        }
    }

    private record TextDate(String date, DateSpan span) {
    }

    /** A sentinel for reports of one event that the text dates differently. */
    private static final TextDate CONFLICT = new TextDate(null, null);

    /** The events, in order, with the article-dated reports of a text-dated event given its date. */
    static List<Event> apply(List<Event> events, LocalDate articleDate) {
        if (articleDate == null || events.size() < 2) {
            return events;
        }
        Map<Key, TextDate> dates = new HashMap<>();
        for (Event e : events) {
            Key key = Key.of(e);
            if (key == null || !"text".equals(e.dateSource()) || e.date() == null) {
                continue;
            }
            TextDate date = new TextDate(e.date(), e.dateSpan());
            TextDate known = dates.putIfAbsent(key, date);
            if (known != null && !known.equals(date)) {
                dates.put(key, CONFLICT);
            }
        }
        if (dates.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            TextDate date = "article".equals(e.dateSource()) ? dates.get(Key.of(e)) : null;
            if (date == null || date == CONFLICT || !close(date, articleDate)) {
                out.add(e);
            } else {
                out.add(e.withDate(date.date(), COREFERENCE, date.span()));
            }
        }
        return List.copyOf(out);
    }

    private static boolean close(TextDate date, LocalDate articleDate) {
        LocalDate start = LocalDate.parse(date.date());
        if (date.span() != null) {
            LocalDate end = LocalDate.parse(date.span().end());
            if (end.toEpochDay() - start.toEpochDay() + 1 > MAX_SPAN_DAYS) {
                return false;
            }
        }
        return Math.abs(start.toEpochDay() - articleDate.toEpochDay()) <= MAX_DISTANCE_DAYS;
    }
}
