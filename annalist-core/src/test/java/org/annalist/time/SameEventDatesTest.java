package org.annalist.time;

import org.annalist.model.Actor;
import org.annalist.model.DateSpan;
import org.annalist.model.Event;
import org.annalist.model.Evidence;
import org.annalist.model.Plover;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An event told again without a date takes the date of a telling that has one: the rule, on hand-made events. */
class SameEventDatesTest {
    private static final LocalDate MONDAY = LocalDate.of(2017, 4, 17);

    private static Actor actor(String code, String sector) {
        return code == null && sector == null ? null : new Actor(code, code, sector, null, null);
    }

    private static Event event(int sentence, String source, String sourceSector, String target, String targetSector,
                               String cameo, String date, String dateSource, DateSpan span) {
        return new Event("d", "e" + sentence, sentence, "sentence " + sentence, date, dateSource,
                actor(source, sourceSector), actor(target, targetSector), cameo, -5, 3, new Plover("REJECT", null, null),
                null, new Evidence("vetoed", "veto T", "events/verbs.txt:1", List.of()), span);
    }

    private static Event text(int sentence, String source, String target, String cameo, String date) {
        return event(sentence, source, null, target, "GOV", cameo, date, "text", null);
    }

    private static Event fromArticle(int sentence, String source, String target, String cameo) {
        return event(sentence, source, null, target, null, cameo, MONDAY.toString(), "article", null);
    }

    @Test
    void aLaterReportWithoutADate_takesTheEarlierReportsDate_asCoreference() {
        List<Event> dated = SameEventDates.apply(List.of(text(4, "RUS", "IGO", "129", "2017-04-12"),
                fromArticle(7, "RUS", "IGO", "129")), MONDAY);
        assertThat(dated).extracting(Event::date, Event::dateSource).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2017-04-12", "text"),
                org.assertj.core.groups.Tuple.tuple("2017-04-12", "coreference"));
    }

    @Test
    void anEarlierReportWithoutADate_takesTheLaterReportsDate_andItsSpan() {
        DateSpan weekend = new DateSpan("2017-04-15", "2017-04-16");
        List<Event> dated = SameEventDates.apply(List.of(fromArticle(0, "RUS", "IGO", "128"),
                event(3, "RUS", "GOV", "IGO", "GOV", "129", "2017-04-15", "text", weekend)), MONDAY);
        assertThat(dated.get(0).date()).isEqualTo("2017-04-15");
        assertThat(dated.get(0).dateSpan()).isEqualTo(weekend);
        assertThat(dated.get(0).dateSource()).isEqualTo("coreference");
    }

    @Test
    void anotherSourceTargetOrRoot_isAnotherEvent() {
        Event dated = text(1, "RUS", "IGO", "129", "2017-04-12");
        List<Event> others = List.of(fromArticle(2, "CHN", "IGO", "129"), fromArticle(3, "RUS", "USA", "129"),
                fromArticle(4, "RUS", "IGO", "111"), fromArticle(5, "RUS", null, "129"));
        List<Event> all = new java.util.ArrayList<>(List.of(dated));
        all.addAll(others);
        assertThat(SameEventDates.apply(all, MONDAY)).extracting(Event::dateSource)
                .containsExactly("text", "article", "article", "article", "article");
    }

    @Test
    void reportsThatTheTextDatesDifferently_leaveTheArticleDate() {
        List<Event> dated = SameEventDates.apply(List.of(text(1, "RUS", "IGO", "129", "2017-04-12"),
                text(2, "RUS", "IGO", "129", "2017-04-14"), fromArticle(3, "RUS", "IGO", "129")), MONDAY);
        assertThat(dated.get(2).dateSource()).isEqualTo("article");
        assertThat(dated.get(2).date()).isEqualTo("2017-04-17");
    }

    @Test
    void aBackgroundDate_farFromTheArticleOrALongSpan_isAnotherEvent() {
        Event lastYear = text(1, "RUS", "IGO", "129", "2016-10-31");
        Event in2013 = event(1, "RUS", null, "IGO", null, "129", "2013-01-01", "text",
                new DateSpan("2013-01-01", "2013-12-31"));
        Event earlierThisMonth = event(1, "RUS", null, "IGO", null, "129", "2017-04-01", "text",
                new DateSpan("2017-04-01", "2017-04-16"));
        for (Event background : List.of(lastYear, in2013, earlierThisMonth)) {
            assertThat(SameEventDates.apply(List.of(background, fromArticle(2, "RUS", "IGO", "129")), MONDAY).get(1)
                    .dateSource()).as(background.date()).isEqualTo("article");
        }
    }

    @Test
    void unresolvedAndUndatedReports_andArticlesWithoutADate_areLeftAlone() {
        Event unresolved = event(2, "RUS", null, "IGO", null, "129", null, "unresolved", null);
        assertThat(SameEventDates.apply(List.of(text(1, "RUS", "IGO", "129", "2017-04-12"), unresolved), MONDAY)
                .get(1)).isEqualTo(unresolved);
        List<Event> noArticleDate = List.of(text(1, "RUS", "IGO", "129", "2017-04-12"),
                event(2, "RUS", null, "IGO", null, "129", null, null, null));
        assertThat(SameEventDates.apply(noArticleDate, null)).isEqualTo(noArticleDate);
    }

    @Test
    void aDomesticEvent_needsTheSameSectorsToo() {
        Event governmentMetEmbassy = event(1, "TUR", "GOV", "TUR", "GOV", "040", "2015-07-30", "text", null);
        Event governmentNegotiatesOpposition = event(2, "TUR", "GOV", "TUR", "OPP", "046", "2015-07-31", "article",
                null);
        Event governmentMetOppositionAgain = event(3, "TUR", "GOV", "TUR", "OPP", "040", "2015-07-31", "article",
                null);
        Event governmentMetOpposition = event(4, "TUR", "GOV", "TUR", "OPP", "043", "2015-07-29", "text", null);
        LocalDate friday = LocalDate.of(2015, 7, 31);
        assertThat(SameEventDates.apply(List.of(governmentMetEmbassy, governmentNegotiatesOpposition), friday))
                .extracting(Event::dateSource).containsExactly("text", "article");
        assertThat(SameEventDates.apply(List.of(governmentMetOppositionAgain, governmentMetOpposition), friday).get(0))
                .extracting(Event::date, Event::dateSource).containsExactly("2015-07-29", "coreference");
    }

    @Test
    void sectorOnlyActors_areNeverTakenForOneEvent() {
        Event rebels = event(1, null, "REB", "SYR", "GOV", "190", "2017-04-12", "text", null);
        Event moreRebels = event(2, null, "REB", "SYR", "GOV", "190", MONDAY.toString(), "article", null);
        assertThat(SameEventDates.apply(List.of(rebels, moreRebels), MONDAY).get(1).dateSource()).isEqualTo("article");
    }
}
