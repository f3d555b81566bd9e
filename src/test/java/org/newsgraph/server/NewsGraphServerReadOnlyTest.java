package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.server.ServerFixtures.ATTENDEES_QUERY;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default server: read-only, no password file, UI without admin endpoints. */
class NewsGraphServerReadOnlyTest {
    private static final String INSERT = """
            PREFIX schema: <https://schema.org/>
            INSERT DATA { GRAPH <https://newsgraph.example/article/9> {
                <https://newsgraph.example/id/x> schema:name "Intruder" } }
            """;
    private static final String TURTLE = "<https://newsgraph.example/id/x> <https://schema.org/name> \"Intruder\" .";

    @TempDir
    static Path dir;
    private static DatasetGraph dataset;
    private static NewsGraphServer server;
    private static long quadsAtStart;

    @BeforeAll
    static void startServer() {
        dataset = ServerFixtures.newsDataset(dir.resolve("tdb2"));
        quadsAtStart = ServerFixtures.quadCount(dataset);
        server = NewsGraphServer.builder().dataset(dataset).port(0).build().start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
        ServerFixtures.release(dataset);
    }

    private static String ds(String path) {
        return server.datasetUrl() + path;
    }

    static List<String> names(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), () -> "query failed: " + response.body());
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> names = new ArrayList<>();
        rs.forEachRemaining((QuerySolution row) -> names.add(row.getLiteral("name").getString()));
        return names;
    }

    private void assertUnchanged() {
        assertEquals(quadsAtStart, ServerFixtures.quadCount(dataset), "the dataset changed");
    }

    private static void assertRefused(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, () -> what + " should be refused with 4xx, got " + status
                + ": " + response.body());
    }

    @Test
    void defaults() {
        assertEquals("newsgraph", server.datasetName());
        assertFalse(server.allowsUpdate());
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
        assertEquals(server.url() + "newsgraph", server.datasetUrl());
    }

    @Test
    void queryEndpointSeesTheUnionOfNamedGraphs() {
        assertEquals(List.of("Steve Witkoff", "Vladimir Putin"), names(ServerFixtures.query(ds("/query"), ATTENDEES_QUERY, null)));
    }

    @Test
    void sparqlEndpointSeesTheUnionOfNamedGraphs() {
        assertEquals(List.of("Steve Witkoff", "Vladimir Putin"), names(ServerFixtures.query(ds("/sparql"), ATTENDEES_QUERY, null)));
    }

    @Test
    void datasetUrlAnswersQueriesByGet() {
        String url = server.datasetUrl() + "?query=" + URLEncoder.encode(ATTENDEES_QUERY, StandardCharsets.UTF_8);
        assertEquals(List.of("Steve Witkoff", "Vladimir Putin"),
                names(ServerFixtures.get(url, "application/sparql-results+json")));
    }

    @Test
    void jenaClientQueriesTheServer() {
        List<String> names = new ArrayList<>();
        try (QueryExecutionHTTP qexec = QueryExecutionHTTP.service(ds("/query")).query(ATTENDEES_QUERY).build()) {
            qexec.execSelect().forEachRemaining(row -> names.add(row.getLiteral("name").getString()));
        }
        assertEquals(List.of("Steve Witkoff", "Vladimir Putin"), names);
    }

    @Test
    void graphClauseStillReachesEachArticle() {
        String q = """
                PREFIX schema: <https://schema.org/>
                SELECT ?name WHERE { GRAPH <https://newsgraph.example/article/2> { ?p schema:name ?name } }
                """;
        assertEquals(List.of("Steve Witkoff"), names(ServerFixtures.query(ds("/query"), q, null)));
    }

    @Test
    void graphStoreReadsANamedGraph() {
        String url = ds("/get?graph=" + URLEncoder.encode(ServerFixtures.ARTICLE_1, StandardCharsets.UTF_8));
        HttpResponse<String> response = ServerFixtures.get(url, "application/n-triples");
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(response.body().contains("Vladimir Putin"), response::body);
        assertEquals(200, ServerFixtures.get(ds("/data?graph=" + URLEncoder.encode(ServerFixtures.ARTICLE_1,
                StandardCharsets.UTF_8)), "application/n-triples").statusCode());
    }

    @Test
    void updatesAreRefused() {
        for (String path : List.of("/update", "/sparql", "/query", "")) {
            assertRefused(ServerFixtures.post(ds(path), "application/sparql-update", INSERT), "update at " + path);
            assertRefused(ServerFixtures.post(ds(path), "application/x-www-form-urlencoded",
                    "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8)), "form update at " + path);
        }
        assertUnchanged();
    }

    @Test
    void graphStoreWritesAndUploadsAreRefused() {
        String graph = "?graph=" + URLEncoder.encode(ServerFixtures.ARTICLE_1, StandardCharsets.UTF_8);
        for (String path : List.of("/data", "/get", "", "/upload")) {
            assertRefused(ServerFixtures.put(ds(path + graph), "text/turtle", TURTLE), "PUT at " + path);
            assertRefused(ServerFixtures.post(ds(path + graph), "text/turtle", TURTLE), "POST at " + path);
            assertRefused(ServerFixtures.delete(ds(path + graph)), "DELETE at " + path);
        }
        assertRefused(ServerFixtures.post(ds("/upload"), "multipart/form-data; boundary=XX",
                "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\n"
                        + "Content-Type: text/turtle\r\n\r\n" + TURTLE + "\r\n--XX--\r\n"), "upload");
        assertUnchanged();
    }

    @Test
    void adminEndpointsAreNotServed() {
        for (String path : List.of("$/datasets", "$/datasets/newsgraph", "$/backup/newsgraph", "$/backups-list",
                "$/tasks", "$/compact/newsgraph", "$/metrics", "$/reload", "$/logs")) {
            assertRefused(ServerFixtures.get(server.url() + path), "GET " + path);
            assertRefused(ServerFixtures.post(server.url() + path, "application/x-www-form-urlencoded",
                    "dbName=other&dbType=mem"), "POST " + path);
        }
        assertRefused(ServerFixtures.delete(server.url() + "$/datasets/newsgraph"), "DELETE dataset");
        assertEquals(List.of("Steve Witkoff", "Vladimir Putin"), names(ServerFixtures.query(ds("/query"), ATTENDEES_QUERY, null)));
    }

    @Test
    void pingAndServerDescriptionAnswer() {
        assertEquals(200, ServerFixtures.get(server.url() + "$/ping").statusCode());
        HttpResponse<String> status = ServerFixtures.get(server.url() + "$/server");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/newsgraph\""), status::body);
        assertEquals(200, ServerFixtures.get(server.url() + "$/stats/newsgraph").statusCode());
    }

    @Test
    void uiPageAndItsAssetsLoad() {
        for (String page : List.of("", "index.html")) {
            HttpResponse<String> index = ServerFixtures.get(server.url() + page);
            assertEquals(200, index.statusCode(), "GET /" + page);
            assertTrue(index.body().contains("<div id=\"app\">"), index::body);
            List<String> assets = assets(index.body());
            assertTrue(assets.stream().anyMatch(a -> a.endsWith(".js")), () -> "no script in " + index.body());
            assertTrue(assets.stream().anyMatch(a -> a.endsWith(".css")), () -> "no stylesheet in " + index.body());
            for (String asset : assets) {
                String url = server.url() + asset.replaceFirst("^\\./", "").replaceFirst("^/", "");
                assertEquals(200, ServerFixtures.get(url).statusCode(), "GET " + url);
            }
        }
    }

    private static List<String> assets(String html) {
        Matcher m = Pattern.compile("<(?:script|link)\\b[^>]*?\\b(?:src|href)=\"([^\"]+)\"").matcher(html);
        List<String> urls = new ArrayList<>();
        while (m.find()) {
            urls.add(m.group(1));
        }
        return urls;
    }
}
