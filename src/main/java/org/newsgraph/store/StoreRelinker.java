package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.link.Linker;
import org.newsgraph.rdf.Relinker;

/**
 * Relinks every article graph of a store with a {@link Linker} ({@link Relinker} for one graph), a
 * batch of articles per write transaction: a crash loses at most the batch in flight, and a re-run
 * finishes the job. Graphs whose triples do not change are not written. An article that fails is
 * reported to the listener and left as it was; the others go on. Use from one thread.
 */
public final class StoreRelinker {
    private final NewsStore store;
    private final Relinker relinker;
    private final int batchSize;
    private final IngestListener listener;

    private StoreRelinker(Builder b) {
        this.store = b.store;
        this.relinker = new Relinker(b.linker);
        this.batchSize = b.batchSize;
        this.listener = b.listener;
    }

    /** A builder; store and linker are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Relinks every article graph of the store. */
    public RelinkSummary run() {
        long t0 = System.nanoTime();
        DatasetGraph dsg = store.dataset();
        List<Node> graphs = Txn.calculateRead(dsg, () -> {
            List<Node> all = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(all::add);
            return all;
        });
        RelinkSummary.Counter count = new RelinkSummary.Counter();
        for (int from = 0; from < graphs.size(); from += batchSize) {
            List<Node> batch = graphs.subList(from, Math.min(graphs.size(), from + batchSize));
            long written = relink(batch, count);
            listener.committed(batch.size(), written);
        }
        return count.summary((System.nanoTime() - t0) / 1e9);
    }

    /** Relinks a batch of graphs in one write transaction; returns the number of quads written. */
    private long relink(List<Node> batch, RelinkSummary.Counter count) {
        try (NewsStore.Batch b = store.batch()) {
            long quads = 0;
            for (Node graph : batch) {
                quads += relink(graph, b, count);
            }
            b.commit();
            return quads;
        }
    }

    private long relink(Node graph, NewsStore.Batch b, RelinkSummary.Counter count) {
        Relinker.Result r;
        try {
            r = relinker.relink(graph, store.dataset().getGraph(graph));
        } catch (RuntimeException e) {
            ArticleProblem p = new ArticleProblem(graph.getURI(), 0, "cannot relink: " + e);
            count.failed(p);
            listener.problem(p);
            return 0;
        }
        count.add(r);
        listener.processed(graph.getURI());
        if (!r.changed()) {
            return 0;
        }
        List<Quad> quads = new ArrayList<>(r.triples().size());
        for (Triple t : r.triples()) {
            quads.add(Quad.create(graph, t));
        }
        return b.replace(new ArticleGraph(graph.getURI(), quads));
    }

    /** Builds a {@link StoreRelinker}. */
    public static final class Builder {
        private NewsStore store;
        private Linker linker;
        private int batchSize = 200;
        private IngestListener listener = IngestListener.NONE;

        private Builder() {
        }

        /** The store to relink (required). */
        public Builder store(NewsStore s) {
            this.store = Objects.requireNonNull(s, "store");
            return this;
        }

        /** The linker (required); {@link Linker#NONE} removes every link. */
        public Builder linker(Linker l) {
            this.linker = Objects.requireNonNull(l, "linker");
            return this;
        }

        /**
         * Articles per write transaction (default 200).
         *
         * @throws IllegalArgumentException if not positive
         */
        public Builder batchSize(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("batch size must be at least 1: " + n);
            }
            this.batchSize = n;
            return this;
        }

        /** Hears of articles relinked, problems and commits (default: none). */
        public Builder listener(IngestListener l) {
            this.listener = Objects.requireNonNull(l, "listener");
            return this;
        }

        /** @throws IllegalStateException when the store or the linker is missing */
        public StoreRelinker build() {
            List<String> missing = new ArrayList<>();
            if (store == null) {
                missing.add("store");
            }
            if (linker == null) {
                missing.add("linker");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("StoreRelinker needs " + String.join(" and ", missing));
            }
            return new StoreRelinker(this);
        }
    }
}
