package org.newsgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.newsgraph.NewsGraphException;

/**
 * A NewsGraph store: a TDB2 database whose default graph, for queries, is the union of the article
 * graphs. Thread-safe (TDB2 transactions); one process at a time.
 */
public final class NewsStore implements GraphSink, AutoCloseable {
    /**
     * TDB2's defaults without its cache of nodes known to be absent. A reader whose transaction began
     * before a write, looking up a node that write added, records it as absent once the write has
     * committed; later readers then miss that node's data (a whole article graph, or its marker) until
     * the entry is evicted. The cache only speeds up lookups of missing nodes, so it is switched off.
     */
    static final StoreParams STORE_PARAMS = StoreParamsBuilder.create(StoreParams.getDftStoreParams())
            .nodeMissCacheSize(0).build();

    private final Path dir;
    private final DatasetGraph dsg;

    private NewsStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /**
     * Opens (creating if needed) the store in a folder.
     *
     * @throws StoreInUseException when another process holds it
     * @throws NewsGraphException  when the folder cannot be used
     */
    public static NewsStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new NewsGraphException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg;
        try {
            dsg = connect(dir);
        } catch (RuntimeException e) {
            Optional<String> holder = lockHolder(dir);
            if (holder.isPresent()) {
                throw new StoreInUseException("the store " + dir + " is in use by " + holder.get()
                        + ". TDB2 allows one process per store: stop that process (a running 'newsgraph serve'?)"
                        + " and try again, or add articles through the running server with 'ingest --server URL'.", e);
            }
            throw new NewsGraphException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new NewsStore(dir, dsg);
    }

