package org.annalist.time;

import com.fasterxml.jackson.databind.JsonNode;
import org.annalist.model.Article;
import org.annalist.model.DateSpan;
import org.annalist.model.Event;
import org.annalist.output.EventRecords;
import org.annalist.testing.SharedNlp;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Dating events through the whole pipeline, in an article of Monday 17 April 2017 unless said otherwise. */
class SuTimeDaterTest {
    private static final LocalDate MONDAY = LocalDate.of(2017, 4, 17);

    private static List<Event> code(LocalDate date, String title, String text) {
        Article article = new Article("t", title, date, text, null, null, "test");
        return SharedNlp.annalist().code(article);
    }

    /** The one event with this CAMEO code in the body sentence. */
    private static Event event(LocalDate date, String text, String cameo) {
        List<Event> events = code(date, "", text).stream().filter(e -> e.cameo().equals(cameo)).toList();
        assertThat(events).as("events coded %s from: %s", cameo, text).hasSize(1);
        return events.get(0);
    }

    private static Event veto(String text) {
        return event(MONDAY, text, "129");
    }

    @Test
    void aBareWeekday_isTheLastSuchDayBeforeTheArticle_notTheComingOne() {
        Event e = veto("On Wednesday night, Russia vetoed a United Nations Security Council resolution.");
        assertThat(e.date()).isEqualTo("2017-04-12");
        assertThat(e.dateSource()).isEqualTo("text");
        assertThat(e.dateSpan()).isNull();
    }

    @Test
    void theArticlesOwnWeekday_isTheArticleDay() {
        Event e = veto("Russia vetoed a United Nations Security Council resolution on Monday.");
        assertThat(e.date()).isEqualTo("2017-04-17");
        assertThat(e.dateSource()).isEqualTo("text");
    }

    @Test
    void aWeekdayInTheFuture_isTheNextSuchDay() {
        // The coder makes a future meeting an intent to meet (036).
        Event e = event(MONDAY, "Russia will meet the United States on Wednesday.", "036");
        assertThat(e.date()).isEqualTo("2017-04-19");
    }

    @Test
    void aWeekdayAfterIsExpectedTo_isTheNextSuchDay() {
        // Coded as an intent (030) by the control verb "expected".
        Event e = event(MONDAY, "Russia is expected to veto a United Nations Security Council resolution on "
                + "Wednesday.", "030");
        assertThat(e.date()).isEqualTo("2017-04-19");
    }

    @Test
    void overTheWeekend_isTheSpanOfTheLastWeekend() {
        Event e = veto("Russia vetoed a United Nations Security Council resolution over the weekend.");
        assertThat(e.dateSpan()).isEqualTo(new DateSpan("2017-04-15", "2017-04-16"));
    }

    @Test
    void lastWeekday_isTheOneBeforeTheArticle() {
        assertThat(veto("Russia vetoed a United Nations Security Council resolution last Wednesday.").date())
                .isEqualTo("2017-04-12");
    }

    @Test
    void daysAgo_countBackFromTheArticle() {
        assertThat(veto("Russia vetoed a United Nations Security Council resolution two days ago.").date())
                .isEqualTo("2017-04-15");
    }

    @Test
    void lastWeek_isTheSpanOfTheIsoWeekBefore_mondayToSunday() {
        Event e = veto("Russia vetoed a United Nations Security Council resolution last week.");
        assertThat(e.dateSpan()).isEqualTo(new DateSpan("2017-04-10", "2017-04-16"));
        assertThat(e.date()).isEqualTo("2017-04-10");
        assertThat(e.dateSource()).isEqualTo("text");
    }

    @Test
    void earlierThisMonth_runsFromTheFirstToTheDayBeforeTheArticle() {
        Event e = veto("Russia vetoed a United Nations Security Council resolution earlier this month.");
        assertThat(e.dateSpan()).isEqualTo(new DateSpan("2017-04-01", "2017-04-16"));
    }

    @Test
    void aMonthDayWithoutYear_isTheLastOneBeforeTheArticle() {
        Event e = veto("Russia vetoed a United Nations Security Council resolution on Oct. 31.");
        assertThat(e.date()).isEqualTo("2016-10-31");
        assertThat(e.dateSpan()).isNull();
    }

    @Test
    void yesterday_isTheDayBeforeTheArticle() {
        assertThat(veto("Russia vetoed a United Nations Security Council resolution yesterday.").date())
                .isEqualTo("2017-04-16");
    }

    @Test
    void anExplicitDate_isThatDay() {
        assertThat(veto("Russia vetoed a United Nations Security Council resolution on April 4, 2017.").date())
                .isEqualTo("2017-04-04");
    }

    @Test
    void aYear_isTheSpanOfThatYear() {
        Event e = veto("Russia vetoed a United Nations Security Council resolution in 2016.");
        assertThat(e.date()).isEqualTo("2016-01-01");
        assertThat(e.dateSpan()).isEqualTo(new DateSpan("2016-01-01", "2016-12-31"));
    }

    @Test
    void aMonthWithoutYear_isTheSpanOfTheLastSuchMonth() {
        Event e = veto("Russia vetoed a United Nations Security Council resolution in March.");
        assertThat(e.dateSpan()).isEqualTo(new DateSpan("2017-03-01", "2017-03-31"));
    }

    @Test
    void noDateInTheSentence_takesTheArticleDate() {
        Event e = veto("Russia vetoed a United Nations Security Council resolution.");
        assertThat(e.date()).isEqualTo("2017-04-17");
        assertThat(e.dateSource()).isEqualTo("article");
        assertThat(e.dateSpan()).isNull();
    }

