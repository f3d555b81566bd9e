package org.newsgraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/** A small TDB2 news graph and an HTTP client for the server tests. */
final class ServerFixtures {
    static final String SCHEMA = "https://schema.org/";
    static final String ARTICLE_1 = "https://newsgraph.example/article/1";
    static final String ARTICLE_2 = "https://newsgraph.example/article/2";

    /**
     * A meeting of Putin and Witkoff in article 1; Witkoff's name and a statement of his only in
     * article 2, so a query that finds his name through the meeting must see both graphs.
     */
    static final String NEWS_TRIG = """
            PREFIX schema: <https://schema.org/>
            PREFIX ex: <https://newsgraph.example/id/>
            <https://newsgraph.example/article/1> {
                ex:meeting1 a schema:Event ;
                    schema:name "Meeting in Moscow" ;
                    schema:attendee ex:putin, ex:witkoff .
                ex:putin a schema:Person ; schema:name "Vladimir Putin" .
            }
            <https://newsgraph.example/article/2> {
                ex:witkoff a schema:Person ; schema:name "Steve Witkoff" .
                ex:quote1 a schema:Quotation ;
                    schema:creator ex:witkoff ;
                    schema:text "The talks were productive." .
            }
            """;

    /** Names of meeting attendees, with no GRAPH clause. */
    static final String ATTENDEES_QUERY = """
            PREFIX schema: <https://schema.org/>
            SELECT ?name WHERE {
              ?meeting a schema:Event ; schema:attendee ?person .
              ?person schema:name ?name .
            } ORDER BY ?name
            """;

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private ServerFixtures() {}

    /** A TDB2 database in {@code dir} holding {@link #NEWS_TRIG}. */
    static DatasetGraph newsDataset(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(dsg, () -> RDFParser.fromString(NEWS_TRIG, Lang.TRIG).parse(dsg));
        return dsg;
    }

    /** Adds {@code n} triples to a named graph of their own. */
    static void addTriples(DatasetGraph dsg, int n) {
        Node g = NodeFactory.createURI("https://newsgraph.example/article/bulk");
        Node p = NodeFactory.createURI(SCHEMA + "mentions");
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < n; i++) {
                Node s = NodeFactory.createURI("https://newsgraph.example/id/s" + i);
                dsg.add(Quad.create(g, s, p, NodeFactory.createLiteralString("mention " + i)));
            }
        });
    }

    static long quadCount(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    static void release(DatasetGraph dsg) {
        if (dsg != null) {
            TDBInternal.expel(dsg);
        }
    }

    static HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), null);
    }

    static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET(), null);
    }

    static HttpResponse<String> post(String url, String contentType, String body) {
        return post(url, contentType, body, null);
    }

    /** POST with basic authentication as {@code userPassword} ("user:password"), or none if null. */
    static HttpResponse<String> post(String url, String contentType, String body, String userPassword) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), userPassword);
    }

    static HttpResponse<String> put(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)), null);
    }

    static HttpResponse<String> delete(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).DELETE(), null);
    }

    /** A SPARQL query sent as the protocol's direct POST, results as JSON. */
    static HttpResponse<String> query(String endpoint, String sparql, String userPassword) {
        return send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)), userPassword);
    }

    static HttpResponse<String> send(HttpRequest.Builder request, String userPassword) {
        request.timeout(Duration.ofSeconds(60));
        if (userPassword != null) {
            String token = Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        HttpRequest built = request.build();
        try {
            try {
                return HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException staleConnection) {
                // Jetty may close a kept-alive connection after refusing a request whose body it did
                // not read, without saying so; the client then fails the next request sent on it.
                return HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            }
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
