package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import org.newsgraph.NewsGraphException;
import org.newsgraph.server.NewsGraphServer;
import org.newsgraph.store.ArticleGraph;
import org.newsgraph.store.NewsStore;

/**
 * Load figures for the SPARQL server: fills a store with {@link SyntheticArticles} (or reuses one that
 * has enough), serves it with a {@link NewsGraphServer} on a free loopback port with the settings of
 * {@code newsgraph serve} (read-only, no password), and runs concurrent clients that each send the
 * queries in turn, as fast as answers come, for a fixed time after a warm-up. Every query is first run
 * once; one that fails stops the benchmark. Bounded: the clients stop at the deadline and each request
 * times out after a minute. Build one with {@link #builder()}; a run is not thread-safe.
 */
public final class ServerLoadBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FILL_BATCH = 250;
    private static final int MAX_ERROR_SAMPLES = 5;

    private final Path store;
    private final int articles;
    private final int clients;
    private final Duration duration;
    private final Duration warmup;
    private final List<BenchQuery> queries;
    private final List<String> skipped;
    private final long seed;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Queue<String> errorSamples = new ConcurrentLinkedQueue<>();

    private ServerLoadBench(Builder b) {
        this.store = b.store;
        this.articles = b.articles;
        this.clients = b.clients;
        this.duration = b.duration;
        this.warmup = b.warmup;
        this.queries = b.queries.queries();
        this.skipped = b.queries.skipped();
        this.seed = b.seed;
    }

    /** A builder; the store folder and the queries are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Errors seen in the last run, at most five, each naming the query. */
    public List<String> errorSamples() {
        return List.copyOf(errorSamples);
    }

    /**
     * Fills the store if needed, serves it, and measures.
     *
     * @throws NewsGraphException if the store cannot be opened or a query fails on its first run
     */
    public LoadReport run() {
        try (NewsStore s = NewsStore.open(store)) {
            fill(s);
            try (NewsGraphServer server = NewsGraphServer.builder().dataset(s.dataset()).port(0).build().start()) {
                String endpoint = server.datasetUrl() + "/query";
                long[] rows = queries.stream().mapToLong(q -> firstRun(endpoint, q)).toArray();
                measure(endpoint, warmup);
                errorSamples.clear();
                Recording r = measure(endpoint, duration);
                return report(s, r, rows);
            }
        }
    }

    private void fill(NewsStore s) {
        if (s.graphCount() >= articles) {
            return;
        }
        SyntheticArticles made = new SyntheticArticles(seed);
        List<ArticleGraph> batch = new ArrayList<>(FILL_BATCH);
        for (int i = 0; i < articles; i++) {
            batch.add(made.article(i));
            if (batch.size() == FILL_BATCH || i == articles - 1) {
                s.replace(batch);
                batch.clear();
            }
        }
        s.compact();
    }

    private long firstRun(String endpoint, BenchQuery q) {
        HttpResponse<String> r;
        try {
            r = send(endpoint, q);
        } catch (IOException e) {
            throw new NewsGraphException("query " + q.name() + " failed on its first run: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the first run of " + q.name(), e);
        }
        if (r.statusCode() != 200) {
            throw new NewsGraphException("query " + q.name() + " failed on its first run: HTTP " + r.statusCode()
                    + " " + r.body().strip());
        }
        try {
            return JSON.readTree(r.body()).path("results").path("bindings").size();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Latencies of successful requests per client and query, and errors per query. */
    private record Recording(List<List<List<Long>>> nanos, AtomicLongArray errors, double seconds) {
    }

    private Recording measure(String endpoint, Duration time) {
        List<List<List<Long>>> nanos = new ArrayList<>();
        AtomicLongArray errors = new AtomicLongArray(queries.size());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + time.toNanos();
        try {
            List<Future<List<List<Long>>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                futures.add(pool.submit(() -> client(endpoint, client, deadline, errors)));
            }
            for (Future<List<List<Long>>> f : futures) {
                nanos.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark client failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } finally {
            pool.shutdownNow();
        }
        return new Recording(nanos, errors, (System.nanoTime() - start) / 1e9);
    }

    /** One client: the queries in turn, starting at its own, until the deadline. */
    private List<List<Long>> client(String endpoint, int client, long deadline, AtomicLongArray errors) {
        List<List<Long>> mine = new ArrayList<>();
        queries.forEach(q -> mine.add(new ArrayList<>()));
        for (int i = client; System.nanoTime() < deadline; i++) {
            int qi = i % queries.size();
            BenchQuery q = queries.get(qi);
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = send(endpoint, q);
                if (r.statusCode() == 200) {
                    mine.get(qi).add(System.nanoTime() - t0);
                } else {
                    error(errors, qi, q.name() + ": HTTP " + r.statusCode() + " " + r.body().strip());
                }
            } catch (IOException e) {
                error(errors, qi, q.name() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return mine;
    }

    private void error(AtomicLongArray errors, int qi, String message) {
        errors.incrementAndGet(qi);
        if (errorSamples.size() < MAX_ERROR_SAMPLES) {
            errorSamples.add(message.length() > 300 ? message.substring(0, 300) + "..." : message);
        }
    }

    private HttpResponse<String> send(String endpoint, BenchQuery q) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(q.sparql())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private LoadReport report(NewsStore s, Recording r, long[] rows) {
        List<Latencies> per = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        long allErrors = 0;
        for (int qi = 0; qi < queries.size(); qi++) {
            List<Long> these = new ArrayList<>();
            for (List<List<Long>> client : r.nanos()) {
                these.addAll(client.get(qi));
            }
            all.addAll(these);
            allErrors += r.errors().get(qi);
            per.add(Latencies.of(queries.get(qi).name(), toArray(these), r.errors().get(qi), r.seconds(), rows[qi]));
        }
        Latencies overall = Latencies.of("all", toArray(all), allErrors, r.seconds(), -1);
        return new LoadReport(s.graphCount(), s.quadCount(), clients, r.seconds(), per, overall, skipped);
    }

    private static long[] toArray(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Settings of a {@link ServerLoadBench}. Setters check their value and throw
     * {@link IllegalArgumentException} naming the setting. Not thread-safe.
     */
    public static final class Builder {
        private Path store;
        private int articles = 1_000;
        private int clients = 8;
        private Duration duration = Duration.ofSeconds(20);
        private Duration warmup = Duration.ofSeconds(5);
        private BenchQuery.Selection queries;
        private long seed = 42;

        private Builder() {
        }

        /** The store folder: filled with made-up articles unless it already holds enough. Required. */
        public Builder store(Path store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Articles the store must hold, 1-1,000,000; default 1,000. */
        public Builder articles(int articles) {
            if (articles < 1 || articles > 1_000_000) {
                throw new IllegalArgumentException("articles must be between 1 and 1000000: " + articles);
            }
            this.articles = articles;
            return this;
        }

        /** Concurrent clients, 1-256; default 8. */
        public Builder clients(int clients) {
            if (clients < 1 || clients > 256) {
                throw new IllegalArgumentException("clients must be between 1 and 256: " + clients);
            }
            this.clients = clients;
            return this;
        }

        /** Measured time, 1 s to 1 hour; default 20 s. */
        public Builder duration(Duration duration) {
            this.duration = checked("duration", duration, Duration.ofSeconds(1));
            return this;
        }

        /** Unmeasured time first, up to 10 minutes; default 5 s. */
        public Builder warmup(Duration warmup) {
            this.warmup = checked("warmup", warmup, Duration.ZERO);
            return this;
        }

        /** The queries to run. Required. */
        public Builder queries(BenchQuery.Selection queries) {
            this.queries = Objects.requireNonNull(queries, "queries");
            return this;
        }

        /** Seed of the made-up articles; default 42. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        private static Duration checked(String name, Duration d, Duration min) {
            Objects.requireNonNull(d, name);
            if (d.compareTo(min) < 0 || d.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException(name + " must be between " + min.toSeconds() + " s and 1 hour: " + d);
            }
            return d;
        }

        /** The benchmark; refuses a missing store or missing queries. */
        public ServerLoadBench build() {
            if (store == null || queries == null) {
                throw new IllegalStateException("ServerLoadBench needs " + (store == null ? "store" : "")
                        + (store == null && queries == null ? " and " : "") + (queries == null ? "queries" : ""));
            }
            return new ServerLoadBench(this);
        }
    }
}
