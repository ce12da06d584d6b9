package org.annalist.geo;

import java.util.List;
import java.util.Objects;

import org.annalist.model.ActorMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Event;

/**
 * The locating stage: gives each coded event the place where it happened. Thread-safe.
 *
 * <p>The bundled locator tries, in order: a place in the event's own phrase ("vetoed ... in New York", "talks in
 * Moscow", "an attack in Khan Sheikhoun"), method "event-phrase"; another place in the sentence, method
 * "sentence"; the country the article is about, method "article-focus"; else no location. Places used as actors
 * ("Moscow said", "Russia vetoed") are not where anything happened unless they stand in a locative phrase.
 */
@FunctionalInterface
public interface EventLocator {

    /**
     * The events, in the same order, each with its {@code location} set (or {@code null} when nothing says where).
     *
     * @param mentions the article's resolved actor mentions, which tell places used as actors from settings
     */
    List<Event> locate(AnnotatedArticle article, List<ActorMention> mentions, List<Event> events);

    /**
     * The process-wide locator over the bundled gazetteer. The gazetteer takes about a second and 50 MB of heap
     * to load, so it is loaded once, on the first article with events, and shared by every pipeline and thread.
     */
    static EventLocator shared() {
        return PhraseEventLocator.SHARED;
    }

    /** A locator that finds and resolves places with this resolver. */
    static EventLocator using(PlaceResolver resolver) {
        Objects.requireNonNull(resolver, "resolver");
        return new PhraseEventLocator(() -> resolver);
    }
}
