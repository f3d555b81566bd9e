package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;

class ServiceEndpointsTest {
    private static final String WD = "https://query.wikidata.org/sparql";
    private static final String MIRROR = "http://127.0.0.1:1234/wd/sparql?x=1";
    private static final ServiceEndpoints TO_MIRROR = ServiceEndpoints.of(Map.of(WD, MIRROR));

    /** The SERVICE clauses of a query (and its subqueries), as "IRI silent?". */
    private static List<String> services(Query q) {
        List<String> out = new ArrayList<>();
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                out.add(el.getServiceNode().getURI() + (el.getSilent() ? " silent" : ""));
            }

            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementSubQuery el) {
                out.addAll(services(el.getQuery()));
            }

            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementFilter el) {
                if (el.getExpr() instanceof org.apache.jena.sparql.expr.ExprFunctionOp f) {
                    ElementWalker.walk(f.getElement(), this);
                }
            }
        });
        return out;
    }

    @Test
    void rewrite_redirectsOverriddenServicesKeepingSilent() {
        Query q = QueryFactory.create("SELECT * { SERVICE SILENT <" + WD + "> { ?s ?p ?o } "
                + "SERVICE <http://other.example/sparql> { ?s ?p ?o } }");
        Query r = TO_MIRROR.rewrite(q);
        assertEquals(List.of(MIRROR + " silent", "http://other.example/sparql"), services(r));
        assertEquals(List.of(WD + " silent", "http://other.example/sparql"), services(q), "the query given is unchanged");
    }

    @Test
    void rewrite_reachesSubqueriesAndExists() {
        Query q = QueryFactory.create("SELECT * { { SELECT ?s { SERVICE <" + WD + "> { ?s ?p ?o } } } "
                + "FILTER EXISTS { SERVICE <" + WD + "> { ?s ?p ?o } } }");
        assertEquals(List.of(MIRROR, MIRROR), services(TO_MIRROR.rewrite(q)));
    }

    @Test
    void rewrite_withoutOverrides_isTheQueryItself() {
        Query q = QueryFactory.create("SELECT * { SERVICE <" + WD + "> { ?s ?p ?o } }");
        assertSame(q, ServiceEndpoints.NONE.rewrite(q));
    }

    @Test
    void parse_splitsAtTheFirstEquals() {
        assertEquals(Map.of(WD, MIRROR), ServiceEndpoints.parse(List.of(WD + "=" + MIRROR)).overrides());
        assertEquals(List.of(MIRROR), ServiceEndpoints.parse(List.of(WD + "=" + MIRROR)).targetsOf(WD));
    }

    @Test
    void parse_namesABadOverride() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServiceEndpoints.parse(List.of("nonsense")));
        assertTrue(e.getMessage().contains("'nonsense'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ServiceEndpoints.parse(List.of(WD + "=relative/path")));
        assertTrue(e.getMessage().contains("'relative/path'"), e.getMessage());
    }

    @Test
    void install_redirectsEveryQueryRunWithTheContext() {
        try (WikidataQueryStandIn wd = new WikidataQueryStandIn()) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            ServiceEndpoints.of(Map.of(WD, wd.endpoint())).install(dsg.getContext());
            String query = "PREFIX wd: <http://www.wikidata.org/entity/> PREFIX wdt: <http://www.wikidata.org/prop/direct/>"
                    + " SELECT ?p { SERVICE <" + WD + "> { wd:Q7747 wdt:P39 ?p } }";
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dsg)).build()) {
                var rs = qe.execSelect();
                assertTrue(rs.hasNext());
                assertEquals("http://www.wikidata.org/entity/Q218295", rs.next().getResource("p").getURI());
                assertFalse(rs.hasNext());
            }
            assertEquals(1, wd.userAgents().size());
        }
    }
}
