package org.annalist.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code annalist synonyms}: WordNet proposals for the bundled verb dictionary, in the format of synonyms.txt. */
class SynonymsCommandTest {

    @Test
    void namedTriggers_printReviewableLines() {
        CliRun run = CliRun.of("synonyms", "condemn", "block");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .startsWith("# Proposed by 'annalist synonyms' from WordNet 3.1")
                .contains("# condemn (111)\n")
                .contains("objurgate\tcondemn\t# 111 | condemn sense 1: express strong disapproval of"
                        + " | objurgate: sense 1 of 2, tagged 0x\n")
                .contains("embarrass\tblock\t# ")
                .doesNotContain("stymie\tblock") // already in synonyms.txt
                .doesNotContain("\nobstruct\t"); // has patterns of its own
        assertThat(run.err()).containsPattern("\\d+ proposals");
    }

    @Test
    void codePrefix_keepsTriggersWithSuchACode() {
        CliRun run = CliRun.of("synonyms", "--code", "111", "condemn", "block");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("objurgate\tcondemn").doesNotContain("\tblock\t");
    }

    @Test
    void allTriggersOfARoot_withASummary() {
        CliRun run = CliRun.of("synonyms", "--code", "19", "--senses", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("\\d+ triggers with codes 19\\*, \\d+ not in WordNet, \\d+ proposals");
        assertThat(run.out().lines().filter(l -> !l.startsWith("#")))
                .isNotEmpty().allMatch(l -> l.matches("[a-z'\\-]+(/n|/a)?\t[a-z'\\-]+(/n|/a)?\t# .*"));
    }

    @Test
    void unknownTrigger_isAUsageError() {
        CliRun run = CliRun.of("synonyms", "frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'frobnicate' is not a trigger of events/verbs.txt");
    }
}
