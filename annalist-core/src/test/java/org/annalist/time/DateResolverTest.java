package org.annalist.time;

import org.annalist.time.DateResolver.Days;
import org.annalist.time.DateResolver.Direction;
import org.annalist.time.DateResolver.NotADate;
import org.annalist.time.DateResolver.Result;
import org.annalist.time.DateResolver.Unresolved;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.annalist.time.DateResolver.Direction.FUTURE;
import static org.annalist.time.DateResolver.Direction.PAST;
import static org.assertj.core.api.Assertions.assertThat;

/** The conventions, on mentions as SUTime reports them before grounding; the article is of Monday 17 April 2017. */
class DateResolverTest {
    private static final LocalDate MONDAY = LocalDate.of(2017, 4, 17);

    private static TimeMention date(String text, String value, String form) {
        return new TimeMention(0, 1, text, "DATE", value, form, null);
    }

    /** An offset that SUTime grounds to {@code grounded}. */
    private static TimeMention offset(String text, String form, String grounded) {
        return new TimeMention(0, 1, text, "DATE", null, form, ref -> grounded);
    }

    private static Result resolve(TimeMention m, Direction direction) {
        return DateResolver.resolve(m, MONDAY, direction);
    }

    private static Days days(String start, String end) {
        return new Days(LocalDate.parse(start), LocalDate.parse(end));
    }

    private static Days day(String day) {
        return days(day, day);
    }

    @Test
    void aBareWeekday_pointsBackInThePast_andForwardInTheFuture_andMayBeTheArticlesDay() {
        TimeMention wednesday = date("Wednesday", "XXXX-WXX-3", "XXXX-WXX-3");
        assertThat(resolve(wednesday, PAST)).isEqualTo(day("2017-04-12"));
        assertThat(resolve(wednesday, FUTURE)).isEqualTo(day("2017-04-19"));
        TimeMention monday = date("Monday", "XXXX-WXX-1", "XXXX-WXX-1");
        assertThat(resolve(monday, PAST)).isEqualTo(day("2017-04-17"));
        assertThat(resolve(monday, FUTURE)).isEqualTo(day("2017-04-17"));
    }

    @Test
    void aWeekdayWithAPartOfTheDay_isThatDay() {
        TimeMention night = new TimeMention(0, 2, "Wednesday night", "TIME", "XXXX-WXX-3TNI", "XXXX-WXX-3TNI", null);
        assertThat(resolve(night, PAST)).isEqualTo(day("2017-04-12"));
    }

    @Test
    void lastAndNextWeekday_neverMeanTheArticlesDay() {
        TimeMention lastMonday = offset("last Monday", "XXXX-WXX-1 OFFSET P-1W", "2017-04-10");
        assertThat(resolve(lastMonday, PAST)).isEqualTo(day("2017-04-10"));
        TimeMention nextMonday = offset("next Monday", "XXXX-WXX-1 OFFSET P1W", "2017-04-24");
        assertThat(resolve(nextMonday, FUTURE)).isEqualTo(day("2017-04-24"));
    }

    @Test
    void thisWeekdayAndAPartOfDayAfterAnOffset_followTheSameRules() {
        TimeMention thisWednesday = offset("this Wednesday", "THIS XXXX-WXX-3", "2017-04-19");
        assertThat(resolve(thisWednesday, PAST)).isEqualTo(day("2017-04-12"));
        assertThat(resolve(thisWednesday, FUTURE)).isEqualTo(day("2017-04-19"));
        TimeMention lastWednesdayNight = offset("last Wednesday night", "XXXX-WXX-3 OFFSET P-1W INTERSECT NI",
                "2017-04-12TNI");
        assertThat(resolve(lastWednesdayNight, PAST)).isEqualTo(day("2017-04-12"));
    }

    @Test
    void theWeekend_isTheLastOne_orTheNextForAFutureEvent() {
        TimeMention weekend = date("the weekend", "XXXX-WE", "XXXX-WE");
        assertThat(resolve(weekend, PAST)).isEqualTo(days("2017-04-15", "2017-04-16"));
        assertThat(resolve(weekend, FUTURE)).isEqualTo(days("2017-04-22", "2017-04-23"));
        assertThat(DateResolver.resolve(weekend, LocalDate.of(2017, 4, 16), PAST))
                .isEqualTo(days("2017-04-15", "2017-04-16"));
    }

    @Test
    void aDateWithoutYear_isTheLastOneBeforeTheArticle_orTheNextOneForAFutureEvent() {
        TimeMention oct31 = date("Oct. 31", "XXXX-10-31", "XXXX-10-31");
        assertThat(resolve(oct31, PAST)).isEqualTo(day("2016-10-31"));
        assertThat(resolve(oct31, FUTURE)).isEqualTo(day("2017-10-31"));
        TimeMention today = date("April 17", "XXXX-04-17", "XXXX-04-17");
        assertThat(resolve(today, PAST)).isEqualTo(day("2017-04-17"));
    }

    @Test
    void february29WithoutYear_isInTheLastLeapYear() {
        assertThat(resolve(date("Feb. 29", "XXXX-02-29", "XXXX-02-29"), PAST)).isEqualTo(day("2016-02-29"));
        assertThat(resolve(date("Feb. 29", "XXXX-02-29", "XXXX-02-29"), FUTURE)).isEqualTo(day("2020-02-29"));
    }

