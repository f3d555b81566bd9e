package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short benchmark over a small made-up store, with the shipped queries. */
class ServerLoadBenchTest {
    @TempDir
    Path dir;

    @Test
    void syntheticArticlesAreRepeatableAndShapedLikeNewsGraphs() {
        SyntheticArticles made = new SyntheticArticles(7);
        assertEquals(made.article(3), made.article(3));
        var quads = made.article(3).quads();
        assertTrue(quads.size() > 60, "quads: " + quads.size());
        assertTrue(quads.stream().anyMatch(q -> q.getObject().isURI()
                && q.getObject().getURI().equals("https://newsgraph.org/ns#Meeting")));
        assertTrue(quads.stream().anyMatch(q -> q.getPredicate().getURI().equals("https://newsgraph.org/ns#meetsWith")));
    }

    @Test
    void queriesWithServiceAreLeftOut() throws Exception {
        Files.writeString(dir.resolve("a.rq"), "SELECT * { ?s ?p ?o } LIMIT 1");
        Files.writeString(dir.resolve("b.rq"), "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
        BenchQuery.Selection s = BenchQuery.fromFolder(dir);
        assertEquals(List.of("a.rq"), s.queries().stream().map(BenchQuery::name).toList());
        assertEquals(List.of("b.rq"), s.skipped());
    }

    @Test
    void shortRunOverTheShippedQueriesHasNoErrors() {
        LoadReport r = ServerLoadBench.builder().store(dir.resolve("tdb2")).articles(30).clients(2)
                .duration(Duration.ofSeconds(2)).warmup(Duration.ZERO)
                .queries(BenchQuery.fromFolder(Path.of("queries"))).build().run();
        assertEquals(30, r.articles());
        assertFalse(r.hasErrors(), r::format);
        assertTrue(r.overall().ok() > 0, r::format);
        assertTrue(r.queries().get(0).rows() > 0, r::format);
        assertTrue(r.skipped().contains("08-wikidata-positions.rq"), r::format);
        assertTrue(r.format().contains("| all |"), r::format);
    }
}
