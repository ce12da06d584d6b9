package org.annalist.events;

import org.annalist.model.ActorMention;
import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Event;

import java.util.List;

/**
 * The event stage: reads each sentence's dependency parse and its resolved actors, and codes events.
 * Implementations are thread-safe.
 */
public interface EventCoder {
    List<Event> code(AnnotatedArticle article, List<ActorMention> mentions);
}
