package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.WikidataClient;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.WikidataQueryStandIn;

/**
 * The federated query of queries/08 over the seed store, with SERVICE sent to a local stand-in for
 * Wikidata, or to a closed local port to stand for Wikidata being unreachable. Nothing here reaches
 * the outside network.
 */
class QueryCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WIKIDATA = "https://query.wikidata.org/sparql";
    private static final String POSITIONS = "queries/08-wikidata-positions.rq";

    @TempDir
    static Path tmp;
    static Path store;
    static WikidataQueryStandIn wikidata;

    @BeforeAll
    static void ingestSeedsAndStartWikidata() {
        store = tmp.resolve("store");
        Cli r = Cli.run("ingest", "--store", store.toString(), "seeds");
        assertEquals(0, r.exitCode(), r.err());
        wikidata = new WikidataQueryStandIn();
    }

    @AfterAll
    static void stopWikidata() {
        wikidata.close();
    }

    private static List<JsonNode> rows(String json) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        JSON.readTree(json).path("results").path("bindings").forEach(rows::add);
        return rows;
    }

    private static String positionsOf(List<JsonNode> rows, String name) {
        return rows.stream().filter(r -> r.path("name").path("value").asText().equals(name)).findFirst()
                .map(r -> r.path("positions").path("value").asText("")).orElseThrow(
                        () -> new AssertionError("no row for " + name + " in " + rows));
    }

    @Test
    void positionsComeFromTheEndpointGivenInstead() throws IOException {
        int before = wikidata.userAgents().size();
        Cli r = Cli.run("query", "--store", store.toString(), "--service-endpoint", WIKIDATA + "=" + wikidata.endpoint(),
                POSITIONS, "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> rows = rows(r.out());
        assertEquals("President of Russia", positionsOf(rows, "Vladimir Putin"));
        assertEquals("President of Ukraine", positionsOf(rows, "Volodymyr Zelenskyy"));
        assertEquals("", positionsOf(rows, "Keir Starmer"));
        List<String> agents = wikidata.userAgents().subList(before, wikidata.userAgents().size());
        assertFalse(agents.isEmpty());
        assertTrue(agents.stream().allMatch(WikidataClient.DEFAULT_USER_AGENT::equals), agents.toString());
    }

    @Test
    void anUnreachableWikidataLeavesPositionsEmpty() throws IOException {
        Cli r = Cli.run("query", "--store", store.toString(), "--service-endpoint",
                WIKIDATA + "=" + WikidataQueryStandIn.closedEndpoint(), POSITIONS, "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        List<JsonNode> rows = rows(r.out());
        assertTrue(rows.size() >= 5, rows.toString());
        assertEquals("", positionsOf(rows, "Vladimir Putin"));
        assertTrue(rows.stream().allMatch(row -> row.path("item").path("value").asText().startsWith(
                "http://www.wikidata.org/entity/Q")), rows.toString());
    }

    @Test
    void aBadOverrideIsAUsageError() {
        Cli r = Cli.run("query", "--store", store.toString(), "--service-endpoint", "nonsense", POSITIONS);
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--service-endpoint") && r.err().contains("'nonsense'"), r.err());
    }

    @Test
    void theServerSendsServiceCallsToTheEndpointGivenInstead() throws Exception {
        Path copy = tmp.resolve("served");
        Cli ingest = Cli.run("ingest", "--store", copy.toString(), "seeds");
        assertEquals(0, ingest.exitCode(), ingest.err());
        try (NewsStore s = NewsStore.open(copy)) {
            ServeCommand.serviceCalls(s, List.of(WIKIDATA + "=" + wikidata.endpoint()));
            NewsGraphServer srv = NewsGraphServer.builder().dataset(s.dataset()).port(0).build().start();
            try {
                String query = Files.readString(Path.of(POSITIONS));
                HttpRequest req = HttpRequest.newBuilder(URI.create(srv.datasetUrl() + "/query"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                        .build();
                HttpResponse<String> res = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, res.statusCode(), res.body());
                assertEquals("President of Russia", positionsOf(rows(res.body()), "Vladimir Putin"));
            } finally {
                srv.stop();
            }
        }
    }
}
