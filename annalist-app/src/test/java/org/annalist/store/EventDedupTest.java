package org.annalist.store;

import org.annalist.model.Article;
import org.annalist.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.annalist.store.TestEvents.actor;
import static org.annalist.store.TestEvents.article;
import static org.annalist.store.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Event deduplication and the store's bookkeeping, on hand-made events (no NLP). */
class EventDedupTest {
    @TempDir
    Path dir;

    private record EventRow(String id, LocalDate date, String cameo, int mentions, int articles, int sources) {
    }

    private static List<EventRow> events(Store store) {
        return store.query("SELECT * FROM events ORDER BY date, event_id", List.of(),
                r -> new EventRow(r.string("event_id"), r.date("date"), r.string("cameo"), r.intValue("num_mentions"),
                        r.intValue("num_articles"), r.intValue("num_sources")));
    }

    @Test
    void sameDaySameDyadSameRoot_acrossSentencesArticlesAndSources_isOneEvent() {
        try (Store store = Store.open(dir.resolve("a.duckdb"))) {
            TestEvents.store(store, IngestSettings.defaults(),
                    List.of(article("a1", "2017-04-12", "Ledger"), article("a2", "2017-04-12", "Courier"),
                            article("a3", "2017-04-12", "Ledger")),
                    List.of(List.of(event("a1", 1, "2017-04-12", "USA", "RUS", "111", -2, 3),
                                    event("a1", 4, "2017-04-12", "USA", "RUS", "112", -2, 3)),
                            List.of(event("a2", 0, "2017-04-12", "USA", "RUS", "112", -2, 3)),
                            List.of(event("a3", 2, "2017-04-12", "USA", "RUS", "112", -2, 3))));

            assertThat(events(store)).singleElement().satisfies(e -> {
                assertThat(e.mentions()).isEqualTo(4);
                assertThat(e.articles()).isEqualTo(3);
                assertThat(e.sources()).isEqualTo(2);
                assertThat(e.cameo()).as("the code most mentions give").isEqualTo("112");
            });
            assertThat(store.query("SELECT count(DISTINCT event_id) AS n FROM mentions", List.of(), r -> r.longValue("n")))
                    .containsExactly(1L);
        }
    }

    @Test
    void otherDay_otherRoot_otherDirection_orOtherTarget_areOtherEvents() {
        try (Store store = Store.open(dir.resolve("b.duckdb"))) {
            TestEvents.store(store, IngestSettings.defaults(), List.of(article("b1", "2017-04-12", "Ledger")),
                    List.of(List.of(event("b1", 0, "2017-04-12", "USA", "RUS", "111", -2, 3),
                            event("b1", 1, "2017-04-13", "USA", "RUS", "111", -2, 3),
                            event("b1", 2, "2017-04-12", "USA", "RUS", "129", -5, 3),
                            event("b1", 3, "2017-04-12", "RUS", "USA", "111", -2, 3),
                            event("b1", 4, "2017-04-12", "USA", "CHN", "111", -2, 3),
                            event("b1", 5, "2017-04-12", "USA", null, "111", -2, 3))));
            assertThat(events(store)).hasSize(6).allSatisfy(e -> assertThat(e.mentions()).isEqualTo(1));
        }
    }

    private record Sectors(String source, String target, int mentions) {
    }

    private static List<Sectors> sectors(Store store) {
        return store.query("SELECT source_sector, target_sector, num_mentions FROM events ORDER BY event_id", List.of(),
                r -> new Sectors(r.string("source_sector"), r.string("target_sector"), r.intValue("num_mentions")));
    }

    @Test
    void actorsAreComparedByCode_aMissingOrOtherSectorIsTheSameActor_andTheEventKeepsTheCommonestSector() {
        try (Store store = Store.open(dir.resolve("sectors.duckdb"))) {
            // "Russia vetoed the Security Council resolution" (IGO GOV) and "Russia vetoed a UN resolution" (IGO),
            // in two articles; then "the Kremlin" (RUS GOV) blocking the Security Council again.
            TestEvents.store(store, IngestSettings.defaults(),
                    List.of(article("s1", "2017-04-12", "Ledger"), article("s2", "2017-04-12", "Courier")),
                    List.of(List.of(event("s1", 4, "2017-04-12", actor("RUS", null), actor("IGO", "GOV"), "129", -5, 3),
                                    event("s1", 7, "2017-04-12", actor("RUS", null), actor("IGO", null), "129", -5, 3)),
                            List.of(event("s2", 1, "2017-04-12", actor("RUS", "GOV"), actor("IGO", "GOV"), "129", -5, 3))));
            assertThat(sectors(store)).containsExactly(new Sectors("GOV", "GOV", 3));
        }
    }

