package org.annalist.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.annalist.ingest.ArticleReader;
import org.annalist.model.Article;
import org.annalist.output.EventRecords;
import org.annalist.pipeline.Annalist;
import org.annalist.pipeline.AnnalistBuilder;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on local[2] writes exactly the records that coding the same articles directly gives. One Spark session
 * and one set of NLP models serve every test.
 */
class CodeJobTest {
    private static final Path VOA = Path.of("..", "..", "shared", "corpus", "voa-2009-2017.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;
    private static Annalist annalist;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("CodeJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        // Shares CoreNLP's models with the job's executor-side coder: both live in this JVM.
        annalist = AnnalistBuilder.defaults().build();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void jsonl_handWrittenArticles_sameRecordsAsCodingDirectly_badRowsCountedAndSkipped() throws IOException {
        Path input = dir.resolve("articles.jsonl");
        Files.write(input, List.of(
                """
                {"id": "veto", "date": "2017-04-17", "title": "Russia vetoes UN resolution", \
                "text": "Russia vetoed a United Nations Security Council resolution on Wednesday.", "source": "test"}""",
                "this line is not JSON",
                """
                {"id": 17, "title": "", "text": "The United States criticized Moscow for its support of Syria."}""",
                """
                {"id": "no-text", "date": "2017-04-17", "title": "Nothing here"}""",
                """
                {"id": "talks", "date": "2017-04-12T09:30:00Z", \
                "text": "Chinese Foreign Minister Wang Yi met his Japanese counterpart in Beijing on Tuesday."}"""),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("events");

        JobSummary summary = CodeJob.run(spark, JobOptions.parse("--out", out.toString(), input.toString()));

        List<String> expected = codeDirectly(input);
        assertThat(expected).as("the hand-written articles hold events").hasSizeGreaterThanOrEqualTo(3);
        assertThat(sorted(jsonlOutput(out))).isEqualTo(sorted(expected));
        assertThat(summary.articles()).isEqualTo(3);
        assertThat(summary.badRows()).isEqualTo(2);
        assertThat(summary.failedArticles()).isZero();
        assertThat(summary.events()).isEqualTo(expected.size());
    }

    @Test
    void parquet_voaArticles_sameRecordsAsCodingDirectly() throws IOException {
        assumeTrue(Files.isRegularFile(VOA), "../shared/corpus is not here");
        Path input = dir.resolve("voa.jsonl");
        try (Stream<String> lines = Files.lines(VOA)) {
            Files.write(input, lines.limit(8).toList(), StandardCharsets.UTF_8);
        }
        Path out = dir.resolve("events.parquet");

        JobSummary summary = CodeJob.run(spark,
                JobOptions.parse("--format", "parquet", "--out", out.toString(), input.toString()));

        List<String> expected = codeDirectly(input);
        assertThat(expected).as("VOA articles hold events").isNotEmpty();
        // Parquet rows back as JSON; nulls dropped on both sides, since the record leaves out "org" for states.
        List<String> actual = spark.read().parquet(out.toString()).toJSON().collectAsList();
        assertThat(sorted(withoutNulls(actual))).isEqualTo(sorted(withoutNulls(expected)));
        assertThat(summary.articles()).isEqualTo(8);
        assertThat(summary.skipped()).isZero();
    }

    @Test
    void parquetInput_sameColumnsAsJsonl_sameRecords() throws IOException {
        Path jsonl = dir.resolve("in.jsonl");
        Files.writeString(jsonl, """
                {"id": "visit", "date": "2017-04-11", "title": "Tillerson in Moscow", \
                "text": "U.S. Secretary of State Rex Tillerson visited Moscow on Tuesday.", "source": "test"}
                """, StandardCharsets.UTF_8);
        Path parquet = dir.resolve("in.parquet");
        spark.read().json(jsonl.toString()).write().parquet(parquet.toString());
        Path out = dir.resolve("events");

        CodeJob.run(spark, JobOptions.parse("--out", out.toString(), parquet.toString()));

        assertThat(sorted(jsonlOutput(out))).isEqualTo(sorted(codeDirectly(jsonl))).isNotEmpty();
    }

    /** The records of {@code Annalist.code} on the articles as the command line reads them. */
    private static List<String> codeDirectly(Path jsonl) {
        List<String> records = new ArrayList<>();
        try (Stream<Article> articles = new ArticleReader().read(List.of(jsonl.toString()), problem -> { })) {
            articles.forEach(a -> annalist.code(a).forEach(e -> records.add(EventRecords.toJsonLine(e))));
        }
        return records;
    }

    private static List<String> jsonlOutput(Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static List<String> withoutNulls(List<String> records) throws IOException {
        List<String> out = new ArrayList<>();
        for (String r : records) {
            out.add(JSON.writeValueAsString(dropNulls(JSON.readTree(r))));
        }
        return out;
    }

    private static JsonNode dropNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!f.getValue().isNull()) {
                    copy.set(f.getKey(), dropNulls(f.getValue()));
                }
            }
            return copy;
        }
        return node;
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}
