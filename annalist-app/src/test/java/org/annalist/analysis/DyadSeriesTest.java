package org.annalist.analysis;

import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.store.IngestSettings;
import org.annalist.store.Store;
import org.annalist.store.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dyad series on hand-made events: periods, both directions, gaps and the ranking sentence. */
class DyadSeriesTest {
    @TempDir
    Path dir;

    /** One article a day with the given events of USA and RUS, scored by their CAMEO code's Goldstein value. */
    private Store storeWith(List<String[]> events) {
        List<Article> articles = new ArrayList<>();
        List<List<Event>> coded = new ArrayList<>();
        int n = 0;
        for (String[] e : events) { // date, source, target, cameo, goldstein, quad class
            String id = "art-" + n++;
            articles.add(TestEvents.article(id, e[0], "Wire"));
            coded.add(List.of(TestEvents.event(id, 0, e[0], e[1], e[2], e[3], Double.parseDouble(e[4]), Integer.parseInt(e[5]))));
        }
        Store store = Store.open(dir.resolve("dyad.duckdb"));
        TestEvents.store(store, IngestSettings.defaults(), articles, coded);
        return store;
    }

    @Test
    void series_countsBothDirections_byQuadClass_andFillsEmptyPeriods() {
        try (Store store = storeWith(List.of(
                new String[]{"2017-01-05", "USA", "RUS", "040", "1.0", "1"},
                new String[]{"2017-01-20", "RUS", "USA", "111", "-2.0", "3"},
                new String[]{"2017-01-20", "USA", "CHN", "111", "-2.0", "3"},
                new String[]{"2017-03-02", "RUS", "USA", "190", "-10.0", "4"}))) {
            DyadSeries series = DyadSeries.query(store, "usa", "RUS", Period.month, null, null);
            assertThat(series.periods()).extracting(DyadPeriod::start).containsExactly(
                    LocalDate.of(2017, 1, 1), LocalDate.of(2017, 2, 1), LocalDate.of(2017, 3, 1));
            DyadPeriod january = series.periods().get(0);
            assertThat(january.events()).isEqualTo(2);
            assertThat(january.aToB()).isEqualTo(1);
            assertThat(january.bToA()).isEqualTo(1);
            assertThat(january.verbalCooperation()).isEqualTo(1);
            assertThat(january.verbalConflict()).isEqualTo(1);
            assertThat(january.goldsteinTotal()).isEqualTo(-1.0);
            assertThat(january.goldsteinMean()).isEqualTo(-0.5);
            assertThat(series.periods().get(1).events()).isZero();
            assertThat(series.periods().get(1).goldsteinMean()).isNull();
            assertThat(series.periods().get(2).materialConflict()).isEqualTo(1);

            DyadSeries.Ranking ranking = series.ranking();
            assertThat(ranking.allTimeLow()).isTrue();
            assertThat(ranking.sentence()).isEqualTo("Latest month with events, 2017-03: mean Goldstein -10.00 over "
                    + "1 event, the lowest of 2 months with events. All-time low: yes.");
        }
    }

    @Test
    void ranking_ofALatestMonthThatIsNotTheLowest_namesItsRankAndTheLow() {
        List<String[]> events = new ArrayList<>();
        double[] means = {-1, -7, 2, -3, -4};
        for (int month = 0; month < means.length; month++) {
            events.add(new String[]{LocalDate.of(2016, 1 + month, 10).toString(), "USA", "RUS", "111",
                    Double.toString(means[month]), "3"});
        }
        try (Store store = storeWith(events)) {
            DyadSeries.Ranking ranking = DyadSeries.query(store, "USA", "RUS", Period.month, null, null).ranking();
            assertThat(ranking.rankFromLowest()).isEqualTo(2);
            assertThat(ranking.periodsWithEvents()).isEqualTo(5);
            assertThat(ranking.allTimeLow()).isFalse();
            assertThat(ranking.sentence()).isEqualTo("Latest month with events, 2016-05: mean Goldstein -4.00 over "
                    + "1 event, the 2nd lowest of 5 months with events. All-time low: no (2016-02, -7.00).");
        }
    }

    @Test
    void ranking_ofALatestMonthThatIsTheHighest_saysSo() {
        try (Store store = storeWith(List.<String[]>of(new String[]{"2014-05-10", "USA", "RUS", "111", "-2.0", "3"},
                new String[]{"2017-04-12", "RUS", "USA", "040", "1.0", "1"}))) {
            assertThat(DyadSeries.query(store, "USA", "RUS", Period.month, null, null).ranking().sentence())
                    .isEqualTo("Latest month with events, 2017-04: mean Goldstein 1.00 over 1 event, the highest of "
                            + "2 months with events. All-time low: no (2014-05, -2.00).");
        }
    }

    @Test
    void range_endingAfterTheLastEvent_saysTheLastPeriodHadNone() {
        try (Store store = storeWith(List.<String[]>of(new String[]{"2017-04-12", "USA", "RUS", "111", "-2.0", "3"},
                new String[]{"2017-04-26", "USA", "RUS", "111", "-2.0", "3"}))) {
            DyadSeries series = DyadSeries.query(store, "USA", "RUS", Period.week, LocalDate.of(2017, 4, 1),
                    LocalDate.of(2017, 5, 3));
            assertThat(series.periods()).extracting(p -> Period.week.label(p.start())).containsExactly(
                    "2017-03-27", "2017-04-03", "2017-04-10", "2017-04-17", "2017-04-24", "2017-05-01");
            assertThat(series.ranking().sentence()).startsWith("No events in 2017-05-01, the last week of the range. "
                    + "Latest week with events, 2017-04-24: mean Goldstein -2.00 over 1 event, level with every other week");
        }
    }

    @Test
    void series_withNoEvents_isEmpty_andSaysSo() {
        try (Store store = storeWith(List.of())) {
            DyadSeries series = DyadSeries.query(store, "USA", "RUS", Period.year, null, null);
            assertThat(series.periods()).isEmpty();
            assertThat(series.ranking().sentence()).isEqualTo("No events in this range.");
        }
    }

    @Test
    void ordinal_usesEnglishSuffixes() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)).map(DyadSeries::ordinal)
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th");
    }
}