    @Test
    void aHeadlineInThePresentTense_takesTheArticleDate() {
        List<Event> events = code(MONDAY, "Lavrov condemns U.S. attack on Syria", "The attack killed six people.");
        assertThat(events).filteredOn(e -> e.sentence() == 0 && e.cameo().equals("111")).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo("2017-04-17");
            assertThat(e.dateSource()).isEqualTo("article");
        });
    }

    @Test
    void aHeadlineInfinitive_isStillToCome() {
        List<Event> events = code(MONDAY, "Lavrov to meet Tillerson on Wednesday", "The talks will last hours.");
        assertThat(events).filteredOn(e -> e.sentence() == 0).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo("2017-04-19"));
    }

    @Test
    void withoutAnArticleDate_aWeekdayStaysUnresolved() {
        Event e = event(null, "Russia vetoed a United Nations Security Council resolution on Wednesday.", "129");
        assertThat(e.date()).isNull();
        assertThat(e.dateSource()).isEqualTo("unresolved");
    }

    @Test
    void withoutAnArticleDate_anExplicitDateStillResolves() {
        Event e = event(null, "Russia vetoed a United Nations Security Council resolution on April 4, 2017.", "129");
        assertThat(e.date()).isEqualTo("2017-04-04");
        assertThat(e.dateSource()).isEqualTo("text");
    }

    @Test
    void withoutAnyDate_theEventHasNone() {
        Event e = event(null, "Russia vetoed a United Nations Security Council resolution.", "129");
        assertThat(e.date()).isNull();
        assertThat(e.dateSource()).isNull();
    }

    @Test
    void aDateInARelativeClause_datesThatClause_notTheEvent() {
        Event e = veto("Russia, which attacked Syria on Tuesday, vetoed a United Nations Security Council resolution.");
        assertThat(e.date()).isEqualTo("2017-04-17");
        assertThat(e.dateSource()).isEqualTo("article");
    }

    @Test
    void theExpressionOnTheTrigger_winsOverOneOnAnotherEvent() {
        Event e = veto("Russia vetoed a United Nations Security Council resolution on Wednesday after the attack "
                + "on April 4.");
        assertThat(e.date()).isEqualTo("2017-04-12");
    }

    @Test
    void aDateTheParserHangsOnTheObject_stillDatesTheEvent() {
        assertThat(veto("Russia vetoed a United Nations Security Council resolution on Syria on Wednesday.").date())
                .isEqualTo("2017-04-12");
    }

    @Test
    void aReportingClause_datesTheEventItReports_whenTheEventHasNoDateOfItsOwn() {
        assertThat(veto("Russia vetoed a United Nations Security Council resolution, diplomats said on Friday.")
                .date()).isEqualTo("2017-04-14");
        assertThat(veto("Diplomats said on Friday that Russia vetoed a United Nations Security Council resolution "
                + "on Wednesday.").date()).isEqualTo("2017-04-12");
    }

    @Test
    void theSameEventToldAgainWithoutADate_takesTheDateOfTheFirstTelling() {
        Article article = new Article("t", "", MONDAY, String.join("\n\n",
                "On Wednesday night, Russia vetoed a United Nations Security Council resolution on Syria.",
                "Diplomats in New York described a tense debate.",
                "Shortly before the talks ended, Russia vetoed a United Nations resolution that would have condemned "
                        + "the attack."), null, null, "test");
        List<Event> vetoes = SharedNlp.annalist().code(article).stream().filter(e -> e.cameo().equals("129")).toList();
        assertThat(vetoes).extracting(Event::sentence, Event::date, Event::dateSource).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "2017-04-12", "text"),
                org.assertj.core.groups.Tuple.tuple(2, "2017-04-12", "coreference"));
    }

    @Test
    void aDuration_isNoDate() {
        Event e = veto("Russia vetoed a United Nations Security Council resolution after three hours of debate.");
        assertThat(e.dateSource()).isEqualTo("article");
    }

    @Test
    void twoThreadsSharingTheDater_dateAsOneDoes() throws Exception {
        Article article = new Article("t", "", MONDAY, String.join("\n\n",
                "On Wednesday night, Russia vetoed a United Nations Security Council resolution.",
                "Russia vetoed a United Nations Security Council resolution last week.",
                "Russia vetoed a United Nations Security Council resolution on Oct. 31.",
                "Russia will meet the United States on Wednesday.",
                "Russia vetoed a United Nations Security Council resolution earlier this month."), null, null, "test");
        var analysis = SharedNlp.annalist().analyse(article);
        EventDater dater = SharedNlp.annalist().dater();
        List<Event> expected = dater.date(analysis.article(), analysis.events());
        assertThat(expected).hasSize(5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Event>>> runs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                runs.add(pool.submit(() -> dater.date(analysis.article(), analysis.events())));
            }
            for (Future<List<Event>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theJsonRecord_carriesTheDateSpan() {
        JsonNode lastWeek = EventRecords.toJson(
                veto("Russia vetoed a United Nations Security Council resolution last week."));
        assertThat(lastWeek.get("date").asText()).isEqualTo("2017-04-10");
        assertThat(lastWeek.get("date_source").asText()).isEqualTo("text");
        assertThat(lastWeek.get("date_span").get("start").asText()).isEqualTo("2017-04-10");
        assertThat(lastWeek.get("date_span").get("end").asText()).isEqualTo("2017-04-16");
        JsonNode none = EventRecords.toJson(veto("Russia vetoed a United Nations Security Council resolution."));
        assertThat(none.has("date_span")).isTrue();
        assertThat(none.get("date_span").isNull()).isTrue();
    }
}
