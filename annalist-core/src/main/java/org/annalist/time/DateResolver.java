package org.annalist.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a time mention into the days it names, against the article's date and the way the event points in
 * time. SUTime resolves a bare weekday or a date without a year to the closest such day, before or after
 * the reference date; news means the last one: an article of Monday 17 April that says "on Wednesday" means
 * 12 April unless the event is still to come. So those are resolved here; offsets ("yesterday", "last week",
 * "two days ago") are left to SUTime, which gets them right.
 */
final class DateResolver {
    /** Which way a weekday or a date without a year points: back from the article date, or forward. */
    enum Direction { PAST, FUTURE }

    /** What a mention names: days, nothing that can be known without an article date, or no date at all. */
    sealed interface Result permits Days, Unresolved, NotADate {
    }

    /** The first and last day (inclusive) named; the same day when the text names a single day. */
    record Days(LocalDate start, LocalDate end) implements Result {
        boolean isSingleDay() {
            return start.equals(end);
        }
    }

    /** A relative expression ("on Wednesday", "last week") in an article with no date. */
    enum Unresolved implements Result { INSTANCE }

    /** A duration, a set ("every Monday"), a vague time ("recently") or a time of day without a date. */
    enum NotADate implements Result { INSTANCE }

    // SUTime's notation for a weekday: bare or with "this", a part of the day ("Wednesday night": TNI or
    // INTERSECT NI), and "last"/"next" as a week's offset.
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:THIS )?XXXX-WXX-([1-7])(?:T[A-Z0-9:.]*)?(?: OFFSET P(-?)1W)?(?: INTERSECT [A-Z0-9:]+)?");
    private static final Pattern WEEKEND_NEAR = Pattern.compile("(?:THIS )?XXXX-WE(?:T[A-Z0-9:.]*)?|THIS WE");
    private static final Pattern NO_YEAR_DAY = Pattern.compile("XXXX-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern NO_YEAR_MONTH = Pattern.compile("XXXX-(\\d{2})(?:T.*)?");
    private static final Pattern NO_YEAR_SEASON = Pattern.compile("XXXX-(SP|SU|FA|WI)(?:T.*)?");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:T.*)?");
    private static final Pattern WEEK_DAY = Pattern.compile("(\\d{4})-W(\\d{2})-([1-7])(?:T.*)?");
    private static final Pattern WEEKEND = Pattern.compile("(\\d{4})-W(\\d{2})-WE(?:T.*)?");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})(?:T.*)?");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)(?:T.*)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:T.*)?");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
    /** How far back or forward a date without a year may be looked for (29 February needs up to 8 years). */
    private static final int YEARS_TO_TRY = 8;

    private DateResolver() {
    }

    static boolean isDateLike(TimeMention m) {
        return "DATE".equals(m.type()) || "TIME".equals(m.type());
    }

    /**
     * @param article   the article's date, or {@code null} when unknown: then only absolute dates resolve
     * @param direction past unless the event is still to come; chooses the weekday or the year a date
     *                  without one falls in, and clips a span that holds the article date to the side it is on
     */
    static Result resolve(TimeMention m, LocalDate article, Direction direction) {
        if (!isDateLike(m)) {
            return NotADate.INSTANCE;
        }
        Days days;
        Matcher weekday = WEEKDAY.matcher(m.form() == null ? "" : m.form());
        Days absolute = m.value() == null ? null : parse(m.value());
        if (weekday.matches()) {
            if (article == null) {
                return Unresolved.INSTANCE;
            }
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(weekday.group(1)));
            days = single(weekdayNear(day, weekday.group(2), article, direction));
        } else if (m.form() != null && WEEKEND_NEAR.matcher(m.form()).matches()) {
            if (article == null) {
                return Unresolved.INSTANCE;
            }
            // "over the weekend": the last one, or for a future event the next; SUTime takes this week's.
            LocalDate sunday = direction == Direction.PAST
                    ? article.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)).plusDays(1)
                    : article.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            days = new Days(sunday.minusDays(1), sunday);
        } else if (absolute != null) {
            days = absolute;
        } else if (m.value() != null && isWithoutYear(m.value())) {
            if (article == null) {
                return Unresolved.INSTANCE;
            }
            days = withoutYear(m.value(), article, direction);
        } else if (m.value() == null && m.relative() != null) {
            if (article == null) {
                return Unresolved.INSTANCE;
            }
            String grounded = m.relative().apply(article);
            days = grounded == null ? null : parse(grounded);
        } else {
            days = null; // PAST_REF ("recently"), PRESENT_REF ("now"), a time of day alone ("at 3 p.m.")
        }
        if (days == null) {
            return NotADate.INSTANCE;
        }
        return article == null ? days : clip(days, m.text(), article, direction);
    }

    /**
     * "last Wednesday" is the one before the article date, "next Wednesday" the one after; a bare
     * "Wednesday" may be the article's own day (agencies write "on Monday" for the day they report).
     */
    private static LocalDate weekdayNear(DayOfWeek day, String offsetSign, LocalDate article, Direction direction) {
        if (offsetSign == null) {
            return article.with(direction == Direction.PAST ? TemporalAdjusters.previousOrSame(day)
                    : TemporalAdjusters.nextOrSame(day));
        }
        return article.with(offsetSign.equals("-") ? TemporalAdjusters.previous(day) : TemporalAdjusters.next(day));
    }

    private static boolean isWithoutYear(String value) {
        return NO_YEAR_DAY.matcher(value).matches() || NO_YEAR_MONTH.matcher(value).matches()
                || NO_YEAR_SEASON.matcher(value).matches();
    }

    /** "on Oct. 31", "in March", "in the spring": the last one that began by the article date, or the next. */
    private static Days withoutYear(String value, LocalDate article, Direction direction) {
        int step = direction == Direction.PAST ? -1 : 1;
        for (int i = 0; i < YEARS_TO_TRY; i++) {
            int year = article.getYear() + i * step;
            Days candidate;
            try {
                candidate = inYear(value, year);
            } catch (DateTimeException e) {
                continue; // 29 February in a common year
            }
            if (candidate == null) {
                return null;
            }
            boolean fits = direction == Direction.PAST ? !candidate.start().isAfter(article)
                    : !candidate.end().isBefore(article);
            if (fits) {
                return candidate;
            }
        }
        return null;
    }

    private static Days inYear(String value, int year) {
        Matcher m = NO_YEAR_DAY.matcher(value);
        if (m.matches()) {
            return single(LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = NO_YEAR_MONTH.matcher(value);
        if (m.matches()) {
            return month(year, Integer.parseInt(m.group(1)));
        }
        m = NO_YEAR_SEASON.matcher(value);
        return m.matches() ? season(year, m.group(1)) : null;
    }

    /** The days of a grounded TIMEX3 value ("2017-04-12", "2017-W15", "2017-04", "2013", "201X"), or null. */
    static Days parse(String value) {
        try {
            Matcher m = DAY.matcher(value);
            if (m.matches()) {
                return single(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = WEEK_DAY.matcher(value);
            if (m.matches()) {
                return single(isoWeekMonday(num(m, 1), num(m, 2)).plusDays(num(m, 3) - 1L));
            }
            m = WEEKEND.matcher(value);
            if (m.matches()) {
                LocalDate saturday = isoWeekMonday(num(m, 1), num(m, 2)).plusDays(5);
                return new Days(saturday, saturday.plusDays(1));
            }
            m = WEEK.matcher(value);
            if (m.matches()) {
                LocalDate monday = isoWeekMonday(num(m, 1), num(m, 2));
                return new Days(monday, monday.plusDays(6));
            }
            m = MONTH.matcher(value);
            if (m.matches()) {
                return month(num(m, 1), num(m, 2));
            }
            m = QUARTER.matcher(value);
            if (m.matches()) {
                LocalDate start = LocalDate.of(num(m, 1), 3 * num(m, 2) - 2, 1);
                return new Days(start, start.plusMonths(3).minusDays(1));
            }
            m = HALF.matcher(value);
            if (m.matches()) {
                LocalDate start = LocalDate.of(num(m, 1), 6 * num(m, 2) - 5, 1);
                return new Days(start, start.plusMonths(6).minusDays(1));
            }
            m = SEASON.matcher(value);
            if (m.matches()) {
                return season(num(m, 1), m.group(2));
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                return new Days(LocalDate.of(num(m, 1), 1, 1), LocalDate.of(num(m, 1), 12, 31));
            }
            m = DECADE.matcher(value);
            if (m.matches()) {
                int first = num(m, 1) * 10;
                return new Days(LocalDate.of(first, 1, 1), LocalDate.of(first + 9, 12, 31));
            }
        } catch (DateTimeException e) {
            return null; // "2017-02-30", week 53 of a 52-week year: not a date
        }
        return null;
    }

    /**
     * A span that holds the article date is cut at it: an event told in the past happened by the article's
     * day ("this week" on a Monday is that Monday), one still to come from it on. "earlier this month" ends
     * the day before the article date and "later this month" starts the day after.
     */
    private static Days clip(Days days, String text, LocalDate article, Direction direction) {
        if (days.isSingleDay() || article.isBefore(days.start()) || article.isAfter(days.end())) {
            return days;
        }
        String first = text.strip().split("\\s+", 2)[0].toLowerCase();
        if (first.equals("earlier") && article.isAfter(days.start())) {
            return new Days(days.start(), article.minusDays(1));
        }
        if (first.equals("later") && article.isBefore(days.end())) {
            return new Days(article.plusDays(1), days.end());
        }
        return direction == Direction.PAST ? new Days(days.start(), article) : new Days(article, days.end());
    }

    private static Days single(LocalDate day) {
        return new Days(day, day);
    }

    private static Days month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Days(ym.atDay(1), ym.atEndOfMonth());
    }

    /** Meteorological seasons of the northern hemisphere; winter runs from December into the next year. */
    private static Days season(int year, String code) {
        return switch (code) {
            case "SP" -> new Days(LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31));
            case "SU" -> new Days(LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31));
            case "FA" -> new Days(LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30));
            default -> new Days(LocalDate.of(year, 12, 1), YearMonth.of(year + 1, 2).atEndOfMonth());
        };
    }

    /** Monday of ISO week {@code week}: the week numbering SUTime uses ("last week" is Monday to Sunday). */
    private static LocalDate isoWeekMonday(int weekYear, int week) {
        LocalDate inWeekOne = LocalDate.of(weekYear, 1, 4);
        if (week < 1 || week > inWeekOne.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new DateTimeException("no week " + week + " in " + weekYear);
        }
        return inWeekOne.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
