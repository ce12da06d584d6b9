package org.annalist.analysis;

import org.annalist.store.Store;

import java.util.ArrayList;
import java.util.List;

/** Lists and rankings of the stored, deduplicated events. */
public final class EventQueries {
    /** What {@link #top} counts by. */
    public enum By {
        /** source and target, in that order: "USA→RUS" */
        dyad,
        /** an actor as source or target (an event counts for each); with an actor filter, that actor's partners */
        actor,
        /** CAMEO root code, "12" */
        code
    }

    private EventQueries() {
    }

    /** Events that pass the filter, by date, the most reported first within a day. */
    public static List<EventSummary> list(Store store, EventFilter filter, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        parameters.add(limit);
        return store.query("""
                SELECT e.*, m.text
                FROM events e LEFT JOIN mentions m ON m.mention_id = e.rep_mention_id
                WHERE %s
                ORDER BY e.date NULLS LAST, e.num_mentions DESC, e.event_id
                LIMIT ?""".formatted(where), parameters,
                r -> new EventSummary(r.string("event_id"), r.date("date"), r.string("source_code"),
                        r.string("source_sector"), r.string("target_code"), r.string("target_sector"), r.string("cameo"),
                        r.doubleOrNull("goldstein"), r.intValue("quad_class"), r.string("plover_event"),
                        r.intValue("num_mentions"), r.intValue("num_articles"), r.intValue("num_sources"),
                        r.string("first_article_id"), r.string("text")));
    }

    /** The dyads, actors or CAMEO roots with the most events that pass the filter. */
    public static List<Ranked> top(Store store, By by, EventFilter filter, int limit) {
        List<Object> parameters = new ArrayList<>();
        String from = switch (by) {
            case dyad -> "(SELECT coalesce(source_code, '---') || '→' || coalesce(target_code, '---') AS key, e.* "
                    + "FROM events e WHERE " + where(filter, parameters) + ")";
            case code -> "(SELECT root_code AS key, e.* FROM events e WHERE " + where(filter, parameters) + ")";
            case actor -> {
                String first = where(filter, parameters);
                String second = where(filter, parameters);
                // An event of an actor with itself (RUS→RUS) counts once.
                yield "(SELECT source_code AS key, e.* FROM events e WHERE " + first
                        + " UNION ALL SELECT target_code AS key, e.* FROM events e WHERE " + second
                        + " AND target_code IS DISTINCT FROM source_code)";
            }
        };
        // Ranking actors among the events of one actor: its partners are what is worth seeing.
        String restrict = by == By.actor && filter.actor() != null ? " AND key <> ?" : "";
        if (!restrict.isEmpty()) {
            parameters.add(filter.actor());
        }
        parameters.add(limit);
        return store.query("""
                SELECT key, count(*) AS events, sum(num_mentions) AS mentions, avg(goldstein) AS goldstein_mean
                FROM %s
                WHERE key IS NOT NULL%s
                GROUP BY key
                ORDER BY events DESC, mentions DESC, key
                LIMIT ?""".formatted(from, restrict), parameters,
                r -> new Ranked(r.string("key"), r.longValue("events"), r.longValue("mentions"),
                        r.doubleOrNull("goldstein_mean")));
    }

    /** The WHERE clause for the filter on table alias {@code e}, adding its parameters. */
    private static String where(EventFilter f, List<Object> parameters) {
        List<String> clauses = new ArrayList<>();
        if (f.actor() != null) {
            clauses.add("(e.source_code = ? OR e.target_code = ?)");
            parameters.add(f.actor());
            parameters.add(f.actor());
        }
        if (f.codePrefix() != null) {
            clauses.add("starts_with(e.cameo, ?)");
            parameters.add(f.codePrefix());
        }
        if (f.from() != null) {
            clauses.add("e.date >= ?");
            parameters.add(f.from());
        }
        if (f.to() != null) {
            clauses.add("e.date <= ?");
            parameters.add(f.to());
        }
        return clauses.isEmpty() ? "true" : String.join(" AND ", clauses);
    }
}
