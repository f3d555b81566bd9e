package org.newsgraph.store;

import java.util.Collection;

/**
 * Where article graphs go: a local {@link NewsStore} or a running server ({@link RemoteStore}).
 * Each article's graph replaces whatever that graph held before, so sending an article twice never
 * duplicates it, and readers see an article either whole or not at all.
 */
public interface GraphSink {
    /**
     * Replaces the named graphs of a batch of articles.
     *
     * @param batch the article graphs; each graph's quads replace that graph's contents
     * @return the number of quads written
     * @throws org.newsgraph.NewsGraphException when the graphs cannot be written
     */
    long replace(Collection<ArticleGraph> batch);

    /** A short description for messages, e.g. the store folder or the server URL. */
    String describe();
}
