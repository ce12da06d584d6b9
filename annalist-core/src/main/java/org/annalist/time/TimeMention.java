package org.annalist.time;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * A time expression found in a sentence, as SUTime read it before any reference date was applied.
 *
 * @param begin    first token
 * @param end      one past the last token
 * @param text     the words
 * @param type     TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value    TIMEX3 value with unknown parts as X ("XXXX-10-31", "XXXX-WXX-3", "2013"), or {@code null} for
 *                 an offset from the reference date ("yesterday", "last week")
 * @param form     SUTime's own notation of the expression ("THIS P1W OFFSET P-1W"), which keeps what the
 *                 TIMEX3 value loses, such as the offset in "last Wednesday"
 * @param relative grounds the expression on a reference date and returns its TIMEX3 value, or {@code null}
 */
record TimeMention(int begin, int end, String text, String type, String value, String form,
                   Function<LocalDate, String> relative) {
}
