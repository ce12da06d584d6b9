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

class ImportActorsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ACTORS = Path.of("..", "examples", "tabari", "actors.txt");
    private static final Path AGENTS = Path.of("..", "examples", "tabari", "agents.txt");

    @Test
    void importActors_printsTheConvertedFileAndASummary() {
        CliRun run = CliRun.of("import-actors", ACTORS.toString(), "--kind", "actors");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("# format: countries\n")
                .contains("NOR\tNorway\tNorway|Norwegian|Kingdom of Norway\t# actors.txt:7\n")
                .contains("ROU\tRomania\tRomania\t# actors.txt:14\n")
                .contains("UNITED_NATIONS\tIGO\t\tUnited Nations\tUN|U.N.\t# actors.txt:17\n")
                .contains("# format: people\n")
                .contains("Anna Vesterholm\tVesterholm\tNOR\tLEG\tNORLEG\t2001-09-15\t2012-09-30\t# actors.txt:24\n")
                .contains("Anna Vesterholm\t\tNOR\tGOV\tNORGOV\t2012-10-01\t# actors.txt:24\n");
        assertThat(run.err())
                .contains("actors.txt: 9 entries read as a TABARI actors dictionary")
                .containsPattern("people +2 \\(6 roles\\)")
                .containsPattern("skipped lines +1")
                .contains("actors.txt:36: 'NORWAY_HOUSE' has TABARI's null code [---]")
                .contains("old CAMEO code ROM read as ROU");
    }

    @Test
    void importActors_agents_listsWhatWasSkippedAndWhy() {
        CliRun run = CliRun.of("import-actors", "--kind", "agents", AGENTS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("# format: agents\n").contains("harbour police\tCOP\t# agents.txt:6\n")
                .contains("fisherwomen\tAGR\t# agents.txt:10\n").contains("environmental group\tNGO\t# agents.txt:11\n");
        assertThat(run.err()).containsPattern("agents +11")
                .contains("agents.txt:12: agent code [~CHRPRO]: CHR is not one of Annalist's sectors")
                .contains("agents.txt:13: agent combination rule");
    }

    @Test
    void importActors_out_writesAFileThatAnnalistReadsBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("converted.tsv");
        CliRun run = CliRun.of("import-actors", ACTORS.toString(), "--kind", "actors", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("9 entries").contains("Wrote " + out);
        assertThat(Files.readString(out)).contains("# format: people\n");

        CliRun actors = CliRun.of("actors", "--actors", out.toString(), "--date", "2010-03-01",
                "Anna Vesterholm visited Reykjavik.");
        assertThat(actors.exitCode()).as(actors.err()).isZero();
        assertThat(actors.out()).containsPattern("Anna Vesterholm +NOR +LEG +Anna Vesterholm +person-role +"
                + "\\S*converted.tsv:\\d+");
    }

    @Test
    void importActors_malformedLine_isOneClearLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "NORWAY [NOR]\nVESTERHOLM_ [NORGOV 121301-]\n");
        CliRun run = CliRun.of("import-actors", "--kind", "actors", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("annalist: " + bad + ":2: '121301' is not a valid date (YYMMDD or YYYYMMDD)");
    }

    @Test
    void importActors_wrongKind_saysWhichKindTheFileSeemsToBe() {
        CliRun run = CliRun.of("import-actors", "--kind", "actors", AGENTS.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("agents.txt:5: '~MIL' is an agent code; is this an agents dictionary?")
                .doesNotContain("\tat ");
    }

    @Test
    void importActors_withoutKind_isAUsageError() {
        CliRun run = CliRun.of("import-actors", ACTORS.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--kind");
    }

    @Test
    void actors_tabariFileWithoutFormatLine_isDetectedAndUsed() {
        CliRun run = CliRun.of("actors", "--actors", ACTORS.toString(), "--date", "2015-06-01",
                "The Norwegian coast guard escorted a UN convoy.");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("Norwegian coast guard +NOR +MIL +Norwegian Coast Guard +organisation +\\S*actors.txt:20")
                .containsPattern("UN convoy +IGO +- +United Nations +organisation +\\S*actors.txt:17");
    }

    @Test
    void code_tabariActors_personIsCodedByTheRoleHeldOnTheArticleDate(@TempDir Path dir) throws Exception {
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, """
                {"id": "a2010", "date": "2010-03-01", "text": "Anna Vesterholm criticized Iceland over the whaling quota."}
                {"id": "a2015", "date": "2015-03-01", "text": "Anna Vesterholm criticized Iceland over the whaling quota."}
                """);
        CliRun run = CliRun.of("code", "--format", "jsonl", "--actors", ACTORS.toString(), news.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> records = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                records.add(JSON.readTree(line));
            }
        }
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("doc_id").asText()).isEqualTo("a2010");
            assertThat(r.get("source").get("code").asText()).isEqualTo("NOR");
            assertThat(r.get("source").get("sector").asText()).isEqualTo("LEG");
            assertThat(r.get("source").get("name").asText()).isEqualTo("Anna Vesterholm");
            assertThat(r.get("target").get("code").asText()).isEqualTo("ISL");
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.get("doc_id").asText()).isEqualTo("a2015");
            assertThat(r.get("source").get("sector").asText()).isEqualTo("GOV");
            assertThat(r.get("source").get("code").asText()).isEqualTo("NOR");
        });
    }
}
