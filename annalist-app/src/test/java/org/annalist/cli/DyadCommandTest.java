package org.annalist.cli;

import org.annalist.analysis.DyadSeries;
import org.annalist.analysis.Period;
import org.annalist.store.IngestSettings;
import org.annalist.store.Store;
import org.annalist.store.TestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@code annalist dyad} prints a series: a long run of months without events is one line, a short one is not. */
class DyadCommandTest {
    @TempDir
    Path dir;

    private String print(String... dates) {
        List<org.annalist.model.Article> articles = new java.util.ArrayList<>();
        List<List<org.annalist.model.Event>> events = new java.util.ArrayList<>();
        for (String date : dates) {
            articles.add(TestEvents.article("a" + date, date, "Wire"));
            events.add(List.of(TestEvents.event("a" + date, 0, date, "USA", "RUS", "111", -2, 3)));
        }
        try (Store store = Store.open(dir.resolve(dates.length + ".duckdb"))) {
            TestEvents.store(store, IngestSettings.defaults(), articles, events);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DyadCommand.print(DyadSeries.query(store, "USA", "RUS", Period.month, null, null),
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLongRunOfEmptyPeriods_isOneLine() {
        List<String> lines = print("2014-05-10", "2017-04-12").lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("2014-06")).singleElement().asString()
                .isEqualTo("2014-06    … 2017-03   (34 months without events)");
        assertThat(lines).filteredOn(l -> l.matches("\\d{4}-\\d{2} .*")).hasSize(3);
        assertThat(lines.get(lines.size() - 1)).endsWith("All-time low: yes.");
    }

    @Test
    void aShortRunOfEmptyPeriods_isPrintedPeriodByPeriod() {
        List<String> lines = print("2017-01-10", "2017-04-12").lines().toList();
        assertThat(lines).filteredOn(l -> l.matches("\\d{4}-\\d{2} .*")).extracting(l -> l.substring(0, 7))
                .containsExactly("2017-01", "2017-02", "2017-03", "2017-04");
    }
}