    /**
     * Connects to the database, first dropping a journal entry cut short by a kill. TDB2 writes a commit to its
     * journal, commit record last, syncs it, applies it and then empties the journal; so the journal only ever
     * holds the transaction being committed, and an entry cut at the journal's end means its commit record was
     * never written. TDB2's recovery stops with an error on such an entry instead of ignoring the unfinished
     * commit; emptying the journal gives the store as it was before that commit, which is what recovery keeps.
     */
    private static DatasetGraph connect(Path dir) {
        try {
            return DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), STORE_PARAMS);
        } catch (RuntimeException e) {
            Optional<Path> journal = cutJournal(dir, e);
            if (journal.isEmpty() || lockHolder(dir).isPresent()) {
                throw e;
            }
            try {
                Files.write(journal.get(), new byte[0]);
            } catch (IOException io) {
                e.addSuppressed(io);
                throw e;
            }
            // the failed attempt left the store's files open and its process locks taken; give them back first
            org.apache.jena.dboe.base.file.ChannelManager.releaseAll(Location.create(dir.toString()).getDirectoryPath());
            for (Path lock : List.of(dir.resolve("tdb.lock"), journal.get().resolveSibling("tdb.lock"))) {
                org.apache.jena.dboe.base.file.ProcessFileLock held =
                        org.apache.jena.dboe.base.file.ProcessFileLock.create(lock.toString());
                if (held.isLockedHere()) {
                    org.apache.jena.dboe.base.file.ProcessFileLock.release(held);
                }
            }
            return DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), STORE_PARAMS);
        }
    }

    /** The journal of the store's current data folder when {@code e} is TDB2 failing to read a cut journal entry. */
    private static Optional<Path> cutJournal(Path dir, Throwable e) {
        boolean cut = false;
        for (Throwable t = e; t != null && !cut; t = t.getCause()) {
            cut = t instanceof org.apache.jena.dboe.transaction.txn.TransactionException && t.getMessage() != null
                    && (t.getMessage().startsWith("Failed to read the journal entry") // header whole, data cut
                            || t.getMessage().startsWith("Partial read of journal")); // header cut
        }
        if (!cut) {
            return Optional.empty();
        }
        try (var data = Files.list(dir)) {
            return data.filter(d -> d.getFileName().toString().startsWith("Data-") && Files.isDirectory(d)).sorted()
                    .reduce((x, y) -> y).map(d -> d.resolve("journal.jrnl")).filter(Files::isRegularFile);
        } catch (IOException io) {
            return Optional.empty();
        }
    }

    /** Which other live process holds the store's lock, if one does. */
    static Optional<String> lockHolder(Path dir) {
        Path lock = dir.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(lock, StandardCharsets.US_ASCII).strip());
            if (pid == ProcessHandle.current().pid()) {
                // TDB2 shares one connection per store within a process, so a failed open in this process
                // wrote its own pid there: the store is not in use, it failed for another reason
                return Optional.empty();
            }
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> "process " + pid
                    + p.info().commandLine().map(c -> " (" + abbreviate(c) + ")").orElse(""));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    /** The folder of the store. */
    public Path dir() {
        return dir;
    }

    /** The store folder. */
    @Override
    public String describe() {
        return dir.toString();
    }

    /** The underlying dataset, for serving and querying; its default graph is the union of article graphs. */
    public DatasetGraph dataset() {
        return dsg;
    }

    /**
     * Replaces the graphs of a batch of articles in one write transaction: each graph is emptied and
     * refilled, so re-ingesting an article replaces it and never duplicates it. Either the whole batch
     * is written or none of it. The quads go in index by index, each in its index's order (see
     * {@link IndexOrderWriter}), inside that one transaction.
     *
     * @return the number of quads written
     */
    @Override
    public long replace(Collection<ArticleGraph> batch) {
        // An article twice in one batch: its last graph wins, as if written one after the other.
        Map<String, ArticleGraph> last = new LinkedHashMap<>();
        long n = 0;
        for (ArticleGraph g : batch) {
            last.put(g.graphIri(), g);
            n += g.quads().size();
        }
        List<Quad> quads = new ArrayList<>();
        for (ArticleGraph g : last.values()) {
            Node graph = NodeFactory.createURI(g.graphIri());
            for (Quad q : g.quads()) {
                quads.add(new Quad(graph, q.getSubject(), q.getPredicate(), q.getObject()));
            }
        }
        Txn.executeWrite(dsg, () -> {
            for (String iri : last.keySet()) {
                dsg.deleteAny(NodeFactory.createURI(iri), Node.ANY, Node.ANY, Node.ANY);
            }
            IndexOrderWriter.addAll(dsg, quads);
        });
        return n;
    }

    /** Replaces one graph inside the current write transaction. */
    long replaceInTxn(ArticleGraph g) {
        Node graph = NodeFactory.createURI(g.graphIri());
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        long n = 0;
        for (Quad q : g.quads()) {
            dsg.add(new Quad(graph, q.getSubject(), q.getPredicate(), q.getObject()));
            n++;
        }
        return n;
    }

    /**
     * A write transaction spanning many article graphs: nothing is visible to readers, and nothing
     * survives a crash, until {@link Batch#commit()}. Closing without commit aborts. Use from one thread.
     */
    public Batch batch() {
        return new Batch();
    }

    /** See {@link #batch()}. */
    public final class Batch implements AutoCloseable {
        private boolean open;

        private Batch() {
            dsg.begin(org.apache.jena.query.TxnType.WRITE);
            open = true;
        }

        /** Replaces an article's graph; returns the number of quads written. */
        public long replace(ArticleGraph g) {
            if (!open) {
                throw new IllegalStateException("batch already committed or aborted");
            }
            return replaceInTxn(g);
        }

        /** Makes the batch durable and visible. */
        public void commit() {
            if (!open) {
                throw new IllegalStateException("batch already committed or aborted");
            }
            dsg.commit();
            dsg.end();
            open = false;
        }

        @Override
        public void close() {
            if (open) {
                dsg.abort();
                dsg.end();
                open = false;
            }
        }
    }

    /** Removes the graphs of the given articles in one transaction; returns how many existed. */
    public int remove(List<String> graphIris) {
        return Txn.calculateWrite(dsg, () -> {
            int n = 0;
            for (String iri : graphIris) {
                Node graph = NodeFactory.createURI(iri);
                if (dsg.containsGraph(graph)) {
                    n++;
                }
                dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            }
            return n;
        });
    }

    /** Whether the store holds no quads at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dsg, () -> !dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** Number of article graphs. */
    public long graphCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /** Number of quads in all graphs. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /**
     * Compacts the database, dropping old copy-on-write generations: TDB2 never reuses the space of
     * replaced index blocks, so many commits grow the files far beyond the live data. Blocks writers
     * while it runs; readers keep their snapshot. TDB2 opens the compacted copy with its default
     * parameters, so until the store is opened again it has the cache of absent nodes that
     * the store's parameters switch off; the commands compact only at the end of an ingest, and close.
     */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    @Override
    public void close() {
        // Releases the files and the process lock, so the store can be opened again (here or elsewhere).
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
