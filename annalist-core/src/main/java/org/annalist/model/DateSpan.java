package org.annalist.model;

import java.util.Objects;

/**
 * The days an event falls within when the text names only a span ("last week", "in March", "in 2013").
 *
 * @param start first day, ISO YYYY-MM-DD
 * @param end   last day, inclusive, ISO YYYY-MM-DD
 */
public record DateSpan(String start, String end) {
    public DateSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
