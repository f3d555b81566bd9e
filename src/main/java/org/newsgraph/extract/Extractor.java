package org.newsgraph.extract;

import org.newsgraph.article.Article;
import org.newsgraph.nlp.AnnotatedText;

/**
 * Turns one annotated article into facts. Implementations hold only immutable, shared data (word
 * lists, gazetteers) and are thread-safe.
 */
public interface Extractor {
    /** Extracts the facts of one article whose text has been annotated. */
    Extraction extract(Article article, AnnotatedText text);
}