    @Test
    void sameCodeOtherSector_isOneEvent_evenGovernmentAndMilitary() {
        // The documented trade-off: "Washington" (USA GOV), "the United States" (USA) and "the Pentagon" (USA MIL)
        // striking Syria on one day are one event; two different American acts of one kind on one day merge too.
        try (Store store = Store.open(dir.resolve("gov-mil.duckdb"))) {
            TestEvents.store(store, IngestSettings.defaults(), List.of(article("m1", "2017-04-07", "Ledger")),
                    List.of(List.of(event("m1", 0, "2017-04-07", actor("USA", "GOV"), actor("SYR", null), "195", -10, 4),
                            event("m1", 1, "2017-04-07", actor("USA", "MIL"), actor("SYR", "MIL"), "190", -10, 4),
                            event("m1", 2, "2017-04-07", actor("USA", "MIL"), actor("SYR", null), "195", -10, 4))));
            assertThat(sectors(store)).containsExactly(new Sectors("MIL", "MIL", 3));
        }
    }

    @Test
    void aDomesticEvent_comparesSectorsToo_policeAndProtestersAreNotGovernmentAndOpposition() {
        try (Store store = Store.open(dir.resolve("domestic.duckdb"))) {
            TestEvents.store(store, IngestSettings.defaults(), List.of(article("t1", "2015-07-30", "Ledger")),
                    List.of(List.of(event("t1", 0, "2015-07-30", actor("TUR", "COP"), actor("TUR", "CVL"), "173", -5, 4),
                            event("t1", 1, "2015-07-30", actor("TUR", "GOV"), actor("TUR", "OPP"), "173", -5, 4),
                            event("t1", 2, "2015-07-30", actor("TUR", "GOV"), actor("TUR", "OPP"), "173", -5, 4),
                            event("t1", 3, "2015-07-30", actor("TUR", "GOV"), actor("TUR", null), "173", -5, 4))));
            assertThat(store.query("SELECT source_sector || '>' || coalesce(target_sector, '-') || ' ' || num_mentions AS e "
                            + "FROM events ORDER BY e", List.of(), r -> r.string("e")))
                    .containsExactly("COP>CVL 1", "GOV>- 1", "GOV>OPP 2");
        }
    }

    @Test
    void anEventWithoutATarget_comparesTheSourcesSector() {
        // "Moscow demanded ..." and "Gazprom demanded payment" (no target): the source is all that tells them apart.
        try (Store store = Store.open(dir.resolve("no-target.duckdb"))) {
            TestEvents.store(store, IngestSettings.defaults(), List.of(article("u1", "2014-05-12", "Ledger")),
                    List.of(List.of(event("u1", 0, "2014-05-12", actor("RUS", "GOV"), null, "100", -5, 3),
                            event("u1", 1, "2014-05-12", actor("RUS", "BUS"), null, "100", -5, 3),
                            event("u1", 2, "2014-05-12", actor("RUS", "GOV"), null, "101", -5, 3),
                            event("u1", 3, "2014-05-12", actor("RUS", "GOV"), actor("UKR", null), "100", -5, 3),
                            event("u1", 4, "2014-05-12", actor("RUS", "BUS"), actor("UKR", "GOV"), "100", -5, 3))));
            assertThat(store.query("SELECT source_sector || '>' || coalesce(target_code, '-') || ' ' || num_mentions AS e "
                    + "FROM events ORDER BY e", List.of(), r -> r.string("e")))
                    .containsExactly("BUS>- 1", "GOV>- 2", "GOV>UKR 2");
        }
    }

