package org.newsgraph.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's query service with a cap on the result size: a SELECT, CONSTRUCT or DESCRIBE query
 * without a LIMIT, or with a larger one, runs with {@code LIMIT cap}. ASK queries are left alone.
 * Thread-safe (no mutable state; each request parses its own query).
 */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long cap;

    CappedQuery(long cap) {
        if (cap <= 0) {
            throw new IllegalArgumentException("result cap must be positive: " + cap);
        }
        this.cap = cap;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (query.isAskType()) {
            return;
        }
        if (!query.hasLimit() || query.getLimit() > cap) {
            query.setLimit(cap);
        }
    }
}
