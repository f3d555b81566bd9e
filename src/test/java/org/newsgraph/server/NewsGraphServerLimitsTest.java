package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Query timeout, result cap and request size limit. */
class NewsGraphServerLimitsTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @TempDir
    static Path dir;
    private static DatasetGraph dataset;
    private static NewsGraphServer server;

    @BeforeAll
    static void startServer() {
        dataset = ServerFixtures.newsDataset(dir.resolve("tdb2"));
        ServerFixtures.addTriples(dataset, 3000);
        server = NewsGraphServer.builder().dataset(dataset).port(0)
                .queryTimeout(TIMEOUT).resultLimit(100).maxRequestBytes(4096).build().start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        ServerFixtures.release(dataset);
    }

    @Test
    void cartesianProductIsStoppedByTheTimeout() {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long start = System.nanoTime();
        HttpResponse<String> r = ServerFixtures.query(server.datasetUrl() + "/query", query, null);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(503, r.statusCode(), r::body);
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "timeout of " + TIMEOUT + " took " + took);
    }

    @Test
    void resultsAreCapped() {
        String query = "SELECT ?s WHERE { ?s <https://schema.org/mentions> ?o }";
        HttpResponse<String> r = ServerFixtures.query(server.datasetUrl() + "/query", query, null);
        assertEquals(200, r.statusCode(), r::body);
        assertEquals(100, r.body().split("\"s\"\\s*:", -1).length - 1, "rows");
    }

    @Test
    void smallerLimitIsKept() {
        String query = "SELECT ?s WHERE { ?s <https://schema.org/mentions> ?o } LIMIT 7";
        HttpResponse<String> r = ServerFixtures.query(server.datasetUrl() + "/sparql", query, null);
        assertEquals(7, r.body().split("\"s\"\\s*:", -1).length - 1, "rows");
    }

    @Test
    void largeRequestBodyIsRefused() {
        String query = "SELECT * WHERE { ?s ?p ?o } LIMIT 1 # " + "x".repeat(10_000);
        assertEquals(413, ServerFixtures.query(server.datasetUrl() + "/query", query, null).statusCode());
    }
}
