package org.annalist.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.annalist.model.ActorMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Event;

/**
 * The bundled {@link EventLocator}: reads the article's places once ({@link ArticlePlaces}), then places each event
 * from its own phrase, its sentence or the article's focus. Thread-safe: it keeps nothing between articles but
 * the resolver, which is immutable.
 */
final class PhraseEventLocator implements EventLocator {
    static final PhraseEventLocator SHARED = new PhraseEventLocator(PlaceResolver::create);

    private final Supplier<PlaceResolver> factory;
    private volatile PlaceResolver resolver;

    /** @param factory the resolver, asked for on the first article with events (the bundled one loads then) */
    PhraseEventLocator(Supplier<PlaceResolver> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public List<Event> locate(AnnotatedArticle article, List<ActorMention> mentions, List<Event> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        ArticlePlaces places = ArticlePlaces.read(resolver(), article, mentions);
        List<Event> out = new ArrayList<>(events.size());
        for (Event event : events) {
            out.add(event.withLocation(places.locate(event)));
        }
        return List.copyOf(out);
    }

    private PlaceResolver resolver() {
        PlaceResolver r = resolver;
        if (r == null) {
            synchronized (this) {
                r = resolver;
                if (r == null) {
                    r = Objects.requireNonNull(factory.get(), "the resolver factory gave null");
                    resolver = r;
                }
            }
        }
        return r;
    }
}
