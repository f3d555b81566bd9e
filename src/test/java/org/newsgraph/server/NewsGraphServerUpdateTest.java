package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.server.ServerFixtures.ATTENDEES_QUERY;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** allowUpdate with a password file: writes for role admin only, reads for any known user. */
class NewsGraphServerUpdateTest {
    private static final String ADMIN = "editor:s3cret-admin";
    private static final String READER = "viewer:s3cret-reader";
    private static final String UPDATE_CT = "application/sparql-update";

    @TempDir
    static Path dir;
    private static DatasetGraph dataset;
    private static NewsGraphServer server;

    @BeforeAll
    static void startServer() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwords"), """
                # NewsGraph users
                editor: s3cret-admin, admin
                viewer: s3cret-reader, reader
                """);
        dataset = ServerFixtures.newsDataset(dir.resolve("tdb2"));
        server = NewsGraphServer.builder().dataset(dataset).port(0)
                .allowUpdate(true).passwordFile(passwords).build().start();
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

    private static String insert(String name) {
        return "PREFIX schema: <https://schema.org/>\n"
                + "INSERT DATA { GRAPH <https://newsgraph.example/article/3> {\n"
                + "  <https://newsgraph.example/id/" + name + "> schema:name \"" + name + "\" } }";
    }

    private static boolean hasName(String name) {
        String ask = "PREFIX schema: <https://schema.org/> ASK { ?s schema:name \"" + name + "\" }";
        HttpResponse<String> r = ServerFixtures.query(ds("/query"), ask, READER);
        assertEquals(200, r.statusCode(), r::body);
        return r.body().contains("true");
    }

    @Test
    void updateWithoutCredentialsIsUnauthorized() {
        HttpResponse<String> r = ServerFixtures.post(ds("/update"), UPDATE_CT, insert("Anonymous"));
        assertEquals(401, r.statusCode(), r::body);
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), r.headers()::toString);
        assertTrue(!hasName("Anonymous"));
    }

    @Test
    void updateWithWrongPasswordIsUnauthorized() {
        assertEquals(401, ServerFixtures.post(ds("/update"), UPDATE_CT, insert("Guess"), "editor:guess").statusCode());
        assertTrue(!hasName("Guess"));
    }

    @Test
    void updateAsReaderIsForbidden() {
        HttpResponse<String> r = ServerFixtures.post(ds("/update"), UPDATE_CT, insert("Reader"), READER);
        assertEquals(403, r.statusCode(), r::body);
        assertTrue(!hasName("Reader"));
    }

    @Test
    void updateAsAdminChangesTheData() {
        HttpResponse<String> r = ServerFixtures.post(ds("/update"), UPDATE_CT, insert("Admin"), ADMIN);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, () -> "admin update: " + r.statusCode() + " " + r.body());
        assertTrue(hasName("Admin"));
    }

    @Test
    void graphStoreWritesNeedAdmin() {
        String url = ds("/data?graph=" + URLEncoder.encode("https://newsgraph.example/article/4", StandardCharsets.UTF_8));
        String turtle = "<https://newsgraph.example/id/gsp> <https://schema.org/name> \"Uploaded\" .";
        assertEquals(401, ServerFixtures.post(url, "text/turtle", turtle).statusCode());
        assertEquals(403, ServerFixtures.post(url, "text/turtle", turtle, READER).statusCode());
        assertTrue(!hasName("Uploaded"));
        int status = ServerFixtures.post(url, "text/turtle", turtle, ADMIN).statusCode();
        assertTrue(status == 200 || status == 201 || status == 204, "admin POST to graph store: " + status);
        assertTrue(hasName("Uploaded"));
    }

    @Test
    void readOnlyEndpointsStillRefuseUpdatesForAdmin() {
        for (String path : List.of("/query", "/sparql", "")) {
            int status = ServerFixtures.post(ds(path), UPDATE_CT, insert("Sideways"), ADMIN).statusCode();
            assertTrue(status >= 400 && status < 500, "update at '" + path + "' as admin: " + status);
        }
        assertTrue(!hasName("Sideways"));
    }

    @Test
    void queriesNeedAKnownUser() {
        assertEquals(401, ServerFixtures.query(ds("/query"), ATTENDEES_QUERY, null).statusCode());
        assertEquals(List.of("Steve Witkoff", "Vladimir Putin"),
                NewsGraphServerReadOnlyTest.names(ServerFixtures.query(ds("/query"), ATTENDEES_QUERY, READER)));
        assertEquals(401, ServerFixtures.get(server.url()).statusCode(), "UI without login");
        assertEquals(200, ServerFixtures.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.url())).GET(), READER).statusCode(), "UI as reader");
    }

    @Test
    void pingIsOpen() {
        assertEquals(200, ServerFixtures.get(server.url() + "$/ping").statusCode());
    }

    @Test
    void adminPathsNeedTheAdminRole() {
        for (String path : List.of("$/datasets", "$/datasets/newsgraph", "$/backup/newsgraph", "$/tasks",
                "$/compact/newsgraph", "$/metrics")) {
            String url = server.url() + path;
            assertEquals(401, ServerFixtures.get(url).statusCode(), "anonymous GET " + path);
            assertEquals(401, ServerFixtures.post(url, "application/x-www-form-urlencoded", "dbName=x").statusCode(),
                    "anonymous POST " + path);
            assertEquals(403, ServerFixtures.post(url, "application/x-www-form-urlencoded", "dbName=x", READER)
                    .statusCode(), "reader POST " + path);
            int status = ServerFixtures.post(url, "application/x-www-form-urlencoded", "dbName=x", ADMIN).statusCode();
            assertTrue(status == 404 || status == 405, "admin POST " + path + " is not served: " + status);
        }
    }
}
