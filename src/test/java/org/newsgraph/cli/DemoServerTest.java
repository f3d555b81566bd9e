package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.server.UiBrowser;
import org.newsgraph.store.NewsStore;

/** The demo's store served by Fuseki: SPARQL over HTTP and the UI in a real browser. */
class DemoServerTest {
    @TempDir
    static Path tmp;
    static NewsStore store;
    static NewsGraphServer server;

    @BeforeAll
    static void serveSeeds() {
        Path dir = tmp.resolve("store");
        Cli r = Cli.run("ingest", "--store", dir.toString(), "seeds");
        assertEquals(0, r.exitCode(), r.err());
        store = NewsStore.open(dir);
        server = NewsGraphServer.builder().dataset(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void sparqlOverHttpReturnsTheSeedMeetings() throws Exception {
        String query = Files.readString(Path.of("queries/01-meetings.rq"));
        for (String endpoint : List.of("/query", "/sparql")) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(server.datasetUrl() + endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build();
            HttpResponse<String> res = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, res.statusCode(), res.body());
            assertTrue(res.body().contains("Steve Witkoff") && res.body().contains("Vladimir Putin"), res.body());
        }
    }

    @Test
    void pingAnswers() throws Exception {
        HttpResponse<String> res = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url() + "$/ping")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode());
    }

    @Test
    @Tag("browser")
    @Tag("slow")
    void shippedQueryInTheUiNamesWitkoff() throws Exception {
        String query = Files.readString(Path.of("queries/01-meetings.rq"));
        try (UiBrowser browser = UiBrowser.start(tmp.resolve("chrome"))) {
            List<String> cells = browser.runQuery(server.url(), server.datasetName(), query, "Witkoff",
                    "shippedQueryInTheUiNamesWitkoff");
            assertTrue(cells.stream().anyMatch(c -> c.contains("Steve Witkoff")), cells::toString);
        }
    }
}
