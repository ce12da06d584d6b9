package org.annalist.analysis;

import org.annalist.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The relations between two actors over time: per period, their deduplicated events in both directions by quad
 * class, with the Goldstein total and mean, and where the latest period ranks (is this an all-time low?).
 *
 * <pre>{@code
 * DyadSeries s = DyadSeries.query(store, "USA", "RUS", Period.month, null, null);
 * System.out.println(s.ranking().sentence());   // "Latest month, 2017-04: mean Goldstein -4.10 ..."
 * }</pre>
 */
public final class DyadSeries {
    /**
     * The whole computation, as docs/store.md shows it. Parameters: $1 and $2 the two actors' codes, $3 the period
     * ('day', 'week', 'month' or 'year'), $4 and $5 the first and last dates.
     */
    public static final String SQL = """
            SELECT CAST(date_trunc($3, date) AS DATE)      AS period,
                   count(*)                                AS events,
                   count(*) FILTER (WHERE source_code = $1) AS a_to_b,
                   count(*) FILTER (WHERE source_code = $2) AS b_to_a,
                   count(*) FILTER (WHERE quad_class = 1)  AS verbal_coop,
                   count(*) FILTER (WHERE quad_class = 2)  AS material_coop,
                   count(*) FILTER (WHERE quad_class = 3)  AS verbal_conflict,
                   count(*) FILTER (WHERE quad_class = 4)  AS material_conflict,
                   sum(goldstein)                          AS goldstein_total,
                   avg(goldstein)                          AS goldstein_mean
            FROM events
            WHERE ((source_code = $1 AND target_code = $2) OR (source_code = $2 AND target_code = $1))
              AND date BETWEEN $4 AND $5
            GROUP BY period
            ORDER BY period""";

    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final String a;
    private final String b;
    private final Period by;
    private final List<DyadPeriod> periods;

    private DyadSeries(String a, String b, Period by, List<DyadPeriod> periods) {
        this.a = a;
        this.b = b;
        this.by = by;
        this.periods = List.copyOf(periods);
    }

    /**
     * The series from {@code from} to {@code to} (either may be null: from the first, or to the last period with
     * events), every period included, those without events too.
     */
    public static DyadSeries query(Store store, String a, String b, Period by, LocalDate from, LocalDate to) {
        String actorA = a.toUpperCase(Locale.ROOT);
        String actorB = b.toUpperCase(Locale.ROOT);
        List<DyadPeriod> found = store.query(SQL,
                List.of(actorA, actorB, by.name(), from != null ? from : EARLIEST, to != null ? to : LATEST),
                r -> new DyadPeriod(r.date("period"), r.longValue("events"), r.longValue("a_to_b"), r.longValue("b_to_a"),
                        r.longValue("verbal_coop"), r.longValue("material_coop"), r.longValue("verbal_conflict"),
                        r.longValue("material_conflict"), r.doubleOrNull("goldstein_total"), r.doubleOrNull("goldstein_mean")));
        Map<LocalDate, DyadPeriod> byStart = new TreeMap<>();
        found.forEach(p -> byStart.put(p.start(), p));
        List<DyadPeriod> all = new ArrayList<>();
        if (!byStart.isEmpty() || (from != null && to != null)) {
            LocalDate first = by.start(from != null ? from : found.get(0).start());
            LocalDate last = by.start(to != null ? to : found.get(found.size() - 1).start());
            for (LocalDate p = first; !p.isAfter(last); p = by.next(p)) {
                all.add(byStart.getOrDefault(p, DyadPeriod.empty(p)));
            }
        }
        return new DyadSeries(actorA, actorB, by, all);
    }

    public String a() {
        return a;
    }

    public String b() {
        return b;
    }

    public Period by() {
        return by;
    }

    /** Every period of the range, in order; those without events have a null mean. */
    public List<DyadPeriod> periods() {
        return periods;
    }

