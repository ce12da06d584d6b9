package org.annalist.store;

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
     * than a copy, then from the article stored first. Its date is the earliest date an original gives.
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
            agg AS (
                SELECT event_id,
                       coalesce(min(date) FILTER (WHERE NOT from_copy), min(date)) AS date,
                       count(*) AS num_mentions,
                       count(DISTINCT article_id) AS num_articles,
                       count(DISTINCT coalesce(publisher, '')) AS num_sources,
                       arg_min(article_id, seq) AS first_article_id
                FROM m GROUP BY event_id)
            SELECT rep.event_id, agg.date, rep.source_code, rep.source_sector, rep.target_code, rep.target_sector,
                   rep.root_code, rep.cameo, rep.goldstein, rep.quad_class, rep.plover_event,
                   agg.num_mentions, agg.num_articles, agg.num_sources, agg.first_article_id, rep.mention_id
            FROM rep JOIN agg ON agg.event_id = rep.event_id""".formatted(TOUCHED);

    private EventRows() {
    }
}
