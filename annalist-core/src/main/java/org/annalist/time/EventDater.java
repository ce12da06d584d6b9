package org.annalist.time;

import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Event;

import java.util.List;

/**
 * The dating stage: gives each coded event the date its own sentence names ("on Wednesday", "last week"),
 * resolved against the article's date; an event told again in the article without a date of its own, the date
 * of the telling that has one ({@code date_source} "coreference"); otherwise the article's date. Thread-safe.
 */
@FunctionalInterface
public interface EventDater {

    /** The events, in the same order, each with {@code date}, {@code dateSource} and {@code dateSpan} set. */
    List<Event> date(AnnotatedArticle article, List<Event> events);

    /**
     * The process-wide SUTime dater. SUTime's rules take a second and tens of MB to load, so they are
     * loaded once, on the first call, and shared by every pipeline and thread.
     */
    static EventDater shared() {
        return SuTimeDater.shared();
    }
}
