/**
 * Benchmarks. {@link org.newsgraph.bench.CorpusGenerator} makes synthetic corpora of any size from a few
 * real articles and {@link org.newsgraph.bench.PipelineBench} measures each stage of the pipeline on one
 * corpus against bare OpenNLP and Jena's bulk loader ({@code newsgraph bench});
 * {@link org.newsgraph.bench.ServerLoadBench} runs concurrent SPARQL clients against a
 * {@link org.newsgraph.server.NewsGraphServer} on loopback over made-up articles
 * ({@link org.newsgraph.bench.SyntheticArticles}), reporting queries per second, latency percentiles and
 * errors ({@code newsgraph bench-server}). Nothing here is used by the ingest path.
 */
package org.newsgraph.bench;
