package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;

/** The SPARQL client and the online linker against a local Fuseki holding a small Wikidata-shaped graph. */
class WikidataSparqlClientTest {
    /** Two namesakes, a president and a municipal councillor, and a city. Shaped like Wikidata's RDF. */
    static final String GRAPH = """
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix wdt: <http://www.wikidata.org/prop/direct/> .
            @prefix p: <http://www.wikidata.org/prop/> .
            @prefix ps: <http://www.wikidata.org/prop/statement/> .
            @prefix pq: <http://www.wikidata.org/prop/qualifier/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix schema: <http://schema.org/> .
            @prefix wikibase: <http://wikiba.se/ontology#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            wd:Q100001 wdt:P31 wd:Q5 ; rdfs:label "Ivan Petrenko"@en ; skos:altLabel "Ivan Petrenkov"@en ;
                schema:description "President of Examplestan"@en ; wdt:P27 wd:Q159 ; wikibase:sitelinks 180 ;
                p:P39 [ ps:P39 wd:Q100010 ; pq:P580 "2012-05-07T00:00:00Z"^^xsd:dateTime ] .
            wd:Q100010 rdfs:label "President of Russia"@en .
            wd:Q100002 wdt:P31 wd:Q5 ; rdfs:label "Ivan Petrenko"@en ; schema:description "municipal councillor"@en ;
                wdt:P27 wd:Q159 ; wikibase:sitelinks 1 ;
                p:P39 [ ps:P39 wd:Q100020 ; pq:P580 "2019-09-08T00:00:00Z"^^xsd:dateTime ;
                        pq:P582 "2024-09-08T00:00:00Z"^^xsd:dateTime ] .
            wd:Q100020 rdfs:label "member of the municipal council of Tver"@en .
            wd:Q100003 wdt:P31 wd:Q515 ; rdfs:label "Tver"@en ; wdt:P17 wd:Q159 .
            """;

    static FusekiServer fuseki;
    static String endpoint;

    @BeforeAll
    static void start() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(GRAPH), null, "TURTLE");
        Dataset ds = DatasetFactory.wrap(m);
        fuseki = FusekiServer.create().loopback(true).port(0).add("/wd", ds.asDatasetGraph(), false).build().start();
        endpoint = "http://127.0.0.1:" + fuseki.getPort() + "/wd/sparql";
    }

    @AfterAll
    static void stop() {
        fuseki.stop();
    }

    private static WikidataSparqlClient client() {
        return new WikidataSparqlClient(endpoint, WikidataClient.DEFAULT_USER_AGENT, Duration.ofSeconds(10));
    }

    @Test
    void candidates_findsByLabelWithOffices() {
        List<GazetteerEntry> c = client().candidates("Ivan Petrenko", EntityType.PERSON);
        assertEquals(2, c.size());
        GazetteerEntry president = c.stream().filter(e -> e.qid().equals("Q100001")).findFirst().orElseThrow();
        assertEquals(List.of("Q159"), president.countries());
        assertEquals("President of Russia", president.positions().get(0).label());
        assertEquals(LocalDate.of(2012, 5, 7), president.positions().get(0).start());
        assertEquals(100, president.prior());
    }

    @Test
    void candidates_findsByAltLabel() {
        assertEquals("Q100001", client().candidates("Ivan Petrenkov", EntityType.PERSON).get(0).qid());
    }

    @Test
    void candidates_filtersByType() {
        assertEquals("Q100003", client().candidates("Tver", EntityType.PLACE).get(0).qid());
        assertTrue(client().candidates("Tver", EntityType.PERSON).isEmpty());
    }

    @Test
    void candidates_unreachableEndpointIsAWikidataException() {
        WikidataSparqlClient dead = new WikidataSparqlClient("http://127.0.0.1:9/sparql", "NewsGraph/0.1 test",
                Duration.ofSeconds(2));
        assertThrows(WikidataException.class, () -> dead.candidates("Ivan Petrenko", EntityType.PERSON));
    }

    @Test
    void onlineLinker_roleAndDatePickTheRightNamesake() {
        OnlineLinker linker = new OnlineLinker(Gazetteer.of(List.of(), Map.of("Russian", "Q159")), client());
        String text = "Russian President Ivan Petrenko met envoys in Moscow.";
        Links links = linker.link(extraction(text, LocalDate.of(2025, 12, 2), "russian president",
                "Russian President Ivan Petrenko"));
        assertEquals("Q100001", links.of("person/ivan-petrenko").orElseThrow().qid());
        assertEquals(OnlineLinker.SOURCE, links.of("person/ivan-petrenko").orElseThrow().source());

        String local = "Local councillor Ivan Petrenko opened a school in Tver.";
        Links councillor = linker.link(extraction(local, LocalDate.of(2021, 3, 1), "local councillor",
                "Local councillor Ivan Petrenko"));
        assertEquals("Q100002", councillor.of("person/ivan-petrenko").orElseThrow().qid());
    }

    static Extraction extraction(String text, LocalDate date, String role, String mention) {
        Article a = new Article("a1", null, null, date, text, "test");
        int at = text.indexOf(mention);
        Entity e = new Entity("person/ivan-petrenko", EntityType.PERSON, "Ivan Petrenko",
                List.of(new Mention(at, at + mention.length(), mention)), List.of(role), 0.9);
        return new Extraction(a, List.of(e), List.of(), List.of());
    }
}
