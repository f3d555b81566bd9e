package org.newsgraph.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * Writes article graphs to a running NewsGraph server ({@code newsgraph serve --allow-update
 * --password-file FILE}), for when the store is held by that server: TDB2 allows one process per
 * store.
 *
 * <p>Each batch goes as one SPARQL Update request to {@code DATASET/update}, holding
 * {@code DROP SILENT GRAPH} and {@code INSERT DATA} for each article. Fuseki runs a request in one
 * transaction, so a batch is written whole or not at all, as with {@link NewsStore#replace}; an
 * article replaces its graph, so sending it again never duplicates it; and queries see an article
 * whole or not at all. A batch whose request would be larger than
 * {@link Builder#maxRequestBytes(long)} is split into several requests, each one transaction. The
 * request text is written by Jena's update serialiser from nodes, never pasted together from article
 * text.
 *
 * <p>Why not one graph store protocol {@code PUT} per article: each PUT is a transaction of its own,
 * and with TDB2 every commit costs time and copy-on-write space. Writing 300 made-up articles
 * (55,000 quads) in batches of 100 took 9.5 s as updates and 68 s as PUTs, and left a database of
 * 201 MB against 537 MB.
 *
 * <p>Requests that fail because the connection was reset are sent again (writes replace graphs, so a
 * repeat does no harm), up to {@link Builder#retries(int)} times. Any other failure throws a
 * {@link RemoteStoreException} that says what to do. Thread-safe.
 */
public final class RemoteStore implements GraphSink {
    /** Default largest request body: half of the server's default limit. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 8L * 1024 * 1024;
    /** The dataset name {@code newsgraph serve} uses; assumed when the URL has no path. */
    static final String DEFAULT_DATASET = "newsgraph";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("ng", "https://newsgraph.org/ns#")
            .setNsPrefix("id", "https://newsgraph.org/id/")
            .setNsPrefix("schema", "http://schema.org/")
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .lock();

    private final String dataset;
    private final ServerCredentials credentials;
    private final long maxRequestBytes;
    private final int retries;
    private final Duration timeout;
    private final HttpClient http;

    private RemoteStore(Builder b) {
        this.dataset = b.dataset;
        this.credentials = b.credentials;
        this.maxRequestBytes = b.maxRequestBytes;
        this.retries = b.retries;
        this.timeout = b.timeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(b.connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A new builder; the dataset URL and the credentials are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:3030/newsgraph}. */
    @Override
    public String describe() {
        return dataset;
    }

    /**
     * Checks, without writing anything, that the server answers and lets these credentials write: it
     * sends an empty SPARQL Update request.
     *
     * @throws RemoteStoreException saying what is wrong: no server, no write endpoint, wrong password,
     *     user not allowed to write
     */
    public void verify() {
        post(new UpdateRequest(), "an empty update (checking write access)");
    }

    @Override
    public long replace(Collection<ArticleGraph> batch) {
        return batch.isEmpty() ? 0 : update(List.copyOf(batch));
    }

    private long update(List<ArticleGraph> graphs) {
        UpdateRequest request = updateRequest(graphs);
        String text = request.toString();
        if (text.length() > maxRequestBytes / 3 && graphs.size() > 1
                && text.getBytes(StandardCharsets.UTF_8).length > maxRequestBytes) {
            int half = graphs.size() / 2;
            return update(graphs.subList(0, half)) + update(graphs.subList(half, graphs.size()));
        }
        send(() -> request("update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)),
                describe(graphs));
        return graphs.stream().mapToLong(g -> g.quads().size()).sum();
    }

    /** DROP SILENT GRAPH and INSERT DATA for each article, for Jena to write as SPARQL. */
    static UpdateRequest updateRequest(List<ArticleGraph> graphs) {
        UpdateRequest request = new UpdateRequest();
        request.setPrefixMapping(PREFIXES);
        for (ArticleGraph g : graphs) {
            Node graph = NodeFactory.createURI(g.graphIri());
            request.add(new UpdateDrop(graph, true));
            if (!g.quads().isEmpty()) {
                QuadDataAcc data = new QuadDataAcc();
                for (Quad q : g.quads()) {
                    data.addQuad(new Quad(graph, q.getSubject(), q.getPredicate(), q.getObject()));
                }
                request.add(new UpdateDataInsert(data));
            }
        }
        return request;
    }

    private void post(UpdateRequest request, String what) {
        String text = request.toString();
        send(() -> request("update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)), what);
    }

    private HttpRequest.Builder request(String endpoint) {
        return HttpRequest.newBuilder(URI.create(dataset + "/" + endpoint)).timeout(timeout)
                .header("Authorization", credentials.basicAuthorization());
    }

    private static String describe(List<ArticleGraph> graphs) {
        return graphs.size() == 1 ? "article graph " + graphs.get(0).graphIri()
                : graphs.size() + " article graphs (" + graphs.get(0).graphIri() + " ...)";
    }

    private void send(java.util.function.Supplier<HttpRequest.Builder> request, String what) {
        HttpRequest built = request.get().build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                throw new RemoteStoreException("cannot connect to " + dataset + " to write " + what + ": " + e
                        + ". Is 'newsgraph serve --allow-update --password-file FILE' running at that address?", 0, e);
            } catch (HttpTimeoutException e) {
                throw new RemoteStoreException("no answer from " + dataset + " within " + timeout.toSeconds()
                        + " s while writing " + what + "; the server may still be writing: try smaller batches", 0, e);
            } catch (IOException e) {
                if (attempt < retries) {
                    pause(attempt);
                    continue;
                }
                throw new RemoteStoreException("writing " + what + " to " + dataset + " failed after "
                        + (attempt + 1) + " attempts: " + e, 0, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteStoreException("interrupted while writing " + what + " to " + dataset, 0, e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return;
            }
            throw RemoteErrors.of(status, response.body(), built, credentials.user(), what);
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(100L << Math.min(attempt, 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteStoreException("interrupted while waiting to retry", 0, e);
        }
    }

    /**
     * Settings of a {@link RemoteStore}. Setters check their value and throw
     * {@link IllegalArgumentException} naming the setting. Not thread-safe.
     */
    public static final class Builder {
        private String dataset;
        private ServerCredentials credentials;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int retries = 3;
        private Duration timeout = Duration.ofMinutes(5);
        private Duration connectTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        /**
         * The dataset URL, e.g. {@code http://127.0.0.1:3030/newsgraph}; a URL without a path means
         * dataset {@value RemoteStore#DEFAULT_DATASET}. Required.
         */
        public Builder datasetUrl(String url) {
            Objects.requireNonNull(url, "datasetUrl");
            URI uri;
            try {
                uri = URI.create(url.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("datasetUrl is not a URL: '" + url + "'", e);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("datasetUrl must be an http(s) URL without query or fragment, e.g."
                        + " http://127.0.0.1:3030/newsgraph: '" + url + "'");
            }
            String s = uri.toString().replaceAll("/+$", "");
            this.dataset = uri.getPath() == null || uri.getPath().replace("/", "").isEmpty()
                    ? s + "/" + DEFAULT_DATASET : s;
            return this;
        }

        /** Who writes: a user in role {@code admin} of the server's password file. Required. */
        public Builder credentials(ServerCredentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** Largest update request body before a batch is split; default 8 MiB (the server refuses more than 16 MiB). */
        public Builder maxRequestBytes(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxRequestBytes must be at least 1024: " + bytes);
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /** How often a request is sent again after a reset connection; 0-10, default 3. */
        public Builder retries(int retries) {
            if (retries < 0 || retries > 10) {
                throw new IllegalArgumentException("retries must be between 0 and 10: " + retries);
            }
            this.retries = retries;
            return this;
        }

        /** Longest wait for the answer to one request; default 5 minutes. */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.toMillis() < 1) {
                throw new IllegalArgumentException("timeout must be at least 1 ms: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Longest wait to connect; default 10 s. */
        public Builder connectTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "connectTimeout");
            if (timeout.toMillis() < 1) {
                throw new IllegalArgumentException("connectTimeout must be at least 1 ms: " + timeout);
            }
            this.connectTimeout = timeout;
            return this;
        }

        /** The remote store; refuses a missing dataset URL or missing credentials. */
        public RemoteStore build() {
            List<String> missing = new ArrayList<>();
            if (dataset == null) {
                missing.add("datasetUrl");
            }
            if (credentials == null) {
                missing.add("credentials");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("RemoteStore needs " + String.join(" and ", missing));
            }
            return new RemoteStore(this);
        }
    }
}
