package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.newsgraph.server.NewsGraphServer;

/**
 * Queries during a remote ingest: 16 HTTP clients query the server without pause while a writer adds
 * 200 articles through it and then replaces 50 of them with versions of another size. Every query must
 * succeed, and every article graph a query sees must be whole: as many quads as its marker announces.
 * Readers mostly check eight random articles at a time, every eighth query all of them, and now and
 * then count articles through the union default graph.
 */
class RemoteConcurrencyTest {
    private static final int READERS = 16;
    private static final int ARTICLES = 200;
    private static final int RESENT = 50;
    private static final int BATCH = 50;
    private static final String UNION_QUERY = """
            PREFIX ng: <https://newsgraph.org/ns#>
            SELECT (COUNT(?a) AS ?articles) (SUM(?c) AS ?announced) WHERE { ?a ng:tripleCount ?c }
            """;

    @TempDir
    Path dir;

    private static int size(int id, boolean second) {
        return second ? 3 + (id * 7) % 31 : 5 + (id * 13) % 40;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void queriesDuringAnIngestSeeOnlyWholeArticlesAndNeverFail() throws Exception {
        try (NewsStore store = NewsStore.open(dir.resolve("tdb2"));
                NewsGraphServer server = RemoteFixtures.serve(store, RemoteFixtures.passwordFile(dir))) {
            RemoteStore remote = RemoteFixtures.remote(server, RemoteFixtures.ADMIN);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong queries = new AtomicLong();
            Queue<String> errors = new ConcurrentLinkedQueue<>();
            CountDownLatch ready = new CountDownLatch(READERS);
            ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
            try {
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    int reader = r;
                    readers.add(pool.submit(() -> read(server, reader, writing, ready, queries, errors)));
                }
                ready.await(30, TimeUnit.SECONDS);
                Future<?> writer = pool.submit(() -> write(remote, writing));
                writer.get(100, TimeUnit.SECONDS);
                for (Future<?> f : readers) {
                    f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                writing.set(false);
                pool.shutdownNow();
            }
            assertEquals(List.of(), List.copyOf(errors).subList(0, Math.min(errors.size(), 10)),
                    errors.size() + " errors in " + queries.get() + " queries");
            assertTrue(queries.get() >= READERS * 2L, "queries run: " + queries.get());
            Map<String, long[]> end = RemoteFixtures.counts(server);
            assertEquals(ARTICLES, end.size());
            for (int id = 0; id < ARTICLES; id++) {
                int expected = size(id, id < RESENT);
                assertArrayEquals(new long[] {expected, expected}, end.get(RemoteFixtures.ARTICLE_NS + id), "article " + id);
            }
        }
    }

    /** Adds the articles, {@value #BATCH} per request, then sends the first {@value #RESENT} again with another size. */
    private static Void write(RemoteStore remote, AtomicBoolean writing) {
        try {
            List<ArticleGraph> batch = new ArrayList<>();
            for (int id = 0; id < ARTICLES + RESENT; id++) {
                int article = id % ARTICLES;
                batch.add(RemoteFixtures.article(article, size(article, id >= ARTICLES)));
                if (batch.size() == BATCH) {
                    remote.replace(batch);
                    batch.clear();
                }
            }
            remote.replace(batch);
            return null;
        } finally {
            writing.set(false);
        }
    }

    private static Void read(NewsGraphServer server, int reader, AtomicBoolean writing, CountDownLatch ready,
            AtomicLong queries, Queue<String> errors) throws IOException {
        ready.countDown();
        int round = 0;
        java.util.Random random = new java.util.Random(reader);
        do {
            try {
                int kind = (reader + round) % 8;
                if (kind < 7) {
                    List<Integer> some = kind == 0 ? List.of() : random.ints(0, ARTICLES).distinct().limit(8).boxed().toList();
                    for (Map.Entry<String, long[]> e : RemoteFixtures.counts(server, some).entrySet()) {
                        long[] c = e.getValue();
                        if (c[0] != c[1]) {
                            errors.add("partial article " + e.getKey() + ": " + c[0] + " quads, marker says " + c[1]);
                        }
                    }
                } else {
                    HttpResponse<String> r = RemoteFixtures.query(server, UNION_QUERY, RemoteFixtures.READER);
                    if (r.statusCode() != 200) {
                        errors.add("union query: HTTP " + r.statusCode() + " " + r.body());
                    }
                }
            } catch (RuntimeException e) {
                errors.add("reader " + reader + ": " + e);
            }
            queries.incrementAndGet();
            round++;
        } while (writing.get());
        return null;
    }
}
