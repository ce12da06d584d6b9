package org.annalist.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises dateline lines ("Monday, 17 Apr, 2017", "April 17, 2017", "2017-04-17") and parses their date.
 *
 * <p>A line is a dateline only when it holds nothing but an optional weekday and one date, so that a
 * sentence which merely starts with a weekday or a month ("Monday's talks failed", "May 2017 saw ...")
 * stays part of the text.
 */
final class Datelines {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    // Longer alternatives first, so that "sept" is not cut to "sep" followed by a stray "t".
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?";
    private static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|tues|thurs|thur|mon|tue|wed|thu|fri|sat|sun)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4})";
    /** A comma, spaces, or both. */
    private static final String SEP = "(?:\\s*,\\s*|\\s+)";
    private static final String WEEKDAY_PREFIX = "(?:" + WEEKDAY + SEP + ")?";

    /** "17 April 2017", "Monday, 17 Apr, 2017". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            WEEKDAY_PREFIX + DAY + "\\s+" + MONTH + SEP + YEAR + "\\.?", Pattern.CASE_INSENSITIVE);
    /** "April 17, 2017", "Apr. 17 2017", "Monday, April 17th, 2017". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            WEEKDAY_PREFIX + MONTH + "\\s+" + DAY + SEP + YEAR + "\\.?", Pattern.CASE_INSENSITIVE);
    /** "2017-04-17", "Monday, 2017-04-17". */
    private static final Pattern ISO = Pattern.compile(
            WEEKDAY_PREFIX + "(\\d{4})-(\\d{2})-(\\d{2})", Pattern.CASE_INSENSITIVE);

    private Datelines() {
    }

    /**
     * The date of a dateline line.
     *
     * @return the date, or empty when the line is not a dateline
     * @throws DateTimeException when the line is shaped like a dateline but names no real day ("April 31, 2017")
     */
    static Optional<LocalDate> parse(String line) {
        String s = line.strip().replaceAll("\\s+", " ");
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return Optional.of(date(m.group(1), m.group(2), m.group(3)));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return Optional.of(date(m.group(3), month(m.group(2)), m.group(1)));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return Optional.of(date(m.group(3), month(m.group(1)), m.group(2)));
        }
        return Optional.empty();
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static LocalDate date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }
}
