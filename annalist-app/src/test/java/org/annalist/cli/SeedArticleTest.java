package org.annalist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The article the project started from (shared/seed, present on developer machines and in CI): the events a
 * careful coder finds in it. Skipped when shared/ is absent.
 */
class SeedArticleTest {
    private static final Path SEED = Path.of("..", "..", "shared", "seed", "us-russia-2017-04.txt");
    private static List<JsonNode> events;

    @BeforeAll
    static void code() throws Exception {
        if (!Files.isRegularFile(SEED)) {
            return;
        }
        CliRun run = CliRun.of("code", "--format", "jsonl", SEED.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        events = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (!line.isBlank()) {
                events.add(json.readTree(line));
            }
        }
    }

    private static Predicate<JsonNode> event(String source, String target, String cameoPrefix) {
        return e -> e.get("source").get("code").asText().equals(source)
                && (target == null ? e.get("target").isNull()
                : !e.get("target").isNull() && e.get("target").get("code").asText().equals(target))
                && e.get("cameo").asText().startsWith(cameoPrefix);
    }

    private static List<JsonNode> inSentence(String words) {
        return events.stream().filter(e -> e.get("text").asText().contains(words)).toList();
    }

    @Test
    void vetoes_areRussiaRejectingTheSecurityCouncil() {
        assumeTrue(events != null, "shared/seed is not present");
        assertThat(events.stream().filter(event("RUS", "IGO", "129"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(events).filteredOn(event("RUS", "IGO", "129"))
                .anySatisfy(e -> assertThat(e.get("date").asText()).isEqualTo("2017-04-12"));
    }

    @Test
    void lavrovCriticisesTheUnitedStates() {
        assumeTrue(events != null, "shared/seed is not present");
        assertThat(inSentence("calls the USA response")).anyMatch(event("RUS", "USA", "11"));
    }

    @Test
    void haleyCriticisesRussia() {
        assumeTrue(events != null, "shared/seed is not present");
        assertThat(inSentence("Haley")).anyMatch(event("USA", "RUS", "11"));
    }

    @Test
    void theStrikeOnTheAirBase_isAnAssaultOnSyria() {
        assumeTrue(events != null, "shared/seed is not present");
        assertThat(inSentence("cruise-missile attack")).anyMatch(event("USA", "SYR", "19"));
    }

    @Test
    void russiaAsksTillersonToRequestAnInvestigation() {
        assumeTrue(events != null, "shared/seed is not present");
        assertThat(inSentence("asked U.S. Secretary of State")).filteredOn(event("RUS", "USA", "02"))
                .isNotEmpty().allSatisfy(e -> {
                    // "during talks earlier Wednesday" in an article of Monday 17 April 2017
                    assertThat(e.get("date").asText()).isEqualTo("2017-04-12");
                    assertThat(e.get("date_source").asText()).isEqualTo("text");
                });
    }

    @Test
    void tillersonWantsAFrankExchangeWithLavrov() {
        assumeTrue(events != null, "shared/seed is not present");
        assertThat(inSentence("frank exchange")).anyMatch(event("USA", "RUS", "03"));
    }

    @Test
    void franceCondemnsTheSyrianRegime() {
        assumeTrue(events != null, "shared/seed is not present");
        assertThat(inSentence("plumbed new depths")).anyMatch(event("FRA", "SYR", "11"));
    }

    @Test
    void putinMeetsTillerson_andIsPessimisticAboutRelations() {
        assumeTrue(events != null, "shared/seed is not present");
        assertThat(inSentence("President Putin's meeting")).anyMatch(event("RUS", "USA", "04"));
        assertThat(inSentence("have worsened")).anyMatch(event("RUS", null, "012"));
    }

    @Test
    void copulaAndBackground_yieldNothing() {
        assumeTrue(events != null, "shared/seed is not present");
        assertThat(inSentence("is the leader of Russian Federation")).isEmpty();
        assertThat(inSentence("not the first meeting between")).isEmpty();
        assertThat(inSentence("has previously met")).isEmpty();
    }

    @Test
    void everyActorOfTheCodedEvents_resolvesAsOfTheArticleDate() throws Exception {
        assumeTrue(events != null, "shared/seed is not present");
        String text = Files.readString(SEED).replace("Monday, 17 Apr, 2017", "");
        CliRun run = CliRun.of("actors", text, "--date", "2017-04-17");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = List.of(run.out().split("\n"));
        String[][] expected = {
                {"Lavrov", "RUS", "GOV"}, {"Tillerson", "USA", "GOV"}, {"Haley", "USA", "GOV"},
                {"Putin", "RUS", "GOV"}, {"Peskov", "RUS", "GOV"}, {"Delattre", "FRA", "GOV"},
                {"Safronkov", "RUS", "GOV"}, {"Assad", "SYR", "GOV"}, {"Russian Federation", "RUS", null},
                {"Washington", "USA", "GOV"}, {"Kremlin", "RUS", "GOV"}, {"UN Security Council", "IGO", null},
                {"Organization for the Prohibition of Chemical Weapons", "IGO", null}};
        for (String[] e : expected) {
            assertThat(rows).as(e[0]).anySatisfy(row -> {
                assertThat(row).contains(e[0]);
                assertThat(row).containsPattern("\\s" + e[1] + "\\s");
                if (e[2] != null) {
                    assertThat(row).containsPattern("\\s" + e[2] + "\\s");
                }
            });
        }
    }
}
