package org.annalist.actors;

import org.annalist.model.ActorMention;
import org.annalist.model.AnnotatedArticle;

import java.util.List;

/**
 * The actor stage: finds who is mentioned in each sentence and resolves them to codes and sectors as of the
 * article's date. Implementations are thread-safe.
 */
public interface ActorResolver {
    /** Every actor mention of the article, in sentence and token order. */
    List<ActorMention> resolve(AnnotatedArticle article);
}
