package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
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