    @Test
    void aMonthWithoutYear_isTheLastOneBegun_clippedAtTheArticleWhenItHoldsIt() {
        assertThat(resolve(date("December", "XXXX-12", "XXXX-12"), PAST)).isEqualTo(days("2016-12-01", "2016-12-31"));
        assertThat(resolve(date("December", "XXXX-12", "XXXX-12"), FUTURE)).isEqualTo(days("2017-12-01", "2017-12-31"));
        assertThat(resolve(date("April", "XXXX-04", "XXXX-04"), PAST)).isEqualTo(days("2017-04-01", "2017-04-17"));
    }

    @Test
    void winter_runsFromDecemberIntoTheNextYear() {
        assertThat(resolve(date("winter", "XXXX-WI", "XXXX-WI"), PAST)).isEqualTo(days("2016-12-01", "2017-02-28"));
    }

    @Test
    void offsets_areGroundedBySuTime() {
        assertThat(resolve(offset("yesterday", "OFFSET P-1D", "2017-04-16"), PAST)).isEqualTo(day("2017-04-16"));
        assertThat(resolve(offset("last week", "THIS P1W OFFSET P-1W", "2017-W15"), PAST))
                .isEqualTo(days("2017-04-10", "2017-04-16"));
        assertThat(resolve(offset("last month", "THIS P1M OFFSET P-1M", "2017-03"), PAST))
                .isEqualTo(days("2017-03-01", "2017-03-31"));
    }

    @Test
    void aSpanHoldingTheArticleDate_isClippedToTheSideTheEventIsOn() {
        TimeMention thisWeek = offset("this week", "THIS P1W", "2017-W16");
        assertThat(resolve(thisWeek, PAST)).isEqualTo(day("2017-04-17"));
        assertThat(resolve(thisWeek, FUTURE)).isEqualTo(days("2017-04-17", "2017-04-23"));
        TimeMention thisYear = offset("this year", "THIS P1Y", "2017");
        assertThat(resolve(thisYear, PAST)).isEqualTo(days("2017-01-01", "2017-04-17"));
    }

    @Test
    void earlierAndLater_excludeTheArticlesDay() {
        assertThat(resolve(offset("earlier this month", "THIS P1M", "2017-04"), PAST))
                .isEqualTo(days("2017-04-01", "2017-04-16"));
        assertThat(resolve(offset("later this month", "THIS P1M", "2017-04"), FUTURE))
                .isEqualTo(days("2017-04-18", "2017-04-30"));
    }

    @Test
    void absoluteDates_needNoArticleDate() {
        assertThat(DateResolver.resolve(date("April 4, 2017", "2017-04-04", "2017-04-04"), null, PAST))
                .isEqualTo(day("2017-04-04"));
        assertThat(DateResolver.resolve(date("2013", "2013", "2013-XX-XX"), null, PAST))
                .isEqualTo(days("2013-01-01", "2013-12-31"));
    }

    @Test
    void relativeDates_withoutArticleDate_areUnresolved() {
        assertThat(DateResolver.resolve(date("Wednesday", "XXXX-WXX-3", "XXXX-WXX-3"), null, PAST))
                .isSameAs(Unresolved.INSTANCE);
        assertThat(DateResolver.resolve(date("Oct. 31", "XXXX-10-31", "XXXX-10-31"), null, PAST))
                .isSameAs(Unresolved.INSTANCE);
        assertThat(DateResolver.resolve(offset("yesterday", "OFFSET P-1D", "2017-04-16"), null, PAST))
                .isSameAs(Unresolved.INSTANCE);
    }

    @Test
    void durationsSetsVagueTimesAndTimesOfDay_areNoDates() {
        assertThat(resolve(new TimeMention(0, 2, "three days", "DURATION", "P3D", "P3D", null), PAST))
                .isSameAs(NotADate.INSTANCE);
        assertThat(resolve(new TimeMention(0, 2, "every Monday", "SET", "XXXX-WXX-1", "XXXX-WXX-1", null), PAST))
                .isSameAs(NotADate.INSTANCE);
        assertThat(resolve(date("recently", "PAST_REF", "PAST_REF"), PAST)).isSameAs(NotADate.INSTANCE);
        assertThat(resolve(new TimeMention(0, 2, "3 p.m.", "TIME", "T15:00", "T15:00", null), PAST))
                .isSameAs(NotADate.INSTANCE);
    }

    @Test
    void timexValues_parseToTheirDays() {
        assertThat(DateResolver.parse("2017-W15-3")).isEqualTo(day("2017-04-12"));
        assertThat(DateResolver.parse("2017-W15-WE")).isEqualTo(days("2017-04-15", "2017-04-16"));
        assertThat(DateResolver.parse("2017-Q2")).isEqualTo(days("2017-04-01", "2017-06-30"));
        assertThat(DateResolver.parse("2017-H2")).isEqualTo(days("2017-07-01", "2017-12-31"));
        assertThat(DateResolver.parse("201X")).isEqualTo(days("2010-01-01", "2019-12-31"));
        assertThat(DateResolver.parse("2017-04-12TNI")).isEqualTo(day("2017-04-12"));
        assertThat(DateResolver.parse("2020-W53")).isEqualTo(days("2020-12-28", "2021-01-03"));
        assertThat(DateResolver.parse("2017-W53")).isNull();
        assertThat(DateResolver.parse("2017-02-30")).isNull();
        assertThat(DateResolver.parse("PAST_REF")).isNull();
    }
}
