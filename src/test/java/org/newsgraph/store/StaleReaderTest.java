package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reader whose transaction began before a write looks for the written graphs after the write has
 * committed, and finds none (it sees the store as it was). Readers that start afterwards must still
 * find every graph: the old reader's misses must not be remembered as "no such node" for them.
 */
class StaleReaderTest {
    private static final int GRAPHS = 200;
    private static final int QUADS = 30;

    @TempDir
    Path dir;

    private static Node graph(String round, int i) {
        return NodeFactory.createURI("https://newsgraph.org/article/" + round + "-" + i);
    }

    @Test
    void aReaderOlderThanAWriteDoesNotHideItsGraphsFromLaterReaders() throws Exception {
        try (NewsStore store = NewsStore.open(dir.resolve("tdb2"))) {
            assertEquals(List.of(), writeUnderAnOldReader(store, "new"), "graphs a new reader cannot find");
        }
    }

    @Test
    void soWhenTheStoreIsOpenedAgainAfterACompaction() throws Exception {
        try (NewsStore store = NewsStore.open(dir.resolve("tdb2"))) {
            writeUnderAnOldReader(store, "first");
            store.compact();
        }
        try (NewsStore store = NewsStore.open(dir.resolve("tdb2"))) {
            assertEquals(List.of(), writeUnderAnOldReader(store, "reopened"), "after opening again");
        }
    }

    /** Writes {@value #GRAPHS} graphs while an older reader waits, lets it look for them, then lists those a new reader misses. */
    private static List<Integer> writeUnderAnOldReader(NewsStore store, String round) throws Exception {
        {
            DatasetGraph dsg = store.dataset();
            CountDownLatch begun = new CountDownLatch(1);
            CountDownLatch written = new CountDownLatch(1);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> old = pool.submit(() -> {
                    dsg.begin(ReadWrite.READ);
                    try {
                        begun.countDown();
                        written.await(30, TimeUnit.SECONDS);
                        int seen = 0;
                        for (int i = 0; i < GRAPHS; i++) {
                            if (dsg.find(graph(round, i), Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                                seen++;
                            }
                        }
                        return seen;
                    } finally {
                        dsg.end();
                    }
                });
                begun.await(30, TimeUnit.SECONDS);
                Txn.executeWrite(dsg, () -> {
                    for (int i = 0; i < GRAPHS; i++) {
                        Node g = graph(round, i);
                        for (int j = 0; j < QUADS; j++) {
                            dsg.add(Quad.create(g, NodeFactory.createURI(g.getURI() + "/s" + j),
                                    NodeFactory.createURI("https://newsgraph.org/ns#text"),
                                    NodeFactory.createLiteralString("fact " + i + "-" + j)));
                        }
                    }
                });
                written.countDown();
                assertEquals(0, old.get(30, TimeUnit.SECONDS), "the old reader sees the store as it was");
            } finally {
                pool.shutdownNow();
            }
            List<Integer> missing = new ArrayList<>();
            Txn.executeRead(dsg, () -> {
                for (int i = 0; i < GRAPHS; i++) {
                    if (!dsg.find(graph(round, i), Node.ANY, Node.ANY, Node.ANY).hasNext()) {
                        missing.add(i);
                    }
                }
            });
            return missing;
        }
    }
}