    @Test
    void actorsWithoutACode_areComparedBySector() {
        try (Store store = Store.open(dir.resolve("no-code.duckdb"))) {
            TestEvents.store(store, IngestSettings.defaults(), List.of(article("n1", "2017-04-07", "Ledger")),
                    List.of(List.of(event("n1", 0, "2017-04-07", actor(null, "REB"), actor("SYR", "GOV"), "190", -10, 4),
                            event("n1", 1, "2017-04-07", actor(null, "REB"), actor("SYR", null), "190", -10, 4),
                            event("n1", 2, "2017-04-07", actor(null, "COP"), actor("SYR", "GOV"), "190", -10, 4),
                            event("n1", 3, "2017-04-07", null, actor("SYR", "GOV"), "190", -10, 4))));
            assertThat(store.query("SELECT coalesce(source_sector, '-') AS s, num_mentions FROM events ORDER BY s",
                    List.of(), r -> r.string("s") + " " + r.intValue("num_mentions"))).containsExactly("- 1", "COP 1", "REB 2");
        }
    }

    @Test
    void eventIds_dependOnlyOnTheKey_soTheyAreTheSameInEveryDatabase() {
        List<Article> articles = List.of(article("c1", "2017-04-12", "Ledger"));
        List<List<Event>> events = List.of(List.of(event("c1", 0, "2017-04-12", "USA", "RUS", "111", -2, 3)));
        List<EventRow> first;
        try (Store store = Store.open(dir.resolve("c1.duckdb"))) {
            TestEvents.store(store, IngestSettings.defaults(), articles, events);
            first = events(store);
        }
        try (Store store = Store.open(dir.resolve("c2.duckdb"))) {
            TestEvents.store(store, IngestSettings.defaults(), List.of(article("other", "2017-04-12", "Courier")),
                    List.of(List.of(event("other", 3, "2017-04-12", "USA", "RUS", "112", -2, 3))));
            assertThat(events(store)).extracting(EventRow::id).isEqualTo(first.stream().map(EventRow::id).toList());
        }
    }

    @Test
    void window_ofSevenDays_mergesWithinAnIsoWeek_notAcrossWeeks() {
        IngestSettings week = IngestSettings.defaults().withDedupWindowDays(7);
        try (Store store = Store.open(dir.resolve("d.duckdb"))) {
            // 2017-04-10 is a Monday, 2017-04-16 the Sunday of that week, 2017-04-17 the next Monday.
            TestEvents.store(store, week,
                    List.of(article("d1", "2017-04-10", "Ledger"), article("d2", "2017-04-16", "Courier"),
                            article("d3", "2017-04-17", "Courier")),
                    List.of(List.of(event("d1", 0, "2017-04-10", "USA", "RUS", "111", -2, 3)),
                            List.of(event("d2", 0, "2017-04-16", "USA", "RUS", "111", -2, 3)),
                            List.of(event("d3", 0, "2017-04-17", "USA", "RUS", "111", -2, 3))));
            assertThat(events(store)).extracting(EventRow::date, EventRow::mentions).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2017-04-10"), 2),
                    org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2017-04-17"), 1));
        }
    }

