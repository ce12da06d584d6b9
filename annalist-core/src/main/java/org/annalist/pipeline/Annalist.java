package org.annalist.pipeline;

import org.annalist.actors.ActorResolver;
import org.annalist.events.EventCoder;
import org.annalist.geo.EventLocator;
import org.annalist.model.ActorMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.nlp.Annotator;
import org.annalist.time.EventDater;
import org.annalist.time.History;

import java.util.List;
import java.util.Objects;

/**
 * The coder, stage by stage: annotate the text, resolve the actors, code the events, date them (leaving out
 * background the text dates years back), locate them. Each
 * stage is an interface, so a user can swap one. Thread-safe when its stages are (the bundled ones are).
 *
 * <pre>{@code
 * Annalist annalist = AnnalistBuilder.defaults().build();
 * List<Event> events = annalist.code(article);
 * }</pre>
 */
public final class Annalist {
    private final Annotator annotator;
    private final ActorResolver actors;
    private final EventCoder coder;
    private final EventDater dater;
    private final EventLocator locator;

    public Annalist(Annotator annotator, ActorResolver actors, EventCoder coder, EventDater dater,
                    EventLocator locator) {
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.dater = Objects.requireNonNull(dater, "dater");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    /** The four earlier stages with the shared locator, whose gazetteer loads on first use. */
    public Annalist(Annotator annotator, ActorResolver actors, EventCoder coder, EventDater dater) {
        this(annotator, actors, coder, dater, EventLocator.shared());
    }

    /** The three earlier stages with the shared SUTime dater and locator, which load on first use. */
    public Annalist(Annotator annotator, ActorResolver actors, EventCoder coder) {
        this(annotator, actors, coder, EventDater.shared());
    }

    /** Reads an article all the way to its events. */
    public List<Event> code(Article article) {
        return analyse(article).events();
    }

    /** The article with what every stage found, for tools that show their working. */
    public Analysis analyse(Article article) {
        AnnotatedArticle annotated = annotator.annotate(article);
        List<ActorMention> mentions = actors.resolve(annotated);
        List<Event> dated = History.withoutBackground(article.date(),
                dater.date(annotated, coder.code(annotated, mentions)));
        List<Event> events = locator.locate(annotated, mentions, dated);
        return new Analysis(annotated, mentions, events);
    }

    /** What the stages found in one article. */
    public record Analysis(AnnotatedArticle article, List<ActorMention> mentions, List<Event> events) {
    }

    public Annotator annotator() {
        return annotator;
    }

    public ActorResolver actors() {
        return actors;
    }

    public EventCoder coder() {
        return coder;
    }

    public EventDater dater() {
        return dater;
    }

    public EventLocator locator() {
        return locator;
    }
}
