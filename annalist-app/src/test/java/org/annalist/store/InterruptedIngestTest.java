package org.annalist.store;

import org.annalist.cli.CliRun;
import org.annalist.ingest.ArticleReader;
import org.annalist.model.Article;
import org.annalist.pipeline.Annalist;
import org.annalist.pipeline.AnnalistBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An ingest stopped part-way, then run again, leaves the store as an uninterrupted ingest would. */
class InterruptedIngestTest {
    private static final Path VOA = Path.of("..", "..", "shared", "corpus", "voa-2009-2017.jsonl");

    @TempDir
    Path dir;

    /** What must not depend on how the ingest went: articles and links, events and their counts, mentions. */
    private static List<String> snapshot(Path db) {
        try (Store store = Store.openReadOnly(db)) {
            List<String> rows = new java.util.ArrayList<>();
            rows.addAll(store.query("SELECT id, duplicate_of, copy_kind, num_mentions FROM articles ORDER BY id", List.of(),
                    r -> "article " + r.string("id") + " " + r.string("duplicate_of") + " " + r.string("copy_kind") + " "
                            + r.intValue("num_mentions")));
            rows.addAll(store.query("SELECT * FROM events ORDER BY event_id", List.of(),
                    r -> "event " + r.string("event_id") + " " + r.date("date") + " " + r.string("cameo") + " "
                            + r.intValue("num_mentions") + " " + r.intValue("num_articles") + " " + r.intValue("num_sources")
                            + " " + r.string("rep_mention_id")));
            rows.addAll(store.query("SELECT mention_id, article_id, event_id FROM mentions ORDER BY article_id, mention_id",
                    List.of(), r -> "mention " + r.string("mention_id") + " " + r.string("article_id") + " "
                            + r.string("event_id")));
            return rows;
        }
    }

    @Test
    void ingest_crashedBeforeACommit_rerunGivesTheSameStoreAsOneRun() throws Exception {
        Path input = dir.resolve("news.jsonl");
        Files.writeString(input, IngestCommandTest.NEWS + IngestCommandTest.WIRE + IngestCommandTest.REWRITE);
        Path reference = dir.resolve("reference.duckdb");
        assertThat(CliRun.of("ingest", input.toString(), "--db", reference.toString()).exitCode()).isZero();

        // Code and store the first three articles, two per transaction, then stop as a crash would: without
        // committing the open transaction (the third article) and without closing the ingest.
        Path crashed = dir.resolve("crashed.duckdb");
        Annalist annalist = AnnalistBuilder.defaults().build();
        List<Article> articles = new ArticleReader().read(List.of(input.toString()), p -> { }).toList();
        Store store = Store.open(crashed);
        Ingest ingest = store.ingest(IngestSettings.defaults().withBatch(2, Duration.ofHours(1)));
        for (Article article : articles.subList(0, 3)) {
            assertThat(ingest.admit(article)).isEqualTo(Ingest.Admission.CODE);
            ingest.add(article, annalist.code(article));
        }
        store.close();
        try (Store partial = Store.openReadOnly(crashed)) {
            assertThat(partial.counts().articles()).isEqualTo(2);
        }

        CliRun rerun = CliRun.of("ingest", input.toString(), "--db", crashed.toString());
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.err()).contains("2 already stored");
        assertThat(snapshot(crashed)).isEqualTo(snapshot(reference));
    }

    @Test
    void ingest_killedWithSigkillMidRun_rerunGivesTheSameStoreAsOneRun() throws Exception {
        assumeTrue(Files.exists(VOA), "the VOA corpus is not at " + VOA.toAbsolutePath());
        Path input = dir.resolve("voa-10.jsonl");
        try (var lines = Files.lines(VOA)) {
            Files.write(input, lines.limit(10).toList());
        }
        Path reference = dir.resolve("reference.duckdb");
        CliRun once = CliRun.of("ingest", input.toString(), "--db", reference.toString());
        assertThat(once.exitCode()).as(once.err()).isZero();

        Path killed = dir.resolve("killed.duckdb");
        try (ChildJvm child = ChildJvm.start(
                List.of("-Xmx3g", "-XX:+UseG1GC", "-Dorg.slf4j.simpleLogger.log.org.annalist.store.Ingest=debug"),
                "org.annalist.cli.Main", "ingest", input.toString(), "--db", killed.toString(), "--batch", "1")) {
            // Let a few one-article transactions commit, then kill the process wherever it is.
            boolean committed = child.await(line -> line.matches(".*committed [1-9].*"), 3, Duration.ofMinutes(3));
            assertThat(committed).as(child.output()).isTrue();
            child.kill();
            assertThat(child.output()).as("killed before it finished").doesNotContain("coded and stored");
        }
        long stored;
        try (Store partial = Store.openReadOnly(killed)) {
            stored = partial.counts().articles();
        }
        assertThat(stored).isBetween(3L, 9L);

        CliRun rerun = CliRun.of("ingest", input.toString(), "--db", killed.toString());
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.err()).contains(stored + " already stored");
        assertThat(snapshot(killed)).isEqualTo(snapshot(reference));
    }
}
