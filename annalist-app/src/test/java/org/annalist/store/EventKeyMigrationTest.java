package org.annalist.store;

import org.annalist.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import static org.annalist.store.TestEvents.actor;
import static org.annalist.store.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema step 3 re-keys the events of a store made by an earlier Annalist (key "event/1", which compared
 * sectors) to the current key: the ids it gives are those a new ingest gives, and events that now share a key
 * are merged.
 */
class EventKeyMigrationTest {
    @TempDir
    Path dir;

    private record Mention(String id, String article, String date, String sourceCode, String sourceSector,
                           String targetCode, String targetSector, String cameo, int sentence) {
        /** The id version 1 of the key gave (EventKeys before schema step 3). */
        String oldEventId() {
            String window = date == null ? "undated:" + article : date;
            return EventKeys.hash("event/1|" + window + "|" + nz(sourceCode) + "|" + nz(sourceSector) + "|"
                    + nz(targetCode) + "|" + nz(targetSector) + "|" + cameo.substring(0, 2));
        }

        Event event() {
            return TestEvents.event(article, sentence, date,
                    sourceCode == null && sourceSector == null ? null : actor(sourceCode, sourceSector),
                    targetCode == null && targetSector == null ? null : actor(targetCode, targetSector), cameo, -5, 3);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    private static final List<Mention> MENTIONS = List.of(
            new Mention("m1", "s1", "2017-04-12", "RUS", null, "IGO", "GOV", "129", 4),
            new Mention("m2", "s1", "2017-04-12", "RUS", null, "IGO", null, "129", 7),
            new Mention("m3", "s1", "2017-04-12", null, "REB", "SYR", "GOV", "190", 9),
            new Mention("m4", "s2", null, "USA", "GOV", "RUS", null, "111", 1),
            new Mention("m5", "s1", "2017-04-12", "SYR", "COP", "SYR", "CVL", "173", 10),
            new Mention("m6", "s1", "2017-04-12", "SYR", "GOV", "SYR", "OPP", "173", 11),
            new Mention("m7", "s1", "2017-04-12", "RUS", "BUS", null, null, "100", 12));

    /** A store at schema version 2, as the previous Annalist left it, with the mentions above. */
    private Path version2Store(String name) throws Exception {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            Migrations.apply(c, 0, 2);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO settings VALUES ('dedup_window_days', '1')");
                s.execute("""
                        INSERT INTO articles (id, seq, title, date, source, content_hash, num_mentions, stored_at) VALUES
                            ('s1', 1, 'Veto', DATE '2017-04-17', 'Ledger', 'h1', 6, current_timestamp),
                            ('s2', 2, 'Undated', NULL, 'Courier', 'h2', 1, current_timestamp)""");
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO mentions (mention_id, article_id, event_id, sentence, text, date, date_source, source_code,
                                          source_sector, target_code, target_sector, cameo, root_code, goldstein,
                                          quad_class, rules)
                    VALUES (?, ?, ?, ?, 'text', CAST(? AS DATE), 'text', ?, ?, ?, ?, ?, ?, -5, 3, '[]')""")) {
                for (Mention m : MENTIONS) {
                    Object[] values = {m.id(), m.article(), m.oldEventId(), m.sentence(), m.date(), m.sourceCode(),
                            m.sourceSector(), m.targetCode(), m.targetSector(), m.cameo(), m.cameo().substring(0, 2)};
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement events = c.prepareStatement(EventRows.INSERT_TOUCHED)) {
                events.setLong(1, 0);
                events.executeUpdate();
            }
            c.commit();
        }
        return file;
    }

    private static List<String> events(Store store) {
        return store.query("SELECT event_id, num_mentions, target_sector FROM events ORDER BY event_id", List.of(),
                r -> r.string("event_id") + " " + r.intValue("num_mentions") + " " + r.string("target_sector"));
    }

    /** The events as a new ingest would make them today. */
    private static List<String> expected() {
        String veto = EventKeys.eventId(MENTIONS.get(0).event(), "s1", 1);
        assertThat(EventKeys.eventId(MENTIONS.get(1).event(), "s1", 1)).isEqualTo(veto);
        return java.util.stream.Stream.of(veto + " 2 GOV",
                        EventKeys.eventId(MENTIONS.get(2).event(), "s1", 1) + " 1 GOV",
                        EventKeys.eventId(MENTIONS.get(3).event(), "s2", 1) + " 1 null",
                        EventKeys.eventId(MENTIONS.get(4).event(), "s1", 1) + " 1 CVL",
                        EventKeys.eventId(MENTIONS.get(5).event(), "s1", 1) + " 1 OPP",
                        EventKeys.eventId(MENTIONS.get(6).event(), "s1", 1) + " 1 null")
                .sorted().toList();
    }

    @Test
    void openingAVersion2Store_reKeysItsEvents_asANewIngestWould_andMergesThoseThatNowShareAKey() throws Exception {
        Path file = version2Store("old.duckdb");
        try (Store store = Store.open(file)) {
            assertThat(store.schemaHistory()).containsOnlyKeys(1, 2, 3);
            assertThat(events(store)).containsExactlyElementsOf(expected());
            assertThat(store.query("SELECT count(*) AS n FROM settings WHERE name = 'rebuild_events'", List.of(),
                    r -> r.longValue("n"))).containsExactly(0L);
            assertThat(store.query("SELECT count(*) AS n FROM mentions WHERE event_id NOT IN (SELECT event_id FROM events)",
                    List.of(), r -> r.longValue("n"))).containsExactly(0L);
        }
    }

    @Test
    void readingAVersion2Store_upgradesItFirst() throws Exception {
        Path file = version2Store("old-read.duckdb");
        try (Store store = Store.openReadOnly(file)) {
            assertThat(events(store)).containsExactlyElementsOf(expected());
        }
    }

    @Test
    void aStoreMigratedThenIngestedInto_addsToTheReKeyedEvents() throws Exception {
        Path file = version2Store("old-then-new.duckdb");
        try (Store store = Store.open(file)) {
            TestEvents.store(store, IngestSettings.defaults(), List.of(TestEvents.article("s3", "2017-04-13", "Wire")),
                    List.of(List.of(event("s3", 0, "2017-04-12", actor("RUS", "GOV"), actor("IGO", null), "129", -5, 3))));
            assertThat(store.query("SELECT num_mentions, num_articles FROM events WHERE root_code = '12'", List.of(),
                    r -> r.intValue("num_mentions") + "/" + r.intValue("num_articles"))).containsExactly("3/2");
        }
    }
}
