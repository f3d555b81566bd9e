package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsStoreTest {
    @TempDir
    Path dir;

    private static ArticleGraph graph(String id, int facts) {
        var g = NodeFactory.createURI("https://newsgraph.org/article/" + id);
        List<Quad> quads = new java.util.ArrayList<>();
        for (int i = 0; i < facts; i++) {
            quads.add(Quad.create(g, NodeFactory.createURI("https://newsgraph.org/id/s" + i),
                    NodeFactory.createURI("https://newsgraph.org/ns#p"), NodeFactory.createLiteralString(id + " fact " + i)));
        }
        return new ArticleGraph(g.getURI(), quads);
    }

    @Test
    void replacingAGraphNeverDuplicates() {
        try (NewsStore s = NewsStore.open(dir)) {
            s.replace(List.of(graph("a", 3), graph("b", 2)));
            s.replace(List.of(graph("a", 3)));
            assertEquals(5, s.quadCount());
            s.replace(List.of(graph("a", 1)));
            assertEquals(3, s.quadCount());
            assertEquals(2, s.graphCount());
        }
    }

    /**
     * A kill while TDB2 writes its journal leaves a cut entry at the journal's end. The journal only ever holds the
     * transaction being committed, and its commit record comes last, so a cut entry is a commit that never
     * happened: opening the store drops it and keeps every committed graph.
     */
    @Test
    void aJournalCutByAKillIsDroppedAndCommittedGraphsStay() throws Exception {
        try (NewsStore s = NewsStore.open(dir)) {
            s.replace(List.of(graph("a", 3), graph("b", 2)));
        }
        Path journal;
        try (var data = java.nio.file.Files.list(dir)) {
            journal = data.filter(d -> d.getFileName().toString().startsWith("Data-")).sorted()
                    .reduce((x, y) -> y).orElseThrow().resolve("journal.jrnl");
        }
        assertEquals(0, java.nio.file.Files.size(journal), "a closed store has an empty journal");
        java.nio.file.Files.write(journal, new byte[] {0, 0, 0, 5, 0, 0, 0, 1, 0, 0});
        try (NewsStore s = NewsStore.open(dir)) {
            assertEquals(5, s.quadCount());
            assertEquals(2, s.graphCount());
            s.replace(List.of(graph("c", 1)));
            assertEquals(6, s.quadCount());
        }
        assertEquals(0, java.nio.file.Files.size(journal));
    }

    /** Quads sharing subjects, predicates and objects across graphs, so every index has work. */
    private static ArticleGraph shared(String id, int facts) {
        var g = NodeFactory.createURI("https://newsgraph.org/article/" + id);
        List<Quad> quads = new java.util.ArrayList<>();
        for (int i = 0; i < facts; i++) {
            quads.add(Quad.create(g, NodeFactory.createURI("https://newsgraph.org/id/s" + (i % 7)),
                    NodeFactory.createURI("https://newsgraph.org/ns#p" + (i % 3)),
                    i % 2 == 0 ? NodeFactory.createURI("https://newsgraph.org/id/s" + (i % 5))
                            : NodeFactory.createLiteralString("fact " + (i % 11))));
        }
        return new ArticleGraph(g.getURI(), quads);
    }

    @Test
    void everyIndexAnswersAsAPlainDatasetWould() {
        DatasetGraph expected = DatasetGraphFactory.createTxnMem();
        List<ArticleGraph> batch = List.of(shared("a", 40), shared("b", 25), shared("c", 1), shared("a", 33));
        // The last graph of an article in a batch wins.
        for (ArticleGraph g : batch.subList(1, 4)) {
            g.quads().forEach(expected::add);
        }
        try (NewsStore s = NewsStore.open(dir)) {
            s.replace(List.of(shared("b", 60), shared("d", 5)));
            s.replace(batch);
            s.remove(List.of("https://newsgraph.org/article/d"));
            DatasetGraph actual = s.dataset();
            Txn.executeRead(actual, () -> expected.find().forEachRemaining(q -> {
                Node any = Node.ANY;
                List<Quad> patterns = List.of(Quad.create(q.getGraph(), any, any, any),
                        Quad.create(q.getGraph(), q.getSubject(), any, any), Quad.create(q.getGraph(), any, q.getPredicate(), any),
                        Quad.create(q.getGraph(), any, any, q.getObject()), Quad.create(any, q.getSubject(), any, any),
                        Quad.create(any, any, q.getPredicate(), any), Quad.create(any, any, any, q.getObject()),
                        Quad.create(any, q.getSubject(), q.getPredicate(), q.getObject()));
                for (Quad p : patterns) {
                    assertEquals(set(expected.find(p)), set(actual.find(p)), p::toString);
                }
            }));
            assertEquals(expected.stream().count(), s.quadCount());
            assertEquals(3, s.graphCount());
        }
    }

    private static Set<Quad> set(Iterator<Quad> it) {
        Set<Quad> out = new HashSet<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void batchClosedWithoutCommitLeavesStoreAsItWas() {
        try (NewsStore s = NewsStore.open(dir)) {
            s.replace(List.of(graph("a", 3)));
            try (NewsStore.Batch b = s.batch()) {
                b.replace(graph("a", 1));
                b.replace(graph("c", 4));
            }
            assertEquals(3, s.quadCount());
            assertEquals(1, s.graphCount());
        }
    }

    @Test
    void removeDropsOnlyThatArticle() {
        try (NewsStore s = NewsStore.open(dir)) {
            s.replace(List.of(graph("a", 3), graph("b", 2)));
            assertEquals(1, s.remove(List.of("https://newsgraph.org/article/a")));
            assertEquals(2, s.quadCount());
        }
    }

    @Test
    void storeReopensWithItsData() {
        try (NewsStore s = NewsStore.open(dir)) {
            s.replace(List.of(graph("a", 3)));
        }
        try (NewsStore s = NewsStore.open(dir)) {
            assertEquals(3, s.quadCount());
        }
    }

    @Test
    void storeHeldByAnotherProcessIsReportedPlainly() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(),
                dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("holding")) {
                // skip start-up output
            }
            assertTrue(line != null, "the child process did not open the store");
            StoreInUseException e = assertThrows(StoreInUseException.class, () -> NewsStore.open(dir));
            assertTrue(e.getMessage().contains("process " + p.pid()), e.getMessage());
            assertTrue(e.getMessage().contains("newsgraph serve"), e.getMessage());
        } finally {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
