package org.annalist.time;

import org.annalist.model.Actor;
import org.annalist.model.DateSpan;
import org.annalist.model.Event;
import org.annalist.model.Plover;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryTest {
    private static final LocalDate ARTICLE = LocalDate.of(2017, 4, 17);

    private static Event event(String id, String date, String dateSource, DateSpan span) {
        return new Event("doc", id, 0, "text", date, dateSource, new Actor("Syria", "SYR", null, null, null), null,
                "035", 7.0, 1, new Plover("AGREE", null, null), null, null, span);
    }

    @Test
    void eventTheTextDatesYearsBack_isBackground() {
        Event agreement2013 = event("a", "2013-01-01", "text", new DateSpan("2013-01-01", "2013-12-31"));
        assertThat(History.withoutBackground(ARTICLE, List.of(agreement2013))).isEmpty();
    }

    @Test
    void eventsOfTheLastYear_andEventsDatedByTheArticle_areNews() {
        Event lastSummer = event("b", "2016-07-01", "text", null);
        Event undated = event("c", "2017-04-17", "article", null);
        Event spanReachingIntoTheYear = event("d", "2016-01-01", "text", new DateSpan("2016-01-01", "2016-12-31"));
        assertThat(History.withoutBackground(ARTICLE, List.of(lastSummer, undated, spanReachingIntoTheYear)))
                .extracting(Event::eventId).containsExactly("b", "c", "d");
    }

    @Test
    void withoutAnArticleDate_nothingIsBackground() {
        Event old = event("e", "1990-01-01", "text", null);
        assertThat(History.withoutBackground(null, List.of(old))).hasSize(1);
    }
}