    @Test
    void window_isFixedForADatabase_anotherIsRefusedWithAClearMessage() {
        Path file = dir.resolve("e.duckdb");
        try (Store store = Store.open(file)) {
            TestEvents.store(store, IngestSettings.defaults().withDedupWindowDays(7), List.of(), List.of());
        }
        try (Store store = Store.open(file)) {
            StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                    () -> store.ingest(IngestSettings.defaults().withDedupWindowDays(1)));
            assertThat(e.getMessage()).contains("e.duckdb").contains("7-day windows").contains("cannot be changed to 1");
            try (Ingest ingest = store.ingest(IngestSettings.defaults())) {
                assertThat(ingest.windowDays()).as("not given: the database's own").isEqualTo(7);
            }
        }
    }

    @Test
    void undatedMentions_areNotMergedAcrossArticles() {
        try (Store store = Store.open(dir.resolve("f.duckdb"))) {
            TestEvents.store(store, IngestSettings.defaults(),
                    List.of(article("f1", null, "Ledger"), article("f2", null, "Ledger")),
                    List.of(List.of(event("f1", 0, null, "USA", "RUS", "111", -2, 3),
                                    event("f1", 1, null, "USA", "RUS", "111", -2, 3)),
                            List.of(event("f2", 0, null, "USA", "RUS", "111", -2, 3))));
            assertThat(events(store)).extracting(EventRow::mentions).containsExactlyInAnyOrder(2, 1);
        }
    }

    @Test
    void exactCopyUnderAnotherId_isNotCoded_butLinkedAndCountedAsAnotherReport() {
        Article original = article("g1", "2017-04-12", "Ledger");
        Article mirror = new Article("g1-mirror", "Another headline", original.date(), original.text() + "\n", "Courier",
                null, "mirror");
        try (Store store = Store.open(dir.resolve("g.duckdb"))) {
            try (Ingest ingest = store.ingest(IngestSettings.defaults())) {
                assertThat(ingest.admit(original)).isEqualTo(Ingest.Admission.CODE);
                assertThat(ingest.admit(mirror)).as("read before the original is stored").isEqualTo(Ingest.Admission.COPY);
                ingest.add(original, List.of(event("g1", 0, "2017-04-12", "USA", "RUS", "111", -2, 3)));
                assertThat(ingest.admit(original)).isEqualTo(Ingest.Admission.STORED);
                assertThat(ingest.stats().exactCopies()).isEqualTo(1);
            }
            assertThat(store.query("SELECT duplicate_of, copy_kind, similarity FROM articles WHERE id = 'g1-mirror'",
                    List.of(), r -> r.string("duplicate_of") + " " + r.string("copy_kind") + " " + r.doubleOrNull("similarity")))
                    .containsExactly("g1 exact 1.0");
            assertThat(events(store)).singleElement().satisfies(e -> {
                assertThat(e.mentions()).isEqualTo(2);
                assertThat(e.articles()).isEqualTo(2);
                assertThat(e.sources()).isEqualTo(2);
            });
        }
    }

    @Test
    void failedArticle_isNotStored_norAreItsExactCopies() {
        Article original = article("h1", "2017-04-12", "Ledger");
        Article mirror = new Article("h1-mirror", "", original.date(), original.text(), "Courier", null, "mirror");
        try (Store store = Store.open(dir.resolve("h.duckdb"))) {
            try (Ingest ingest = store.ingest(IngestSettings.defaults())) {
                ingest.admit(original);
                ingest.admit(mirror);
                assertThat(ingest.failed(original)).isEqualTo(1);
            }
            assertThat(store.counts().articles()).isZero();
        }
    }

    @Test
    void crashBeforeCommit_leavesNoArticleWithoutItsMentions_andARerunFinishes() {
        Path file = dir.resolve("i.duckdb");
        List<Article> articles = List.of(article("i1", "2017-04-12", "L"), article("i2", "2017-04-13", "L"),
                article("i3", "2017-04-14", "L"));
        List<List<Event>> events = List.of(List.of(event("i1", 0, "2017-04-12", "USA", "RUS", "111", -2, 3)),
                List.of(event("i2", 0, "2017-04-13", "USA", "RUS", "111", -2, 3)),
                List.of(event("i3", 0, "2017-04-14", "USA", "RUS", "111", -2, 3)));
        Store crashed = Store.open(file);
        Ingest ingest = crashed.ingest(IngestSettings.defaults().withBatch(2, Duration.ofHours(1)));
        for (int i = 0; i < 3; i++) {
            ingest.admit(articles.get(i));
            ingest.add(articles.get(i), events.get(i));
        }
        crashed.close(); // the third article's transaction was never committed: as if the process died here

        try (Store store = Store.open(file)) {
            assertThat(store.counts()).isEqualTo(new Store.Counts(2, 2, 2));
            TestEvents.store(store, IngestSettings.defaults(), articles, events);
            assertThat(store.counts()).isEqualTo(new Store.Counts(3, 3, 3));
            assertThat(store.query("SELECT count(*) AS n FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)",
                    List.of(), r -> r.longValue("n"))).containsExactly(0L);
        }
    }

    @Test
    void open_appliesEachMigrationOnce_andRecordsIt() {
        Path file = dir.resolve("j.duckdb");
        Store.open(file).close();
        try (Store store = Store.open(file)) {
            assertThat(store.schemaHistory()).containsOnlyKeys(1, 2, 3);
            assertThat(store.query("SELECT count(*) AS n FROM schema_version", List.of(), r -> r.longValue("n")))
                    .containsExactly((long) Migrations.STEPS.size());
        }
        try (Store readOnly = Store.openReadOnly(file)) {
            assertThat(readOnly.schemaHistory()).containsOnlyKeys(1, 2, 3);
        }
    }

    @Test
    void openReadOnly_missingFile_saysHowToCreateIt() {
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                () -> Store.openReadOnly(dir.resolve("none.duckdb")));
        assertThat(e.getMessage()).contains("no database at").contains("none.duckdb").contains("annalist ingest");
    }
}
