package org.annalist.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema, as the list of steps that build it. A database records in {@code schema_version} each step
 * applied to it; opening it applies the missing ones in order, each in its own transaction with its record,
 * so a step is either wholly applied and recorded or not at all. Steps are never edited once released: a
 * change is a new step. docs/store.md describes the tables.
 */
final class Migrations {

    /** One schema change. */
    record Step(int version, String description, List<String> statements) {
    }

    static final List<Step> STEPS = List.of(
            new Step(1, "articles, mentions, events and settings", List.of(
                    """
                    CREATE TABLE settings (
                        name  VARCHAR PRIMARY KEY,
                        value VARCHAR NOT NULL
                    )""",
                    """
                    CREATE TABLE articles (
                        id           VARCHAR PRIMARY KEY,
                        seq          BIGINT NOT NULL,
                        title        VARCHAR NOT NULL,
                        date         DATE,
                        source       VARCHAR,
                        url          VARCHAR,
                        origin       VARCHAR,
                        content_hash VARCHAR NOT NULL,
                        duplicate_of VARCHAR,
                        similarity   DOUBLE,
                        copy_kind    VARCHAR,
                        num_mentions INTEGER NOT NULL,
                        minhash      BLOB,
                        stored_at    TIMESTAMP NOT NULL
                    )""",
                    """
                    CREATE TABLE article_bands (
                        band_key    BIGINT NOT NULL,
                        article_seq BIGINT NOT NULL
                    )""",
                    """
                    CREATE TABLE mentions (
                        mention_id           VARCHAR NOT NULL,
                        article_id           VARCHAR NOT NULL,
                        event_id             VARCHAR,
                        sentence             INTEGER NOT NULL,
                        text                 VARCHAR NOT NULL,
                        date                 DATE,
                        date_source          VARCHAR,
                        source_text          VARCHAR,
                        source_code          VARCHAR,
                        source_sector        VARCHAR,
                        source_name          VARCHAR,
                        source_org           VARCHAR,
                        target_text          VARCHAR,
                        target_code          VARCHAR,
                        target_sector        VARCHAR,
                        target_name          VARCHAR,
                        target_org           VARCHAR,
                        cameo                VARCHAR NOT NULL,
                        root_code            VARCHAR NOT NULL,
                        goldstein            DOUBLE NOT NULL,
                        quad_class           INTEGER NOT NULL,
                        plover_event         VARCHAR,
                        plover_mode          VARCHAR,
                        plover_context       VARCHAR,
                        location_name        VARCHAR,
                        location_country     VARCHAR,
                        location_admin1      VARCHAR,
                        location_lat         DOUBLE,
                        location_lon         DOUBLE,
                        location_geonames_id BIGINT,
                        location_precision   VARCHAR,
                        location_method      VARCHAR,
                        trigger              VARCHAR,
                        pattern              VARCHAR,
                        entry                VARCHAR,
                        rules                VARCHAR NOT NULL
                    )""",
                    """
                    CREATE TABLE events (
                        event_id         VARCHAR PRIMARY KEY,
                        date             DATE,
                        source_code      VARCHAR,
                        source_sector    VARCHAR,
                        target_code      VARCHAR,
                        target_sector    VARCHAR,
                        root_code        VARCHAR NOT NULL,
                        cameo            VARCHAR NOT NULL,
                        goldstein        DOUBLE NOT NULL,
                        quad_class       INTEGER NOT NULL,
                        plover_event     VARCHAR,
                        num_mentions     INTEGER NOT NULL,
                        num_articles     INTEGER NOT NULL,
                        num_sources      INTEGER NOT NULL,
                        first_article_id VARCHAR NOT NULL,
                        rep_mention_id   VARCHAR NOT NULL
                    )""")),
            new Step(2, "view event_reports: which articles and publishers reported each event", List.of(
                    """
                    CREATE VIEW event_reports AS
                    SELECT m.event_id, m.mention_id, m.article_id, a.source AS publisher, a.url, a.date AS article_date,
                           a.duplicate_of, m.sentence, m.text
                    FROM mentions m JOIN articles a ON a.id = m.article_id
                    WHERE m.event_id IS NOT NULL""")),
            new Step(3, "event key compares actors by code (and sector without a code, within one state, or without a target): events re-keyed", List.of(
                    // The id of each event under key "event/2" (EventKeys.eventId, written in SQL): date window,
                    // source, target, CAMEO root. All the original mentions of an event share its window, so the
                    // window of the event's date is that of its key; an undated event's article is its first.
                    """
                    UPDATE mentions SET event_id = k.new_id
                    FROM (
                        SELECT e.event_id AS old_id,
                               substr(sha256('event/2|'
                                   || CASE WHEN e.date IS NULL THEN 'undated:' || e.first_article_id
                                           ELSE CAST(e.date - CAST((date_diff('day', DATE '1970-01-05', e.date) % w.days
                                                                    + w.days) % w.days AS INTEGER) AS VARCHAR) END
                                   || '|' || CASE WHEN e.source_code IS NULL THEN coalesce('~' || e.source_sector, '')
                                                  WHEN e.source_code = e.target_code
                                                       OR (e.target_code IS NULL AND e.target_sector IS NULL)
                                                      THEN e.source_code || '~' || coalesce(e.source_sector, '')
                                                  ELSE e.source_code END
                                   || '|' || CASE WHEN e.target_code IS NULL THEN coalesce('~' || e.target_sector, '')
                                                  WHEN e.source_code = e.target_code
                                                      THEN e.target_code || '~' || coalesce(e.target_sector, '')
                                                  ELSE e.target_code END
                                   || '|' || e.root_code), 1, 16) AS new_id
                        FROM events e
                        CROSS JOIN (SELECT CAST(value AS INTEGER) AS days FROM settings
                                    WHERE name = 'dedup_window_days') w) k
                    WHERE mentions.event_id = k.old_id""",
                    // Events that now share a key are merged when the events are rebuilt (Store.open).
                    "INSERT OR REPLACE INTO settings VALUES ('" + EventRows.REBUILD_SETTING + "', '3')")));

