package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsGraphException;

class BulkLoaderTest {
    @TempDir
    Path dir;

    private static List<ArticleGraph> graphs(int articles, int facts) {
        List<ArticleGraph> out = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            Node g = NodeFactory.createURI("https://newsgraph.org/article/a" + a);
            List<Quad> quads = new ArrayList<>();
            for (int i = 0; i < facts; i++) {
                quads.add(Quad.create(g, NodeFactory.createURI("https://newsgraph.org/id/person/p" + (i % 7)),
                        NodeFactory.createURI("https://newsgraph.org/ns#said"),
                        NodeFactory.createLiteralString("statement " + i + " of article " + a)));
            }
            out.add(new ArticleGraph(g.getURI(), quads));
        }
        return out;
    }

    static void assertSameContent(NewsStore expected, NewsStore actual) {
        DatasetGraph a = expected.dataset();
        DatasetGraph b = actual.dataset();
        Txn.executeRead(a, () -> Txn.executeRead(b, () -> {
            List<Node> names = new ArrayList<>();
            a.listGraphNodes().forEachRemaining(names::add);
            List<Node> other = new ArrayList<>();
            b.listGraphNodes().forEachRemaining(other::add);
            assertEquals(names.size(), other.size(), "number of graphs");
            for (Node g : names) {
                assertTrue(b.containsGraph(g), "graph " + g + " is missing");
                assertTrue(a.getGraph(g).isIsomorphicWith(b.getGraph(g)), "graph " + g + " differs");
            }
        }));
    }

    @Test
    void bulkLoadGivesTheSameStoreAsTransactions() {
        List<ArticleGraph> graphs = graphs(30, 12);
        try (NewsStore incremental = NewsStore.open(dir.resolve("inc")); NewsStore bulk = NewsStore.open(dir.resolve("bulk"))) {
            incremental.replace(graphs);
            try (BulkLoader loader = BulkLoader.start(bulk)) {
                graphs.forEach(loader::add);
                assertEquals(360, loader.quads());
                loader.finish();
            }
            assertEquals(360, bulk.quadCount());
            assertEquals(30, bulk.graphCount());
            assertSameContent(incremental, bulk);
        }
    }

    @Test
    void bulkLoadedStoreReopensAndTakesIncrementalWrites() {
        try (NewsStore s = NewsStore.open(dir)) {
            try (BulkLoader loader = BulkLoader.start(s)) {
                graphs(3, 4).forEach(loader::add);
                loader.finish();
            }
            s.replace(graphs(1, 2));
            assertEquals(10, s.quadCount());
        }
        try (NewsStore s = NewsStore.open(dir)) {
            assertEquals(10, s.quadCount());
        }
    }

    @Test
    void refusesANonEmptyStore() {
        try (NewsStore s = NewsStore.open(dir)) {
            s.replace(graphs(1, 3));
            NewsGraphException e = assertThrows(NewsGraphException.class, () -> BulkLoader.start(s));
            assertTrue(e.getMessage().contains("not empty") && e.getMessage().contains("without --bulk"), e.getMessage());
            assertEquals(3, s.quadCount());
        }
    }

    @Test
    void compactKeepsTheContent() {
        try (NewsStore s = NewsStore.open(dir.resolve("a")); NewsStore ref = NewsStore.open(dir.resolve("b"))) {
            for (ArticleGraph g : graphs(20, 5)) {
                s.replace(List.of(g));
            }
            ref.replace(graphs(20, 5));
            s.compact();
            assertEquals(100, s.quadCount());
            assertSameContent(ref, s);
            s.replace(graphs(1, 1));
            assertEquals(96, s.quadCount());
        }
    }
}
