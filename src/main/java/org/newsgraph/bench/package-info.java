/**
 * Load figures: made-up articles shaped like NewsGraph's own ({@link org.newsgraph.bench.SyntheticArticles})
 * and a benchmark that runs concurrent SPARQL clients against a {@link org.newsgraph.server.NewsGraphServer}
 * on loopback ({@link org.newsgraph.bench.ServerLoadBench}), reporting queries per second, latency
 * percentiles and errors.
 */
package org.newsgraph.bench;
