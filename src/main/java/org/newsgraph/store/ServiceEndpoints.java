package org.newsgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Where federated queries' {@code SERVICE} calls go: each endpoint IRI may be sent to another, for
 * a Wikidata mirror or, in tests, a local stand-in. Applied to a parsed query ({@link #rewrite}, for
 * the command line) or to every query run over a dataset ({@link #install}, for the server, where
 * the query is parsed by Fuseki). A {@code SERVICE ?var} is only redirected by {@link #install}, once
 * the variable is bound. Immutable and thread-safe.
 */
public final class ServiceEndpoints {
    /** No overrides. */
    public static final ServiceEndpoints NONE = new ServiceEndpoints(Map.of());

    private final Map<String, String> overrides;

    private ServiceEndpoints(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Overrides from endpoint IRI to endpoint IRI.
     *
     * @throws IllegalArgumentException when an IRI is not absolute
     */
    public static ServiceEndpoints of(Map<String, String> overrides) {
        overrides.forEach((from, to) -> {
            requireAbsolute(from, "endpoint to override");
            requireAbsolute(to, "endpoint to use instead of " + from);
        });
        return new ServiceEndpoints(overrides);
    }

    /**
     * Overrides written {@code FROM=TO}, split at the first {@code =} (so TO may carry a query string).
     *
     * @throws IllegalArgumentException naming the first one that is not of that form or not absolute IRIs
     */
    public static ServiceEndpoints parse(List<String> fromEqualsTo) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String s : fromEqualsTo) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new IllegalArgumentException("expected FROM=TO (two endpoint IRIs), got '" + s + "'");
            }
            m.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
        }
        return of(m);
    }

    private static void requireAbsolute(String iri, String what) {
        Objects.requireNonNull(iri, what);
        try {
            if (IRIx.create(iri).isAbsolute()) {
                return;
            }
        } catch (IRIException e) {
            // reported below
        }
        throw new IllegalArgumentException(what + " is not an absolute IRI: '" + iri + "'");
    }

    /** The overrides, endpoint to endpoint. */
    public Map<String, String> overrides() {
        return overrides;
    }

    /** The endpoints standing in for IRIs that start with the prefix. */
    public List<String> targetsOf(String prefix) {
        List<String> out = new ArrayList<>();
        overrides.forEach((from, to) -> {
            if (from.startsWith(prefix)) {
                out.add(to);
            }
        });
        return out;
    }

    /** The endpoint to call for this one: its override, or itself. */
    public Node redirect(Node service) {
        if (service != null && service.isURI() && overrides.containsKey(service.getURI())) {
            return NodeFactory.createURI(overrides.get(service.getURI()));
        }
        return service;
    }

    /**
     * The query with each {@code SERVICE <IRI>} whose IRI is overridden calling the new endpoint, in
     * subqueries and {@code EXISTS} too; {@code SILENT} is kept. The query given is not changed.
     */
    public Query rewrite(Query query) {
        if (overrides.isEmpty()) {
            return query;
        }
        return QueryTransformOps.transform(query, new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementService el, Node service, Element subElt) {
                Node to = redirect(service);
                if (to == service) {
                    return super.transform(el, service, subElt);
                }
                return new ElementService(to, subElt, el.getSilent());
            }
        });
    }

    /**
     * Makes every query run with this context (a dataset's, say) call the overriding endpoints: adds
     * a link to the context's service executor chain that redirects the call before it is made.
     */
    public void install(Context context) {
        if (overrides.isEmpty()) {
            return;
        }
        ChainingServiceExecutor link = (op, original, binding, cxt, chain) -> {
            Node to = redirect(op.getService());
            OpService call = to == op.getService() ? op : new OpService(to, op.getSubOp(), op.getSilent());
            return chain.createExecution(call, original, binding, cxt);
        };
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.chooseRegistry(context).copy();
        registry.addSingleLink(link);
        ServiceExecutorRegistry.set(context, registry);
    }
}
