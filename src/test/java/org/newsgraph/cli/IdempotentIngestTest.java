package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.article.ArticleIds;
import org.newsgraph.rdf.NG;

/**
 * Ingesting is idempotent: the same input again gives the same store, a changed article replaces
 * only its own graph, and removing an article takes away its graph and the entities only it mentioned.
 */
class IdempotentIngestTest {
    private static final String URL_BLINKEN_ABBAS = "https://news.example.org/blinken-abbas";
    private static final String URL_POMPEO_ABIY = "https://news.example.org/pompeo-abiy";
    private static final String URL_BLINKEN_JAISHANKAR = "https://news.example.org/blinken-jaishankar";
    private static final Node MENTIONED_IN = NG.Nodes.mentionedIn;

    @TempDir
    Path dir;
    Path in;
    Path store;
    Path feed;
    Path text;

    @BeforeEach
    void articles() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        store = dir.resolve("store");
        feed = in.resolve("feed.jsonl");
        writeFeed(StoreFixtures.devText("104"));
        text = Files.writeString(in.resolve("defense.txt"), "date 2021-03-01 " + StoreFixtures.devText("102"),
                StandardCharsets.UTF_8);
    }

    private void writeFeed(String pompeoAbiy) throws IOException {
        Files.write(feed, List.of(
                StoreFixtures.jsonLine(URL_BLINKEN_ABBAS, "Blinken meets Abbas", "2023-10-13", StoreFixtures.devText("105")),
                StoreFixtures.jsonLine(URL_POMPEO_ABIY, "Pompeo meets Abiy", "2020-02-18", pompeoAbiy),
                StoreFixtures.jsonLine(URL_BLINKEN_JAISHANKAR, "Blinken and Jaishankar", "2021-07-28",
                        StoreFixtures.devText("111"))), StandardCharsets.UTF_8);
    }

    private Cli ingest() {
        Cli r = Cli.run("ingest", "--store", store.toString(), in.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        return r;
    }

    private static Node graph(String url) {
        return NodeFactory.createURI(ArticleIds.ARTICLE_NS + ArticleIds.of(url, ""));
    }

    @Test
    void ingestingTheSameArticlesAgainLeavesAnIsomorphicStore() {
        ingest();
        DatasetGraph first = StoreFixtures.snapshot(store);
        assertEquals(4, StoreFixtures.graphs(first).size());
        Cli again = ingest();
        assertTrue(again.out().contains("articles read 4, ingested 4, failed 0"), again.out());
        DatasetGraph second = StoreFixtures.snapshot(store);
        assertEquals(StoreFixtures.size(first), StoreFixtures.size(second));
        assertEquals(StoreFixtures.graphs(first).keySet(), StoreFixtures.graphs(second).keySet());
        assertTrue(IsoMatcher.isomorphic(first, second),
                "missing after re-ingest: " + StoreFixtures.missing(first, second, 5)
                        + "; new after re-ingest: " + StoreFixtures.missing(second, first, 5));
    }

    @Test
    void aChangedArticleReplacesOnlyItsOwnGraph() throws IOException {
        ingest();
        DatasetGraph before = StoreFixtures.snapshot(store);
        String changed = StoreFixtures.devText("104")
                + "\n\nPrime Minister Abiy later met Governor Zelda Quorrington in Addis Ababa on Friday.";
        writeFeed(changed);
        ingest();
        DatasetGraph after = StoreFixtures.snapshot(store);
        Map<Node, Graph> was = StoreFixtures.graphs(before);
        Map<Node, Graph> now = StoreFixtures.graphs(after);
        assertEquals(was.keySet(), now.keySet(), "the same articles, under the same graph names");
        Node changedGraph = graph(URL_POMPEO_ABIY);
        assertTrue(now.containsKey(changedGraph), "graph named after the URL: " + now.keySet());
        for (Node g : was.keySet()) {
            boolean same = IsoMatcher.isomorphic(was.get(g), now.get(g));
            if (g.equals(changedGraph)) {
                assertFalse(same, "the changed article's graph must change");
                assertTrue(now.get(g).find(Node.ANY, Node.ANY, NodeFactory.createLiteralString("Zelda Quorrington"))
                        .hasNext(), "the new person is in the changed graph");
            } else {
                assertTrue(same, "untouched article changed: " + g);
            }
        }
    }

    @Test
    void removingByPathAndByIdTakesAwayTheGraphAndTheEntitiesOnlyItMentioned() {
        ingest();
        DatasetGraph before = StoreFixtures.snapshot(store);
        Map<Node, Set<Node>> mentions = mentionedIn(before);

        // By path: the text file's article, id made from its text.
        Node textGraph = onlyGraphOf(before, "defense.txt");
        Set<Node> onlyText = onlyIn(mentions, textGraph);
        assertFalse(onlyText.isEmpty(), "the defense article has entities of its own");
        Cli r = Cli.run("remove", "--store", store.toString(), text.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("removed 1 of 1"), r.out());
        DatasetGraph afterPath = StoreFixtures.snapshot(store);
        assertFalse(afterPath.containsGraph(textGraph));
        assertEquals(3, StoreFixtures.graphs(afterPath).size());
        for (Node e : onlyText) {
            assertFalse(inUnion(afterPath, e), "entity only the removed article mentioned is still there: " + e);
        }

        // By id: Blinken-Abbas; Blinken is also in Blinken-Jaishankar and must stay.
        Node abbasGraph = graph(URL_BLINKEN_ABBAS);
        Set<Node> onlyAbbas = onlyIn(mentions, abbasGraph);
        Set<Node> shared = sharedBy(mentions, abbasGraph);
        assertFalse(onlyAbbas.isEmpty(), "Blinken-Abbas has entities of its own");
        assertFalse(shared.isEmpty(), "Blinken-Abbas shares entities with other articles");
        String abbasName = name(before, onlyAbbas.iterator().next());
        String sharedName = name(before, shared.iterator().next());
        assertTrue(nameInUnion(afterPath, abbasName));
        String id = abbasGraph.getURI().substring(ArticleIds.ARTICLE_NS.length());
        r = Cli.run("remove", "--store", store.toString(), id);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("removed 1 of 1"), r.out());
        DatasetGraph afterId = StoreFixtures.snapshot(store);
        assertFalse(afterId.containsGraph(abbasGraph));
        for (Node e : onlyAbbas) {
            assertFalse(inUnion(afterId, e), "entity only the removed article mentioned is still there: " + e);
        }
        assertFalse(nameInUnion(afterId, abbasName), abbasName + " is only in the removed article");
        assertTrue(nameInUnion(afterId, sharedName), sharedName + " is also in another article and must stay");
        for (Node e : shared) {
            assertTrue(inUnion(afterId, e), "shared entity lost: " + e);
        }
        // The other articles are untouched.
        for (Node g : List.of(graph(URL_POMPEO_ABIY), graph(URL_BLINKEN_JAISHANKAR))) {
            assertTrue(IsoMatcher.isomorphic(before.getGraph(g), afterId.getGraph(g)), "changed by remove: " + g);
        }
        // Removing again is harmless and says so.
        r = Cli.run("remove", "--store", store.toString(), id);
        assertTrue(r.out().contains("removed 0 of 1"), r.out());
    }

    /** Each entity with the article graphs that mention it. */
    private static Map<Node, Set<Node>> mentionedIn(DatasetGraph dsg) {
        Map<Node, Set<Node>> out = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, MENTIONED_IN, Node.ANY)
                .forEachRemaining(q -> out.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getObject()));
        return out;
    }

    /** Entities the article mentions, and which no other article mentions. */
    private static Set<Node> onlyIn(Map<Node, Set<Node>> mentions, Node graph) {
        Set<Node> out = new HashSet<>();
        mentions.forEach((e, gs) -> {
            if (gs.equals(Set.of(graph))) {
                out.add(e);
            }
        });
        return out;
    }

    /** Entities the article mentions that other articles mention too. */
    private static Set<Node> sharedBy(Map<Node, Set<Node>> mentions, Node graph) {
        Set<Node> out = new HashSet<>();
        mentions.forEach((e, gs) -> {
            if (gs.contains(graph) && gs.size() > 1) {
                out.add(e);
            }
        });
        return out;
    }

    private static Node onlyGraphOf(DatasetGraph dsg, String sourceFile) {
        var it = dsg.find(Node.ANY, Node.ANY, NG.Nodes.sourceFile, NodeFactory.createLiteralString(sourceFile));
        assertTrue(it.hasNext(), "no article from " + sourceFile);
        return it.next().getGraph();
    }

    private static boolean inUnion(DatasetGraph dsg, Node entity) {
        return dsg.find(Node.ANY, entity, Node.ANY, Node.ANY).hasNext();
    }

    private static String name(DatasetGraph dsg, Node entity) {
        var it = dsg.find(Node.ANY, entity, org.apache.jena.vocabulary.RDFS.Nodes.label, Node.ANY);
        assertTrue(it.hasNext(), "no label for " + entity);
        String name = it.next().getObject().getLiteralLexicalForm();
        assertNotNull(name);
        return name;
    }

    /** Whether any entity in the union graph has this label: a parameterised query, never concatenated. */
    private static boolean nameInUnion(DatasetGraph dsg, String name) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "PREFIX ng: <https://newsgraph.org/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
                        + " ASK { GRAPH ?g { ?e rdfs:label ?name ; ng:mentionedIn ?a } }");
        q.setLiteral("name", name);
        try (QueryExecution qe = QueryExecution.create().query(q.asQuery()).dataset(DatasetFactory.wrap(dsg)).build()) {
            return qe.execAsk();
        }
    }
}
