package org.newsgraph.store;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * A local stand-in for the Wikidata Query Service: Fuseki on 127.0.0.1 serving, read-only at
 * {@code /wd/sparql}, a small graph shaped like Wikidata's RDF with the offices of two people in the
 * seed article. Records the User-Agent of each request.
 */
public final class WikidataQueryStandIn implements AutoCloseable {
    /** Putin and Zelenskyy with the positions they hold, labelled in English and another language. */
    public static final String GRAPH = """
            @prefix wd: <http://www.wikidata.org/entity/> .
            @prefix wdt: <http://www.wikidata.org/prop/direct/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            wd:Q7747 wdt:P31 wd:Q5 ; rdfs:label "Vladimir Putin"@en ; wdt:P39 wd:Q218295 .
            wd:Q218295 rdfs:label "President of Russia"@en , "Президент Российской Федерации"@ru .
            wd:Q3874799 wdt:P31 wd:Q5 ; rdfs:label "Volodymyr Zelenskyy"@en ; wdt:P39 wd:Q1152346 .
            wd:Q1152346 rdfs:label "President of Ukraine"@en .
            """;

    private final FusekiServer fuseki;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

    /** Starts the stand-in on a free port. */
    public WikidataQueryStandIn() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(GRAPH), null, "TURTLE");
        Filter recordAgent = (request, response, chain) -> {
            userAgents.add(String.valueOf(((HttpServletRequest) request).getHeader("User-Agent")));
            chain.doFilter(request, response);
        };
        fuseki = FusekiServer.create().loopback(true).port(0).add("/wd", DatasetFactory.wrap(m).asDatasetGraph(), false)
                .addFilter("/*", recordAgent).build().start();
    }

    /** The SPARQL endpoint, {@code http://127.0.0.1:PORT/wd/sparql}. */
    public String endpoint() {
        return "http://127.0.0.1:" + fuseki.getPort() + "/wd/sparql";
    }

    /** The User-Agent of every request so far, in order. */
    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** An endpoint on a local port where nothing listens, to stand for an unreachable service. */
    public static String closedEndpoint() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        return "http://127.0.0.1:" + port + "/sparql";
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
