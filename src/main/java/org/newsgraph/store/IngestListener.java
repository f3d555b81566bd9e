package org.newsgraph.store;

import org.newsgraph.article.ArticleProblem;

/** Hears of an ingest's progress; methods are called from the ingesting thread. */
public interface IngestListener {
    /** Silence. */
    IngestListener NONE = new IngestListener() {
    };

    /** An article was processed (not yet committed). */
    default void processed(String source) {
    }

    /** An input failed. */
    default void problem(ArticleProblem problem) {
    }

    /** A batch was committed. */
    default void committed(long articles, long quads) {
    }

    /** The store is being compacted after a run that wrote {@code quads} quads. */
    default void compacting(long quads) {
    }
}
