package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds the rows of the {@code events} table from the mentions that carry their ids. After each batch
 * of articles, the events its mentions touch are deleted and rebuilt from all of their mentions, inside the
 * batch's transaction, so an event row always agrees with its mentions, however the run ends.
 */
final class EventRows {
    /** The events touched by the mentions of the articles stored from sequence number {@code ?} on. */
    private static final String TOUCHED = """
            SELECT DISTINCT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE a.seq >= ? AND m.event_id IS NOT NULL""";

    static final String DELETE_TOUCHED = "DELETE FROM events WHERE event_id IN (" + TOUCHED + ")";

    /**
     * One row per touched event. Its CAMEO code is the one most of its mentions give (then the more specific,
     * then the lower); the representative mention has that code and comes, preferably, from an original rather
     * than a copy, then from the article stored first. Its date is the earliest date an original gives. Its
     * source and target sectors are, for each side, the sector most of its mentions give, not counting those
     * without one (then the representative's, then the first alphabetically); NULL when none gives one.
     * Articles with no publisher count together as one unknown source.
     */
    static final String INSERT_TOUCHED = """
            INSERT INTO events (event_id, date, source_code, source_sector, target_code, target_sector, root_code,
                                cameo, goldstein, quad_class, plover_event, num_mentions, num_articles, num_sources,
                                first_article_id, rep_mention_id)
            WITH m AS (
                SELECT m.*, a.seq, a.source AS publisher, a.duplicate_of IS NOT NULL AS from_copy
                FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE m.event_id IN (%s)),
            code_counts AS (
                SELECT event_id, cameo, count(*) AS n FROM m GROUP BY event_id, cameo),
            rep AS (
                SELECT * FROM (
                    SELECT m.*, row_number() OVER (PARTITION BY m.event_id
                        ORDER BY c.n DESC, length(m.cameo) DESC, m.cameo, m.from_copy, m.seq, m.sentence, m.mention_id) AS rn
                    FROM m JOIN code_counts c ON c.event_id = m.event_id AND c.cameo = m.cameo)
                WHERE rn = 1),
            sectors AS (
                SELECT event_id, side, sector, count(*) AS n FROM (
                    SELECT event_id, 's' AS side, source_sector AS sector FROM m
                    UNION ALL
                    SELECT event_id, 't' AS side, target_sector AS sector FROM m)
                WHERE sector IS NOT NULL
                GROUP BY event_id, side, sector),
            sector AS (
                SELECT * FROM (
                    SELECT s.event_id, s.side, s.sector, row_number() OVER (PARTITION BY s.event_id, s.side
                        ORDER BY s.n DESC,
                                 s.sector IS NOT DISTINCT FROM (CASE s.side WHEN 's' THEN rep.source_sector
                                                                           ELSE rep.target_sector END) DESC,
                                 s.sector) AS rn
                    FROM sectors s JOIN rep ON rep.event_id = s.event_id)
                WHERE rn = 1),
            agg AS (
                SELECT event_id,
                       coalesce(min(date) FILTER (WHERE NOT from_copy), min(date)) AS date,
                       count(*) AS num_mentions,
                       count(DISTINCT article_id) AS num_articles,
                       count(DISTINCT coalesce(publisher, '')) AS num_sources,
                       arg_min(article_id, seq) AS first_article_id
                FROM m GROUP BY event_id)
            SELECT rep.event_id, agg.date, rep.source_code, ss.sector, rep.target_code, ts.sector,
                   rep.root_code, rep.cameo, rep.goldstein, rep.quad_class, rep.plover_event,
                   agg.num_mentions, agg.num_articles, agg.num_sources, agg.first_article_id, rep.mention_id
            FROM rep JOIN agg ON agg.event_id = rep.event_id
            LEFT JOIN sector ss ON ss.event_id = rep.event_id AND ss.side = 's'
            LEFT JOIN sector ts ON ts.event_id = rep.event_id AND ts.side = 't'""".formatted(TOUCHED);

    /**
     * A setting a schema step leaves when it has changed how mentions are grouped into events: every event is
     * then rebuilt, by the current code, when the store is next opened for writing (and before it is read).
     */
    static final String REBUILD_SETTING = "rebuild_events";

    /** Whether a schema step asked for every event to be rebuilt. */
    static boolean rebuildPending(Connection c) throws SQLException {
        try (PreparedStatement get = c.prepareStatement("SELECT 1 FROM settings WHERE name = ?")) {
            get.setString(1, REBUILD_SETTING);
            try (ResultSet rs = get.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Rebuilds every event from its mentions and clears the request, in one transaction (manual commit). */
    static void rebuildAll(Connection c) throws SQLException {
        try (Statement delete = c.createStatement();
             PreparedStatement insert = c.prepareStatement(INSERT_TOUCHED);
             PreparedStatement done = c.prepareStatement("DELETE FROM settings WHERE name = ?")) {
            delete.execute("DELETE FROM events");
            insert.setLong(1, Long.MIN_VALUE);
            insert.executeUpdate();
            done.setString(1, REBUILD_SETTING);
            done.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
    }

    private EventRows() {
    }
}
