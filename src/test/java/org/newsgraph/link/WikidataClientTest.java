package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.EntityType;

class WikidataClientTest {
    private WikidataStandIn server;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    @TempDir
    Path cache;

    @BeforeEach
    void start() throws Exception {
        server = new WikidataStandIn();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WikidataClient.Builder client() {
        return WikidataClient.builder().apiUrl(server.api()).timeout(Duration.ofMillis(1500)).maxRetries(2)
                .backoff(Duration.ofMillis(10)).sleeper(waits::add);
    }

    @Test
    void search_readsHitsWithAliases() {
        List<WikidataClient.SearchHit> hits = client().build().search("abc", 7);
        assertEquals(7, hits.size());
        assertEquals("Q169889", hits.get(0).qid());
        assertEquals("American Broadcasting Company", hits.get(0).label());
        assertEquals(List.of("ABC"), hits.get(0).aliases());
    }

    @Test
    void search_sendsDescriptiveUserAgentAndMaxlag() {
        client().build().search("abc", 7);
        WikidataStandIn.Request r = server.requests.get(0);
        assertTrue(r.userAgent().startsWith("NewsGraph/"), r.userAgent());
        assertEquals("5", r.params().get("maxlag"));
        assertEquals("json", r.params().get("format"));
        assertEquals("wbsearchentities", r.params().get("action"));
    }

    @Test
    void search_empty() {
        assertTrue(client().build().search("nobody", 7).isEmpty());
    }

    @Test
    void search_apiErrorIsReported() {
        WikidataException e = assertThrows(WikidataException.class, () -> client().build().search("error", 7));
        assertTrue(e.getMessage().contains("no-such-entity"), e.getMessage());
    }

    @Test
    void search_retriesAfterMaxlagHonouringRetryAfter() {
        assertEquals(7, client().build().search("lagged", 7).size());
        assertEquals(2, server.searches("lagged"));
        assertEquals(List.of(Duration.ofSeconds(5)), waits);
    }

    @Test
    void search_retriesAfter429HonouringRetryAfter() {
        assertEquals(7, client().build().search("busy", 7).size());
        assertEquals(List.of(Duration.ofSeconds(2)), waits);
    }

    @Test
    void search_givesUpAfterRetriesOn503WithBackoff() {
        WikidataException e = assertThrows(WikidataException.class, () -> client().build().search("unavailable", 7));
        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
        assertEquals(3, server.searches("unavailable"));
        assertEquals(List.of(Duration.ofMillis(10), Duration.ofMillis(20)), waits);
    }

    @Test
    void search_timesOut() {
        WikidataClient c = client().timeout(Duration.ofMillis(300)).maxRetries(0).build();
        WikidataException e = assertThrows(WikidataException.class, () -> c.search("hang", 7));
        assertTrue(e.getMessage().contains("timeout"), e.getMessage());
    }

    @Test
    void search_isCachedOnDiskAndAskedOnce() throws Exception {
        client().cacheDir(cache).build().search("abc", 7);
        client().cacheDir(cache).build().search("abc", 7); // a new client, same cache directory
        assertEquals(1, server.searches("abc"));
        try (var files = Files.list(cache)) {
            assertEquals(1, files.filter(f -> f.toString().endsWith(".json")).count());
        }
    }

    @Test
    void errorsAreNotCached() {
        WikidataClient c = client().cacheDir(cache).build();
        assertThrows(WikidataException.class, () -> c.search("error", 7));
        assertThrows(WikidataException.class, () -> c.search("error", 7));
        assertEquals(2, server.searches("error"));
    }

    @Test
    void getEntities_leavesMissingOut() {
        Map<String, JsonNode> docs = client().build().getEntities(List.of("Q6", "Q42", "P31"), "labels");
        assertFalse(docs.containsKey("Q6"));
        assertTrue(docs.containsKey("Q42"));
    }

    @Test
    void candidates_buildsPersonEntries() {
        List<GazetteerEntry> people = client().build().candidates("Douglas Adams", EntityType.PERSON);
        assertEquals(1, people.size());
        GazetteerEntry adams = people.get(0);
        assertEquals("Q42", adams.qid());
        assertEquals("Douglas Adams", adams.label());
        assertTrue(adams.countries().contains("Q145"), adams.countries().toString());
        assertTrue(adams.prior() > 50);
    }

    @Test
    void builder_refusesBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> WikidataClient.builder().timeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> WikidataClient.builder().maxRetries(-1));
        assertThrows(IllegalArgumentException.class, () -> WikidataClient.builder().userAgent(" "));
    }
}