    static final int LATEST = STEPS.get(STEPS.size() - 1).version();

    private Migrations() {
    }

    /** The version of the schema in the database: 0 for a new file, -1 when it holds other tables but no schema_version. */
    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet tables = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
            boolean any = false;
            while (tables.next()) {
                any = true;
                if (tables.getString(1).equals("schema_version")) {
                    try (Statement v = c.createStatement();
                         ResultSet rs = v.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            }
            return any ? -1 : 0;
        }
    }

    /**
     * Applies the steps the database lacks. The connection must be in manual-commit mode.
     *
     * @return how many steps were applied
     */
    static int apply(Connection c, int from) throws SQLException {
        return apply(c, from, LATEST);
    }

    /** Applies the steps after {@code from} up to version {@code upTo}: a store as an older Annalist made it, for tests. */
    static int apply(Connection c, int from, int upTo) throws SQLException {
        int applied = 0;
        if (from == 0) {
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TABLE schema_version (
                            version     INTEGER PRIMARY KEY,
                            description VARCHAR NOT NULL,
                            applied_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
                        )""");
            }
            c.commit();
        }
        for (Step step : STEPS) {
            if (step.version() <= from || step.version() > upTo) {
                continue;
            }
            try {
                try (Statement s = c.createStatement()) {
                    for (String sql : step.statements()) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement record = c.prepareStatement(
                        "INSERT INTO schema_version (version, description) VALUES (?, ?)")) {
                    record.setInt(1, step.version());
                    record.setString(2, step.description());
                    record.executeUpdate();
                }
                c.commit();
                applied++;
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("schema step " + step.version() + " (" + step.description() + ") failed: "
                        + e.getMessage(), e);
            }
        }
        return applied;
    }
}
