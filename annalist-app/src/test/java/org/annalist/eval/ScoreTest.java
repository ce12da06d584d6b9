package org.annalist.eval;

import org.annalist.model.Actor;
import org.annalist.model.Event;
import org.annalist.model.Evidence;
import org.annalist.model.Plover;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreTest {
    private static Event event(String type, String source, String target) {
        return new Event("d", "e", 0, "t", null, null, new Actor("s", source, null, null, null),
                target == null ? null : new Actor("t", target, null, null, null), "000", 0, 1,
                new Plover(type, null, null), null, new Evidence("x", null, null, List.of()), null);
    }

    @Test
    void add_rightTypeAndActors_countsTypeAndTuple() {
        Score score = new Score();
        score.add(new GoldRecord("1", "t", "REJECT", Set.of("RUS"), Set.of("IGO")), List.of(event("REJECT", "RUS", "IGO")));
        assertThat(score.total().recall()).isEqualTo(1.0);
        assertThat(score.total().tupleRecall()).isEqualTo(1.0);
        assertThat(score.total().precision()).isEqualTo(1.0);
    }

    @Test
    void add_rightTypeWrongTarget_countsTypeNotTuple() {
        Score score = new Score();
        score.add(new GoldRecord("1", "t", "REJECT", Set.of("RUS"), Set.of("IGO")), List.of(event("REJECT", "RUS", "USA")));
        assertThat(score.total().recall()).isEqualTo(1.0);
        assertThat(score.total().tupleRecall()).isZero();
    }

    @Test
    void add_goldWithoutTarget_needsOnlySource() {
        Score score = new Score();
        score.add(new GoldRecord("1", "t", "AGREE", Set.of("JOR"), Set.of()), List.of(event("AGREE", "JOR", null)));
        assertThat(score.total().tupleRecall()).isEqualTo(1.0);
    }

    @Test
    void add_extraEventsOfOtherTypes_lowerPrecisionOnly() {
        Score score = new Score();
        score.add(new GoldRecord("1", "t", "ACCUSE", Set.of("USA"), Set.of("RUS")),
                List.of(event("ACCUSE", "USA", "RUS"), event("CONSULT", "USA", "RUS")));
        score.add(new GoldRecord("2", "t", "ASSAULT", Set.of("SYR"), Set.of()), List.of());
        assertThat(score.total().recall()).isEqualTo(0.5);
        assertThat(score.total().precision()).isEqualTo(0.5);
        assertThat(score.total().f1()).isCloseTo(0.5, within(1e-9));
        assertThat(score.byType().get("CONSULT").coded()).isEqualTo(1);
    }

    @Test
    void normalise_comparesFirstThreeLettersAndOldCodes() {
        assertThat(Score.normalise("IGOUNO")).isEqualTo("IGO");
        assertThat(Score.normalise("JAP")).isEqualTo("JPN");
    }
}
