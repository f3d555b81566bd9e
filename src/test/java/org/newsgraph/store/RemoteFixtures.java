package org.newsgraph.store;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.server.NewsGraphServer;

/** A store served with updates allowed, hand-made article graphs and a small HTTP client, for the remote tests. */
final class RemoteFixtures {
    static final String NG = "https://newsgraph.org/ns#";
    static final String ARTICLE_NS = "https://newsgraph.org/article/";
    static final ServerCredentials ADMIN = new ServerCredentials("editor", "s3cret-admin");
    static final ServerCredentials READER = new ServerCredentials("viewer", "s3cret-reader");

    /** Per article graph: its number of quads and the number its marker triple announces. */
    static final String COUNTS_QUERY = """
            PREFIX ng: <https://newsgraph.org/ns#>
            SELECT ?g (COUNT(*) AS ?n) (SAMPLE(?expected) AS ?e) WHERE {
              %s
              GRAPH ?g { ?s ?p ?o }
              OPTIONAL { GRAPH ?g { ?g ng:tripleCount ?expected } }
            } GROUP BY ?g
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private RemoteFixtures() {
    }

    /** Writes the server's password file: an admin and a reader. */
    static Path passwordFile(Path dir) throws IOException {
        return Files.writeString(dir.resolve("users"), """
                editor: s3cret-admin, admin
                viewer: s3cret-reader, reader
                """);
    }

    /** A started server over the store, updates allowed for the admin. */
    static NewsGraphServer serve(NewsStore store, Path passwords) {
        return NewsGraphServer.builder().dataset(store.dataset()).port(0).allowUpdate(true)
                .passwordFile(passwords).build().start();
    }

    static RemoteStore remote(NewsGraphServer server, ServerCredentials who) {
        return RemoteStore.builder().datasetUrl(server.datasetUrl()).credentials(who).build();
    }

    /**
     * Article {@code id} with exactly {@code size} quads: the marker {@code <graph> ng:tripleCount size}
     * and {@code size - 1} facts, some of them with awkward text.
     */
    static ArticleGraph article(int id, int size) {
        String iri = ARTICLE_NS + id;
        Node g = NodeFactory.createURI(iri);
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, g, NodeFactory.createURI(NG + "tripleCount"),
                NodeFactory.createLiteralDT(Integer.toString(size), XSDDatatype.XSDinteger)));
        for (int i = 1; i < size; i++) {
            Node s = NodeFactory.createURI("https://newsgraph.org/id/statement/" + id + "-" + i);
            quads.add(Quad.create(g, s, NodeFactory.createURI(NG + "text"),
                    NodeFactory.createLiteralString("Article " + id + " said \"" + i + "\" }\n")));
        }
        return new ArticleGraph(iri, quads);
    }

    /** Quads per article graph and the count each graph's marker announces (-1 when it has none). */
    static Map<String, long[]> counts(NewsGraphServer server) {
        return counts(server, List.of());
    }

    /** As {@link #counts(NewsGraphServer)}, for the given articles only (all if none given). */
    static Map<String, long[]> counts(NewsGraphServer server, List<Integer> articles) {
        String values = articles.isEmpty() ? "" : "VALUES ?g { "
                + String.join(" ", articles.stream().map(id -> "<" + ARTICLE_NS + id + ">").toList()) + " }";
        HttpResponse<String> r = query(server, COUNTS_QUERY.formatted(values), READER);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("count query: HTTP " + r.statusCode() + " " + r.body());
        }
        Map<String, long[]> counts = new HashMap<>();
        try {
            for (JsonNode row : JSON.readTree(r.body()).path("results").path("bindings")) {
                JsonNode e = row.path("e").path("value");
                counts.put(row.path("g").path("value").asText(), new long[] {
                    row.path("n").path("value").asLong(), e.isMissingNode() ? -1 : e.asLong()});
            }
        } catch (IOException e) {
            throw new IllegalStateException("count query: not JSON: " + r.body(), e);
        }
        return counts;
    }

    static HttpResponse<String> query(NewsGraphServer server, String sparql, ServerCredentials who) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/query"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (who.user() + ":" + who.password()).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("query failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
