package org.annalist.store;

import org.annalist.cli.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annalist.analysis.DyadPeriod;
import org.annalist.analysis.DyadSeries;
import org.annalist.analysis.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The ingest command and the commands over the store, end to end with the real coder (CoreNLP). */
class IngestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Short articles of our own: a veto reported twice in one article and again by another publisher. */
    static final String NEWS = """
            {"id": "a1", "date": "2017-04-12", "source": "Daily Ledger", "title": "Veto at the United Nations", "text": "Russia vetoed a United Nations Security Council resolution on Syria. Diplomats said the vote came after hours of debate in New York. Russia vetoed the United Nations Security Council resolution despite appeals from Western governments. France condemned Russia after the session."}
            {"id": "a2", "date": "2017-04-12", "source": "Evening Courier", "title": "Council deadlock", "text": "Russia vetoed a draft resolution of the United Nations Security Council that demanded an inquiry. The United States accused Russia of shielding the Syrian government."}
            {"id": "a3", "date": "2017-04-13", "source": "Daily Ledger", "title": "Ministers meet", "text": "The United States criticized Russia over its support for the Syrian government. Iran threatened Israel with retaliation."}
            {"id": "a4", "date": "2017-05-02", "source": "Evening Courier", "title": "Border clash", "text": "Turkey attacked Kurdish positions in Iraq. Russia condemned the United States over new sanctions."}
            """;

    /** A wire story and, below, a newspaper's rewrite of it a day later: a sentence dropped, two words changed. */
    static final String WIRE = """
            {"id": "wire-1", "date": "2017-04-12", "source": "Global Wire", "title": "Russia blocks Syria resolution", "text": "Russia vetoed a United Nations Security Council resolution on Syria on Wednesday, the eighth time Moscow has blocked action against the government in Damascus. The draft, written by Britain and France, would have demanded access for international inspectors to the site of the chemical attack in the north of the country. Diplomats said the vote followed two days of tense negotiations in New York. Ten members of the council voted in favour, while China and two other members abstained. France condemned Russia after the vote and said the council had failed the victims. The British ambassador told reporters that the search for those responsible would go on. Russian officials argued that the draft prejudged the findings of an investigation that had not yet begun."}
            """;
    static final String REWRITE = """
            {"id": "paper-7", "date": "2017-04-13", "source": "Morning Tribune", "title": "Moscow vetoes UN draft on Syria", "text": "Russia vetoed a United Nations Security Council resolution on Syria on Wednesday, the eighth time Moscow has blocked action against the government in Damascus. The draft, written by Britain and France, would have demanded access for international inspectors to the site of the chemical attack in the north of the country. Diplomats said the vote followed two days of difficult negotiations in New York. France condemned Russia after the vote and said the council had failed the victims. The British ambassador told journalists that the search for those responsible would go on. Russian officials argued that the draft prejudged the findings of an investigation that had not yet begun."}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private Store.Counts counts(Path db) {
        try (Store store = Store.openReadOnly(db)) {
            return store.counts();
        }
    }

    @Test
    void ingest_twice_storesEverythingOnce_andCodesNothingTheSecondTime() throws Exception {
        Path news = write("news.jsonl", NEWS);
        Path db = dir.resolve("annalist.duckdb");

        CliRun first = CliRun.of("ingest", news.toString(), "--db", db.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Store.Counts once = counts(db);
        assertThat(once.articles()).isEqualTo(4);
        assertThat(once.mentions()).isGreaterThan(once.events()).isGreaterThan(0);

        CliRun second = CliRun.of("ingest", news.toString(), "--db", db.toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.err()).contains("0 articles coded").contains("4 already stored");
        assertThat(counts(db)).isEqualTo(once);
    }

    @Test
    void ingest_oneEventInTwoSentences_isOneEventWithTwoMentions_thenAnotherArticleAddsAReport() throws Exception {
        Path db = dir.resolve("veto.duckdb");
        Path first = write("a1.jsonl", NEWS.lines().filter(l -> l.contains("\"a1\"")).findFirst().orElseThrow() + "\n");
        assertThat(CliRun.of("ingest", first.toString(), "--db", db.toString()).exitCode()).isZero();
        assertThat(veto(db)).containsExactly(2, 1, 1);

        Path second = write("a2.jsonl", NEWS.lines().filter(l -> l.contains("\"a2\"")).findFirst().orElseThrow() + "\n");
        assertThat(CliRun.of("ingest", second.toString(), "--db", db.toString()).exitCode()).isZero();
        assertThat(veto(db)).as("mentions, articles, sources").containsExactly(3, 2, 2);
    }

    /** num_mentions, num_articles and num_sources of Russia's veto on 2017-04-12. */
    private List<Integer> veto(Path db) {
        try (Store store = Store.openReadOnly(db)) {
            List<List<Integer>> rows = store.query("""
                    SELECT num_mentions, num_articles, num_sources FROM events
                    WHERE source_code = 'RUS' AND root_code = '12' AND date = DATE '2017-04-12'""", List.of(),
                    r -> List.of(r.intValue("num_mentions"), r.intValue("num_articles"), r.intValue("num_sources")));
            assertThat(rows).hasSize(1);
            return rows.get(0);
        }
    }

    @Test
    void ingest_rewrittenCopy_isLinkedToTheOriginal_andAddsMentionsButNoEvents() throws Exception {
        Path db = dir.resolve("wire.duckdb");
        assertThat(CliRun.of("ingest", write("wire.jsonl", WIRE).toString(), "--db", db.toString()).exitCode()).isZero();
        Store.Counts original = counts(db);
        assertThat(original.events()).isPositive();

        CliRun copy = CliRun.of("ingest", write("rewrite.jsonl", REWRITE).toString(), "--db", db.toString());
        assertThat(copy.exitCode()).as(copy.err()).isZero();
        assertThat(copy.err()).contains("1 near copies");

        try (Store store = Store.openReadOnly(db)) {
            assertThat(store.counts().events()).isEqualTo(original.events());
            assertThat(store.counts().mentions()).isGreaterThan(original.mentions());
            assertThat(store.query("SELECT duplicate_of, similarity FROM articles WHERE id = 'paper-7'", List.of(),
                    r -> r.string("duplicate_of") + " " + (r.doubleOrNull("similarity") >= 0.6)))
                    .containsExactly("wire-1 true");
            assertThat(store.query("SELECT count(*) AS n FROM mentions WHERE article_id = 'paper-7' AND event_id IS NULL",
                    List.of(), r -> r.longValue("n"))).as("every mention of the copy joined an event").containsExactly(0L);
            // The events the copy repeats count both articles. (Not every event of the wire: its headline,
            // "Russia blocks Syria resolution", is coded RUS→SYR, and the paper's headline is not coded.)
            assertThat(store.query("""
                    SELECT min(num_articles) AS n FROM events
                    WHERE event_id IN (SELECT event_id FROM mentions WHERE article_id = 'paper-7')""", List.of(),
                    r -> r.intValue("n"))).containsExactly(2);
        }
    }

    @Test
    void dyad_givesTheSameNumbersAsTheDocumentedSqlQuery() throws Exception {
        Path db = dir.resolve("dyad.duckdb");
        assertThat(CliRun.of("ingest", write("news.jsonl", NEWS).toString(), "--db", db.toString()).exitCode()).isZero();

        assertThat(dyadEqualsTheDocumentedSql(db)).hasSize(2); // April and May 2017

        CliRun dyad = CliRun.of("dyad", "usa", "rus", "--db", db.toString());
        assertThat(dyad.exitCode()).as(dyad.err()).isZero();
        assertThat(dyad.out()).contains("USA→RUS").contains("2017-04").contains("2017-05").contains("│")
                .contains("All-time low: ");
    }

    /**
     * Checks that {@code annalist dyad USA RUS --by month} gives, for every month with events, the numbers of the
     * SQL query docs/store.md shows (read from the page itself), and returns them.
     */
    static List<String> dyadEqualsTheDocumentedSql(Path db) throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "store.md"));
        int section = doc.indexOf("## The dyad series in SQL");
        int start = doc.indexOf("```sql", section) + "```sql".length();
        String sql = doc.substring(start, doc.indexOf("```", start)).strip();
        assertThat(sql).startsWith("SELECT").contains("FROM events").endsWith(";");
        try (Store store = Store.openReadOnly(db)) {
            List<String> direct = store.query(sql.substring(0, sql.length() - 1), List.of(), r -> r.date("period")
                    + " " + r.longValue("events") + " " + r.longValue("a_to_b") + "/" + r.longValue("b_to_a") + " "
                    + r.longValue("verbal_coop") + "/" + r.longValue("material_coop") + "/"
                    + r.longValue("verbal_conflict") + "/" + r.longValue("material_conflict") + " "
                    + r.doubleOrNull("goldstein_total") + " " + r.doubleOrNull("goldstein_mean"));
            List<DyadPeriod> series = DyadSeries.query(store, "USA", "RUS", Period.month, null, null).periods();
            assertThat(series).filteredOn(p -> p.events() > 0).map(p -> p.start() + " " + p.events() + " "
                    + p.aToB() + "/" + p.bToA() + " " + p.verbalCooperation() + "/" + p.materialCooperation() + "/"
                    + p.verbalConflict() + "/" + p.materialConflict() + " " + p.goldsteinTotal() + " " + p.goldsteinMean())
                    .containsExactlyElementsOf(direct);
            return direct;
        }
    }

    private static final Path SEED = Path.of("..", "..", "shared", "seed", "us-russia-2017-04.txt");
    private static final Path VOA = Path.of("..", "..", "shared", "corpus", "voa-2009-2017.jsonl");

    @Test
    void seedArticle_theTwoReportsOfRussiasVeto_areOneEventWithTwoMentions() {
        assumeTrue(Files.isRegularFile(SEED), "the seed article (../shared/seed) is not here");
        Path db = dir.resolve("seed.duckdb");
        CliRun ingest = CliRun.of("ingest", SEED.toString(), "--db", db.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        try (Store store = Store.openReadOnly(db)) {
            // "On Wednesday night, Russian Federation vetoed another UN Security Council resolution ..." (IGO GOV,
            // dated 2017-04-12 by its words) and "... Russian Federation vetoed a Western-backed United Nations
            // resolution ..." (IGO, no date of its own: dated by the first report).
            assertThat(store.query("""
                    SELECT e.date, e.num_mentions, e.target_sector, list(m.date_source ORDER BY m.sentence) AS how
                    FROM events e JOIN mentions m ON m.event_id = e.event_id
                    WHERE e.source_code = 'RUS' AND e.target_code = 'IGO' AND e.cameo = '129'
                    GROUP BY ALL""", List.of(), r -> r.date("date") + " " + r.intValue("num_mentions") + " "
                    + r.string("target_sector") + " " + r.string("how")))
                    .containsExactly("2017-04-12 2 GOV [text, coreference]");
        }
    }

    @Test
    void voaArticlesAndTheSeed_dyadUsaRus_equalsTheDocumentedSql_andAnswersTheAllTimeLowQuestion() throws Exception {
        assumeTrue(Files.isRegularFile(SEED) && Files.isRegularFile(VOA), "../shared (seed and VOA corpus) is not here");
        Path voa15 = dir.resolve("voa-15.jsonl");
        Files.write(voa15, Files.readAllLines(VOA).stream().limit(15).toList());
        Path db = dir.resolve("voa.duckdb");
        CliRun ingest = CliRun.of("ingest", voa15.toString(), SEED.toString(), "--db", db.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(counts(db).articles()).isEqualTo(16);

        List<String> months = dyadEqualsTheDocumentedSql(db);
        assertThat(months).as("months with USA-RUS events").isNotEmpty();
        assertThat(months.get(months.size() - 1)).startsWith("2017-04-01 "); // the seed's month is the latest

        CliRun dyad = CliRun.of("dyad", "USA", "RUS", "--by", "month", "--db", db.toString());
        assertThat(dyad.exitCode()).as(dyad.err()).isZero();
        assertThat(dyad.out()).contains("USA and RUS: events in both directions by month").contains("2017-04 ")
                .containsPattern("Latest month with events, 2017-04: mean Goldstein -?\\d+\\.\\d\\d over \\d+ events?")
                .containsPattern("All-time low: (yes|no \\(\\d{4}-\\d{2}, -?\\d+\\.\\d\\d\\))\\.");
        for (String month : months) {
            assertThat(dyad.out()).contains(month.substring(0, 7) + " ");
        }
    }

    @Test
    void events_top_andExports_readTheStore() throws Exception {
        Path db = dir.resolve("list.duckdb");
        assertThat(CliRun.of("ingest", write("news.jsonl", NEWS).toString(), "--db", db.toString()).exitCode()).isZero();
        long events = counts(db).events();

        CliRun list = CliRun.of("events", "--actor", "RUS", "--code", "12", "--db", db.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out().lines().skip(1).toList()).singleElement().asString().contains("129").contains("vetoed");

        CliRun top = CliRun.of("top", "--by", "code", "--db", db.toString());
        assertThat(top.out()).contains("Reject");

        CliRun jsonl = CliRun.of("export", "--db", db.toString());
        assertThat(jsonl.exitCode()).as(jsonl.err()).isZero();
        List<String> lines = jsonl.out().lines().toList();
        assertThat(lines).hasSize((int) events);
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertThat(record.fieldNames()).toIterable().contains("record_version", "doc_id", "event_id", "text",
                    "cameo", "evidence", "dedup_event_id", "num_mentions", "num_articles", "num_sources");
        }

        Path csv = dir.resolve("events.csv");
        assertThat(CliRun.of("export", "--format", "csv", "--out", csv.toString(), "--db", db.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize((int) events + 1).first().asString().startsWith("event_id,date,");

        Path parquet = dir.resolve("events.parquet");
        assertThat(CliRun.of("export", "--format", "parquet", "--out", parquet.toString(), "--db", db.toString())
                .exitCode()).isZero();
        try (Store store = Store.openReadOnly(db)) {
            assertThat(store.query("SELECT count(*) AS n, sum(num_mentions) AS m FROM read_parquet(?)",
                    List.of(parquet.toString()), r -> r.longValue("n") + "/" + r.longValue("m")))
                    .containsExactly(events + "/" + store.counts().mentions());
        }

        assertThat(CliRun.of("export", "--format", "parquet", "--db", db.toString()).err()).contains("needs --out");

        CliRun plover = CliRun.of("export", "--format", "plover", "--db", db.toString());
        assertThat(plover.exitCode()).as(plover.err()).isZero();
        List<String> ploverLines = plover.out().lines().toList();
        assertThat(ploverLines).isNotEmpty().hasSizeLessThanOrEqualTo((int) events);
        for (String line : ploverLines) {
            JsonNode record = JSON.readTree(line);
            assertThat(record.fieldNames()).toIterable().contains("id", "date", "source", "event", "cite_info");
        }
        assertThat(plover.err()).contains(ploverLines.size() + " events written");

        Path gdelt = dir.resolve("events.tsv");
        CliRun gdeltRun = CliRun.of("export", "--format", "gdelt", "--out", gdelt.toString(), "--db", db.toString());
        assertThat(gdeltRun.exitCode()).as(gdeltRun.err()).isZero();
        assertThat(Files.readAllLines(gdelt)).hasSize((int) events + 1) // every event here is dated
                .allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
    }

    @Test
    void commandsOnAMissingStore_sayHowToMakeOne() {
        CliRun run = CliRun.of("dyad", "USA", "RUS", "--db", dir.resolve("nothing.duckdb").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("annalist: no database at").contains("annalist ingest")
                .doesNotContain("\tat ");
    }
}
