package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.store.RemoteFixtures.ADMIN;
import static org.newsgraph.store.RemoteFixtures.READER;
import static org.newsgraph.store.RemoteFixtures.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.server.NewsGraphServer;

/** Writing article graphs to a running server, as an admin, and being refused otherwise. */
class RemoteStoreTest {
    @TempDir
    static Path dir;
    private static NewsStore store;
    private static NewsGraphServer server;

    @BeforeAll
    static void start() throws IOException {
        store = NewsStore.open(dir.resolve("tdb2"));
        server = RemoteFixtures.serve(store, RemoteFixtures.passwordFile(dir));
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

    private static long[] countsOf(int id) {
        return RemoteFixtures.counts(server).get(RemoteFixtures.ARTICLE_NS + id);
    }

    @Test
    void writtenGraphsAreQueryable() {
        int base = 0;
        long written = RemoteFixtures.remote(server, ADMIN).replace(List.of(article(base + 1, 4), article(base + 2, 7)));
        assertEquals(11, written);
        assertArrayEquals(new long[] {4, 4}, countsOf(base + 1));
        assertArrayEquals(new long[] {7, 7}, countsOf(base + 2));
    }

    @Test
    void resendingAnArticleReplacesIt() {
        int id = 10;
        RemoteStore remote = RemoteFixtures.remote(server, ADMIN);
        remote.replace(List.of(article(id, 9)));
        remote.replace(List.of(article(id, 9)));
        assertArrayEquals(new long[] {9, 9}, countsOf(id));
        remote.replace(List.of(article(id, 3)));
        assertArrayEquals(new long[] {3, 3}, countsOf(id));
    }

    @Test
    void articleTextThatLooksLikeSparqlStaysALiteral() {
        int id = 20;
        String text = "\"} } ; DROP ALL ; INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> \"\"\"c\\\" } }\n# '''\u00e9\u4e2d";
        Node g = NodeFactory.createURI(RemoteFixtures.ARTICLE_NS + id);
        ArticleGraph graph = new ArticleGraph(g.getURI(), List.of(Quad.create(g, g,
                NodeFactory.createURI(RemoteFixtures.NG + "text"), NodeFactory.createLiteralString(text))));
        RemoteFixtures.remote(server, ADMIN).replace(List.of(article(id + 1, 3), graph));
        String ask = "ASK { GRAPH <" + g.getURI() + "> { ?s <" + RemoteFixtures.NG + "text> ?t } }";
        assertTrue(RemoteFixtures.query(server, ask, READER).body().contains("true"));
        String stored = org.apache.jena.system.Txn.calculateRead(store.dataset(), () ->
                store.dataset().find(g, g, Node.ANY, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals(text, stored);
        assertArrayEquals(new long[] {3, 3}, countsOf(id + 1), "the other article is still there");
    }

    @Test
    void batchLargerThanTheRequestLimitIsSplit() {
        RemoteStore remote = RemoteStore.builder().datasetUrl(server.datasetUrl()).credentials(ADMIN)
                .maxRequestBytes(2048).build();
        List<ArticleGraph> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            batch.add(article(300 + i, 20));
        }
        assertEquals(240, remote.replace(batch));
        Map<String, long[]> counts = RemoteFixtures.counts(server);
        for (int i = 0; i < 12; i++) {
            assertArrayEquals(new long[] {20, 20}, counts.get(RemoteFixtures.ARTICLE_NS + (300 + i)));
        }
    }

    @Test
    void wrongPasswordSaysUnauthorized() {
        RemoteStore remote = RemoteFixtures.remote(server, new ServerCredentials("editor", "guess"));
        RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> remote.replace(List.of(article(400, 2))));
        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("password of user 'editor'"), e.getMessage());
        assertEquals(null, countsOf(400));
    }

    @Test
    void readerIsForbidden() {
        RemoteStore remote = RemoteFixtures.remote(server, READER);
        RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> remote.replace(List.of(article(401, 2))));
        assertEquals(403, e.status());
        assertTrue(e.getMessage().contains("user 'viewer' may not write") && e.getMessage().contains("role admin"),
                e.getMessage());
        assertEquals(null, countsOf(401));
    }

    @Test
    void verifyChecksCredentialsWithoutWriting() {
        long before = store.quadCount();
        RemoteFixtures.remote(server, ADMIN).verify();
        assertEquals(before, store.quadCount());
        RemoteStoreException e = assertThrows(RemoteStoreException.class,
                () -> RemoteFixtures.remote(server, READER).verify());
        assertEquals(403, e.status());
    }

    @Test
    void readOnlyServerSaysToAllowUpdates() {
        try (NewsGraphServer readOnly = NewsGraphServer.builder().dataset(store.dataset()).port(0).build().start()) {
            RemoteStore remote = RemoteFixtures.remote(readOnly, ADMIN);
            RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> remote.replace(List.of(article(402, 2))));
            assertTrue(e.status() == 404 || e.status() == 405, "status " + e.status());
            assertTrue(e.getMessage().contains("--allow-update"), e.getMessage());
        }
    }

    @Test
    void tooLargeRequestSaysToUseSmallerBatches() throws IOException {
        try (NewsGraphServer small = NewsGraphServer.builder().dataset(store.dataset()).port(0).allowUpdate(true)
                .passwordFile(dir.resolve("users")).maxRequestBytes(4096).build().start()) {
            RemoteStoreException e = assertThrows(RemoteStoreException.class,
                    () -> RemoteFixtures.remote(small, ADMIN).replace(List.of(article(403, 200))));
            assertEquals(413, e.status());
            assertTrue(e.getMessage().contains("--batch"), e.getMessage());
        }
    }

    @Test
    void noServerSaysToStartOne() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RemoteStore remote = RemoteStore.builder().datasetUrl("http://127.0.0.1:" + port).credentials(ADMIN).build();
        assertEquals("http://127.0.0.1:" + port + "/newsgraph", remote.describe());
        RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> remote.replace(List.of(article(404, 2))));
        assertEquals(0, e.status());
        assertTrue(e.getMessage().contains("cannot connect") && e.getMessage().contains("serve --allow-update"), e.getMessage());
    }

    @Test
    void resetConnectionIsRetried() throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0)) {
            Thread fake = new Thread(() -> answerSecondConnection(listener, connections), "fake-server");
            fake.setDaemon(true);
            fake.start();
            RemoteStore remote = RemoteStore.builder().datasetUrl("http://127.0.0.1:" + listener.getLocalPort() + "/ds")
                    .credentials(ADMIN).build();
            assertEquals(2, remote.replace(List.of(article(405, 2))));
            fake.join(10_000);
        }
        assertEquals(2, connections.get());
    }

    /** Drops the first connection with a reset, answers 204 on the second. */
    private static void answerSecondConnection(ServerSocket listener, AtomicInteger connections) {
        try {
            try (Socket first = listener.accept()) {
                connections.incrementAndGet();
                first.getInputStream().read(new byte[64]);
                first.setSoLinger(true, 0);
            }
            try (Socket second = listener.accept()) {
                connections.incrementAndGet();
                InputStream in = second.getInputStream();
                readRequest(in);
                OutputStream out = second.getOutputStream();
                out.write("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                return;
            }
            head.append((char) c);
        }
        String h = head.toString().toLowerCase(java.util.Locale.ROOT);
        int at = h.indexOf("content-length:");
        if (at >= 0) {
            int len = Integer.parseInt(h.substring(at + 15, h.indexOf('\r', at)).strip());
            in.readNBytes(len);
        }
    }
}
