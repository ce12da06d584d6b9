package org.annalist.nlp;

import org.annalist.model.AnnotatedArticle;
import org.annalist.model.Article;

/**
 * The NLP stage: splits an article into sentences and annotates tokens (POS, lemma, NER) and dependencies.
 * Implementations are thread-safe: one instance serves every worker thread.
 */
public interface Annotator {
    AnnotatedArticle annotate(Article article);
}
