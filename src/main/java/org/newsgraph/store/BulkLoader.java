package org.newsgraph.store;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.NewsGraphException;

/**
 * Fills a new or empty store with Jena's TDB2 bulk loader instead of transactions: the fast way to
 * load a large archive once. Nothing is visible until {@link #finish()}; closing without finishing
 * abandons the load. Unlike {@link NewsStore#replace}, an article added twice is merged (its quads are
 * a set), not replaced. Use from one thread; open no other transaction on the store meanwhile.
 */
public final class BulkLoader implements AutoCloseable {
    private final DataLoader loader;
    private final StreamRDF stream;
    private long quads;
    private boolean open;

    private BulkLoader(NewsStore store) {
        this.loader = LoaderFactory.phasedLoader(store.dataset(), MonitorOutputs.nullOutput());
        loader.startBulk();
        this.stream = loader.stream();
        stream.start();
        this.open = true;
    }

    /**
     * Starts a bulk load.
     *
     * @throws NewsGraphException when the store already holds data: the bulk loader is only for a new
     *                            or empty store
     */
    public static BulkLoader start(NewsStore store) {
        Objects.requireNonNull(store, "store");
        if (!store.isEmpty()) {
            throw new NewsGraphException("the store " + store.dir() + " is not empty (" + store.quadCount()
                    + " triples): bulk loading is only for a new or empty store. Ingest without --bulk to add"
                    + " articles to it, or bulk-load into a new store folder.");
        }
        return new BulkLoader(store);
    }

    /** Adds an article's graph; returns the number of quads sent. */
    public long add(ArticleGraph g) {
        if (!open) {
            throw new IllegalStateException("bulk load already finished or abandoned");
        }
        Node graph = NodeFactory.createURI(g.graphIri());
        for (Quad q : g.quads()) {
            stream.quad(new Quad(graph, q.getSubject(), q.getPredicate(), q.getObject()));
        }
        quads += g.quads().size();
        return g.quads().size();
    }

    /** Quads sent so far. */
    public long quads() {
        return quads;
    }

    /** Builds the indexes and makes the data durable and visible. */
    public void finish() {
        if (!open) {
            throw new IllegalStateException("bulk load already finished or abandoned");
        }
        open = false;
        stream.finish();
        loader.finishBulk();
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            loader.finishException(new NewsGraphException("bulk load abandoned"));
        }
    }
}
