package org.annalist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("..", "examples", "un-vote.txt");

    private static List<JsonNode> records(String out) throws Exception {
        List<JsonNode> records = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                records.add(JSON.readTree(line));
            }
        }
        return records;
    }

    @Test
    void code_jsonl_printsOneCompleteRecordPerLine() throws Exception {
        CliRun run = CliRun.of("code", "--format", "jsonl", EXAMPLE.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> records = records(run.out());
        assertThat(records).isNotEmpty();
        for (JsonNode r : records) {
            assertThat(r.fieldNames()).toIterable().contains("record_version", "doc_id", "event_id", "sentence", "text",
                    "date", "date_source", "date_span", "source", "target", "cameo", "goldstein", "quad_class",
                    "plover", "location", "evidence");
            assertThat(r.get("doc_id").asText()).isEqualTo("un-vote.txt");
            // Each event is dated from its own sentence ("on Thursday" is the Thursday before the article's
            // Wednesday), or from the article.
            assertThat(r.get("date").asText()).matches("2017-04-\\d\\d");
            assertThat(r.get("date_source").asText()).isIn("text", "article");
            assertThat(r.get("source").get("code").isNull() && r.get("source").get("sector").isNull()).isFalse();
            assertThat(r.get("plover").get("event").asText()).isNotBlank();
            assertThat(r.get("evidence").get("trigger").asText()).isNotBlank();
        }
    }

    @Test
    void code_example_findsTheVetoAgainstTheSecurityCouncil() throws Exception {
        List<JsonNode> records = records(CliRun.of("code", "--format", "jsonl", EXAMPLE.toString()).out());
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("cameo").asText()).isEqualTo("129");
            assertThat(r.get("source").get("code").asText()).isEqualTo("RUS");
            assertThat(r.get("target").get("code").asText()).isEqualTo("IGO");
        });
    }

    @Test
    void code_example_datesTheVetoFromItsOwnWords() throws Exception {
        List<JsonNode> records = records(CliRun.of("code", "--format", "jsonl", EXAMPLE.toString()).out());
        assertThat(records).filteredOn(r -> r.get("cameo").asText().equals("129")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("date").asText()).isEqualTo("2017-04-12");
            assertThat(r.get("date_source").asText()).isEqualTo("text");
        });
    }

    @Test
    void code_example_placesTheMeetingInMoscow() throws Exception {
        List<JsonNode> records = records(CliRun.of("code", "--format", "jsonl", EXAMPLE.toString()).out());
        assertThat(records).filteredOn(r -> r.get("cameo").asText().equals("040")).isNotEmpty().allSatisfy(r -> {
            JsonNode location = r.get("location");
            assertThat(location.get("name").asText()).isEqualTo("Moscow");
            assertThat(location.get("country").asText()).isEqualTo("RUS");
            assertThat(location.get("geonames_id").asLong()).isEqualTo(524901L);
            assertThat(location.get("lat").asDouble()).isBetween(55.7, 55.8);
            assertThat(location.get("precision").asText()).isEqualTo("city");
            assertThat(location.get("method").asText()).isEqualTo("event-phrase");
        });
    }

    @Test
    void code_twice_givesTheSameEventIds() throws Exception {
        String first = CliRun.of("code", "--format", "jsonl", EXAMPLE.toString()).out();
        String second = CliRun.of("code", "--format", "jsonl", EXAMPLE.toString()).out();
        assertThat(records(first)).map(r -> r.get("event_id").asText())
                .containsExactlyElementsOf(records(second).stream().map(r -> r.get("event_id").asText()).toList());
    }

    @Test
    void code_table_isTheDefault() {
        CliRun run = CliRun.of("code", EXAMPLE.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("DOC").contains("129");
    }

    @Test
    void code_badInputs_eachReportedOnce_goodRecordsStillCoded(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("news.jsonl");
        Files.writeString(jsonl, """
                {"id": "a1", "date": "2017-04-12", "text": "Russia vetoed a United Nations Security Council resolution."}
                {"id": "a2", "text": broken
                {"id": "a3", "date": "2017-04-13", "text": "Iran threatened to attack Iraqi towns."}
                """);
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2});
        Path missing = dir.resolve("missing.txt");

        CliRun run = CliRun.of("code", "--format", "jsonl", jsonl.toString(), empty.toString(), binary.toString(),
                missing.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("news.jsonl:2").contains("empty.txt").contains("image.txt").contains("missing.txt");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        List<JsonNode> records = records(run.out());
        assertThat(records).extracting(r -> r.get("doc_id").asText()).contains("a1", "a3");
    }

    @Test
    void code_badActorFile_isOneClearLine(@TempDir Path dir) throws Exception {
        Path actors = dir.resolve("mine.tsv");
        Files.writeString(actors, "# format: agents\nsoldier\tARMY\n");
        CliRun run = CliRun.of("code", "--actors", actors.toString(), EXAMPLE.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("annalist: ").contains("mine.tsv:2").contains("unknown sector 'ARMY'");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void code_noInput_isAUsageError() {
        assertThat(CliRun.of("code").exitCode()).isEqualTo(2);
    }
}