    /** Where the latest period stands among all periods with events. */
    public Ranking ranking() {
        List<DyadPeriod> withEvents = periods.stream().filter(p -> p.events() > 0).toList();
        if (withEvents.isEmpty()) {
            return new Ranking(by, periods.isEmpty() ? null : periods.get(periods.size() - 1), null, 0, 0, 0, null, null);
        }
        DyadPeriod latest = withEvents.get(withEvents.size() - 1);
        double mean = latest.goldsteinMean();
        int lower = 0;
        int higher = 0;
        DyadPeriod lowest = latest;
        DyadPeriod highest = latest;
        for (DyadPeriod p : withEvents) {
            lower += p.goldsteinMean() < mean ? 1 : 0;
            higher += p.goldsteinMean() > mean ? 1 : 0;
            lowest = p.goldsteinMean() < lowest.goldsteinMean() ? p : lowest;
            highest = p.goldsteinMean() > highest.goldsteinMean() ? p : highest;
        }
        return new Ranking(by, periods.get(periods.size() - 1), latest, lower + 1, higher + 1, withEvents.size(),
                lowest, highest);
    }

    /**
     * The latest period with events, ranked by mean Goldstein among the {@code periodsWithEvents} periods that
     * have events: rank 1 from the lowest is an all-time low (ties share a rank).
     *
     * @param lastPeriod the last period of the range, which may have no events; null for an empty range
     * @param latest     the last period with events, or null when there is none
     */
    public record Ranking(Period by, DyadPeriod lastPeriod, DyadPeriod latest, int rankFromLowest, int rankFromHighest,
                          int periodsWithEvents, DyadPeriod lowest, DyadPeriod highest) {
        public boolean allTimeLow() {
            return latest != null && rankFromLowest == 1;
        }

        public boolean allTimeHigh() {
            return latest != null && rankFromHighest == 1;
        }

        /** One sentence: "Latest month, 2017-04: mean Goldstein -4.10 over 7 events, the lowest of 37 months with events. All-time low: yes." */
        public String sentence() {
            if (latest == null) {
                return "No events in this range.";
            }
            StringBuilder s = new StringBuilder();
            if (lastPeriod != null && !lastPeriod.start().equals(latest.start())) {
                s.append("No events in ").append(by.label(lastPeriod.start())).append(", the last ").append(by.name())
                        .append(" of the range. ");
            }
            s.append("Latest ").append(by.name()).append(" with events, ").append(by.label(latest.start()))
                    .append(String.format(Locale.ROOT, ": mean Goldstein %.2f over %d %s, ", latest.goldsteinMean(),
                            latest.events(), latest.events() == 1 ? "event" : "events"));
            if (periodsWithEvents == 1) {
                s.append("the only ").append(by.name()).append(" with events.");
            } else if (rankFromLowest == 1 && rankFromHighest == 1) {
                s.append("level with every other ").append(by.name()).append(" of the ").append(periodsWithEvents)
                        .append(" with events.");
            } else if (rankFromHighest == 1) {
                s.append("the highest of ").append(periodsWithEvents).append(' ').append(by.noun(periodsWithEvents))
                        .append(" with events.");
            } else {
                s.append(rankFromLowest == 1 ? "the" : "the " + ordinal(rankFromLowest)).append(" lowest of ")
                        .append(periodsWithEvents).append(' ').append(by.noun(periodsWithEvents)).append(" with events");
                if (rankFromHighest < rankFromLowest) {
                    s.append(" (").append(rankFromHighest == 1 ? "the" : "the " + ordinal(rankFromHighest))
                            .append(" highest)");
                }
                s.append('.');
            }
            s.append(" All-time low: ").append(periodsWithEvents == 1 ? "yes, with nothing to compare it to"
                    : allTimeLow() ? "yes" : String.format(Locale.ROOT, "no (%s, %.2f)", by.label(lowest.start()),
                    lowest.goldsteinMean())).append('.');
            return s.toString();
        }
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
