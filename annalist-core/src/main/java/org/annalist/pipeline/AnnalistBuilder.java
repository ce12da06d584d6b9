package org.annalist.pipeline;

import org.annalist.actors.ActorDictionary;
import org.annalist.actors.ActorResolver;
import org.annalist.actors.DictionaryActorResolver;
import org.annalist.events.DependencyEventCoder;
import org.annalist.events.EventCoder;
import org.annalist.events.PatternDictionary;
import org.annalist.geo.EventLocator;
import org.annalist.nlp.Annotator;
import org.annalist.nlp.CoreNlpAnnotator;
import org.annalist.ontology.Cameo;
import org.annalist.time.EventDater;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Assembles an {@link Annalist} from the bundled stages, with the options a user may set. */
public final class AnnalistBuilder {
    private Annotator annotator;
    private EventDater dater;
    private EventLocator locator;
    private final List<Path> actorFiles = new ArrayList<>();
    private boolean statements;

    private AnnalistBuilder() {
    }

    public static AnnalistBuilder defaults() {
        return new AnnalistBuilder();
    }

    /** Uses this annotator instead of loading CoreNLP (tests share one; Spark executors keep one per JVM). */
    public AnnalistBuilder annotator(Annotator annotator) {
        this.annotator = annotator;
        return this;
    }

    /** Uses this dater instead of the shared SUTime one ({@code (article, events) -> events} keeps the coder's dates). */
    public AnnalistBuilder dater(EventDater dater) {
        this.dater = dater;
        return this;
    }

    /**
     * Uses this locator instead of the shared one over the bundled gazetteer ({@code (article, mentions, events)
     * -> events} leaves events without a location).
     */
    public AnnalistBuilder locator(EventLocator locator) {
        this.locator = locator;
        return this;
    }

    /** Adds a user's actor file; later files override earlier entries. */
    public AnnalistBuilder actorFile(Path file) {
        actorFiles.add(file);
        return this;
    }

    /** Keeps public statements (CAMEO 01x), which PLOVER does not count as events. */
    public AnnalistBuilder statements(boolean statements) {
        this.statements = statements;
        return this;
    }

    /**
     * Loads the dictionaries (validating them) and, unless given, the NLP models and SUTime's rules; the gazetteer
     * loads on first use.
     */
    public Annalist build() {
        ActorDictionary dictionary;
        if (actorFiles.isEmpty()) {
            dictionary = ActorDictionary.bundled();
        } else {
            ActorDictionary.Builder builder = new ActorDictionary.Builder().addBundled();
            actorFiles.forEach(builder::addUserFile);
            dictionary = builder.build();
        }
        ActorResolver actors = new DictionaryActorResolver(dictionary);
        EventCoder coder = new DependencyEventCoder(PatternDictionary.bundled(), Cameo.bundled(), statements);
        return new Annalist(annotator != null ? annotator : CoreNlpAnnotator.shared(), actors, coder,
                dater != null ? dater : EventDater.shared(), locator != null ? locator : EventLocator.shared());
    }
}
