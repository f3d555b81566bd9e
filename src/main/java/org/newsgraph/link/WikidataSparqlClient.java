package org.newsgraph.link;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.newsgraph.extract.EntityType;

/**
 * Candidates from a Wikidata-shaped SPARQL endpoint (the Wikidata Query Service, or a local copy):
 * items whose English label or alias is the name, with their class ({@code wdt:P31}), country
 * ({@code wdt:P27}/{@code wdt:P17}), description and offices ({@code p:P39} with start and end
 * qualifiers). Sends a descriptive User-Agent and a timeout. Thread-safe.
 */
public final class WikidataSparqlClient implements CandidateSource {
    /** The Wikidata Query Service endpoint. */
    public static final String WIKIDATA_SPARQL = "https://query.wikidata.org/sparql";

    private static final String PREFIXES = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX p: <http://www.wikidata.org/prop/>
            PREFIX ps: <http://www.wikidata.org/prop/statement/>
            PREFIX pq: <http://www.wikidata.org/prop/qualifier/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX wikibase: <http://wikiba.se/ontology#>
            """;
    private static final String QUERY = PREFIXES + """
            SELECT ?item ?label ?class ?country ?pos ?posLabel ?start ?end ?links WHERE {
              { ?item rdfs:label ?name } UNION { ?item skos:altLabel ?name }
              ?item wdt:P31 ?class .
              OPTIONAL { ?item rdfs:label ?label FILTER(lang(?label) = "en") }
              OPTIONAL { ?item wdt:P27|wdt:P17 ?country }
              OPTIONAL { ?item wikibase:sitelinks ?links }
              OPTIONAL {
                ?item p:P39 ?st . ?st ps:P39 ?pos .
                OPTIONAL { ?pos rdfs:label ?posLabel FILTER(lang(?posLabel) = "en") }
                OPTIONAL { ?st pq:P580 ?start }
                OPTIONAL { ?st pq:P582 ?end }
              }
            } LIMIT 1000
            """;

    private final String endpoint;
    private final String userAgent;
    private final Duration timeout;

    /**
     * @param endpoint  the SPARQL endpoint URL
     * @param userAgent a descriptive User-Agent
     * @param timeout   the time a query may take
     */
    public WikidataSparqlClient(String endpoint, String userAgent, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must be descriptive: '" + userAgent + "'");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.userAgent = userAgent;
        this.timeout = timeout;
    }

    /** A client for the Wikidata Query Service with the default User-Agent and a 20 s timeout. */
    public WikidataSparqlClient() {
        this(WIKIDATA_SPARQL, WikidataClient.DEFAULT_USER_AGENT, Duration.ofSeconds(20));
    }

    /** The query sent for a name (the name bound as an English literal). */
    static String query(String name) {
        String literal = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@en";
        return QUERY.replace("{ ?item rdfs:label ?name } UNION { ?item skos:altLabel ?name }",
                "{ ?item rdfs:label " + literal + " } UNION { ?item skos:altLabel " + literal + " }");
    }

    @Override
    public List<GazetteerEntry> candidates(String name, EntityType type) {
        Map<String, Acc> items = new LinkedHashMap<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(query(name))
                .sendMode(QuerySendMode.asGetAlways).httpHeader("User-Agent", userAgent)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String qid = local(s.get("item"));
                Acc a = items.computeIfAbsent(qid, q -> new Acc());
                a.label = s.contains("label") ? s.getLiteral("label").getString() : a.label;
                a.classes.add(local(s.get("class")));
                if (s.contains("country")) {
                    a.countries.add(local(s.get("country")));
                }
                if (s.contains("links")) {
                    a.links = Math.max(a.links, s.getLiteral("links").getInt());
                }
                if (s.contains("pos")) {
                    String pos = s.contains("posLabel") ? s.getLiteral("posLabel").getString() : local(s.get("pos"));
                    a.positions.add(new GazetteerEntry.Position(pos, "", day(s.get("start"), false),
                            day(s.get("end"), true)));
                }
            }
        } catch (RuntimeException e) {
            throw new WikidataException("SPARQL query for '" + name + "' at " + endpoint + " failed: " + e.getMessage(), e);
        }
        List<GazetteerEntry> out = new ArrayList<>();
        items.forEach((qid, a) -> {
            EntityType t = a.classes.contains("Q5") ? EntityType.PERSON
                    : a.classes.contains("Q6256") || a.classes.contains("Q515") || a.classes.contains("Q3624078")
                            ? EntityType.PLACE : EntityType.ORGANIZATION;
            if (t == type && qid.matches("Q[1-9][0-9]*")) {
                String kind = t != EntityType.PLACE ? "" : a.classes.contains("Q515") ? "city" : "country";
                out.add(new GazetteerEntry(qid, t, a.label == null ? name : a.label, List.of(name),
                        new ArrayList<>(a.countries), Math.min(100, a.links), new ArrayList<>(a.positions), kind, 0));
            }
        });
        return out;
    }

    private static final class Acc {
        String label;
        int links;
        final Set<String> classes = new LinkedHashSet<>();
        final Set<String> countries = new LinkedHashSet<>();
        final Set<GazetteerEntry.Position> positions = new LinkedHashSet<>();
    }

    private static String local(RDFNode n) {
        if (n == null || !n.isURIResource()) {
            return "";
        }
        String uri = n.asResource().getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static LocalDate day(RDFNode n, boolean end) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        String v = n.asLiteral().getLexicalForm();
        int d = GazetteerBuilder.date(v.startsWith("+") ? v.substring(1) : v, end);
        return d == 0 ? null : LocalDate.of(d / 10000, Math.max(1, d / 100 % 100), Math.max(1, d % 100));
    }
}
