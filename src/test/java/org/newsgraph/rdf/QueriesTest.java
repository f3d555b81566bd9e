package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The SPARQL files in /queries/, run over two mapped articles in a TDB2 dataset laid out as the store
 * serves it: one named graph per article, the default graph their union.
 */
class QueriesTest {
    private static DatasetGraph store;

    @BeforeAll
    static void load() {
        DatasetGraph mapped = Fixtures.dataset(Fixtures.seed(), Fixtures.followUp());
        store = DatabaseMgr.createDatasetGraph();
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(store, () -> Txn.executeRead(mapped, () -> mapped.find().forEachRemaining(store::add)));
    }

    @TestFactory
    Stream<DynamicTest> everyQueryParsesAndSaysWhatItAnswers() throws IOException, URISyntaxException {
        List<Path> files = queryFiles();
        assertTrue(files.size() >= 7, "queries: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# "), "starts with a comment saying what it answers");
            Query q = QueryFactory.create(text);
            assertTrue(q.isSelectType());
            if (!text.contains("SERVICE")) {
                rows(f.getFileName().toString()); // runs without error offline
            }
        }));
    }

    @Test
    void meetingsListsPutinAndWitkoffInMoscowPlannedOnTheDay() {
        List<Map<String, String>> rows = rows("01-meetings.rq");
        assertEquals(2, rows.size(), rows::toString);
        Map<String, String> seed = rows.stream().filter(r -> "2025-12-02".equals(r.get("date"))).findFirst().orElseThrow();
        assertTrue(seed.get("participants").contains("Vladimir Putin"), seed::toString);
        assertTrue(seed.get("participants").contains("Steve Witkoff"), seed::toString);
        assertEquals("Moscow", seed.get("place"));
        assertEquals("planned", seed.get("status"));
        assertEquals("on Tuesday", seed.get("dateText"));
        assertEquals(Fixtures.seed().article().iri(), seed.get("article"));
        Map<String, String> followUp = rows.stream().filter(r -> r.get("date") == null).findFirst().orElseThrow();
        assertTrue(followUp.get("participants").contains("Ukrainian officials"), followUp::toString);
        assertEquals("occurred", followUp.get("status"));
    }

    @Test
    void personMeetingsFindsPutinsCounterparts() {
        List<Map<String, String>> rows = rows("02-person-meetings.rq");
        List<String> with = rows.stream().map(r -> r.get("withName")).sorted().toList();
        assertEquals(List.of("Jared Kushner", "Steve Witkoff", "Ukrainian officials"), with, rows::toString);
        assertTrue(rows.stream().allMatch(r -> r.get("name").equals("Vladimir Putin")));
    }

    @Test
    void personStatementsFindsZelenskysQuote() {
        List<Map<String, String>> rows = rows("03-person-statements.rq");
        assertEquals(1, rows.size(), rows::toString);
        Map<String, String> r = rows.get(0);
        assertEquals("Volodymyr Zelensky", r.get("speakerName"));
        assertTrue(r.get("text").contains("territorial issue is the most difficult"));
        assertEquals("true", r.get("quoted"));
        assertTrue(r.get("topics").contains("territorial issue") && r.get("topics").contains("peace deal"), r::toString);
        assertEquals("2025-12-02", r.get("published"));
    }

    @Test
    void topicStatementsFindsTheTerritorialIssue() {
        List<Map<String, String>> rows = rows("04-topic-statements.rq");
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("Volodymyr Zelensky", rows.get(0).get("speakerName"));
        assertEquals("territorial issue", rows.get(0).get("topicLabel"));
        assertEquals("person", rows.get(0).get("speakerType"));
    }

    @Test
    void mostMentionedPutsPutinFirst() {
        List<Map<String, String>> rows = rows("05-most-mentioned.rq");
        assertEquals("Vladimir Putin", rows.get(0).get("label"));
        assertEquals("2", rows.get(0).get("articles"));
        assertEquals("2", rows.get(0).get("mentions"));
        assertEquals("http://www.wikidata.org/entity/Q7747", rows.get(0).get("wikidata"));
        assertEquals(6, rows.size(), rows::toString);
    }

    @Test
    void articlesPerDayCountsEachDay() {
        List<Map<String, String>> rows = rows("06-articles-per-day.rq");
        assertEquals(2, rows.size(), rows::toString);
        assertEquals(Map.of("day", "2025-12-02", "articles", "1", "meetings", "1", "statements", "2"), rows.get(0));
        assertEquals(Map.of("day", "2025-12-03", "articles", "1", "meetings", "1", "statements", "1"), rows.get(1));
    }

    @Test
    void meetingNetworkHasOneEdgePerPair() {
        List<Map<String, String>> rows = rows("07-meeting-network.rq");
        assertEquals(2, rows.size(), rows::toString);
        List<String> pairs = rows.stream().map(r -> r.get("name1") + "|" + r.get("name2") + "|" + r.get("meetings")).sorted().toList();
        assertTrue(pairs.contains("Vladimir Putin|Steve Witkoff|1") || pairs.contains("Steve Witkoff|Vladimir Putin|1"), pairs::toString);
        assertTrue(pairs.contains("Vladimir Putin|Jared Kushner|1") || pairs.contains("Jared Kushner|Vladimir Putin|1"), pairs::toString);
    }

    @Test
    void queriesAreOnTheClassPath() {
        assertNotNull(QueriesTest.class.getResource("/queries/01-meetings.rq"));
        assertNotNull(QueriesTest.class.getResource("/ontology/newsgraph.ttl"));
        assertNotNull(QueriesTest.class.getResource(Shapes.RESOURCE));
    }

    private static List<Map<String, String>> rows(String file) {
        String text;
        try {
            text = Files.readString(queryDir().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Map<String, String>> out = new ArrayList<>();
        Txn.executeRead(store, () -> {
            try (QueryExecution qe = QueryExecution.create().query(text).dataset(DatasetFactory.wrap(store)).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, String> row = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> row.put(v, str(s.get(v).asNode())));
                    out.add(row);
                }
            }
        });
        assertFalse(out.isEmpty(), file + " returns rows");
        return out;
    }

    private static String str(Node n) {
        return n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
    }

    private static Path queryDir() throws URISyntaxException {
        return Path.of(QueriesTest.class.getResource("/queries").toURI());
    }

    private static List<Path> queryFiles() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(queryDir())) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }
}
