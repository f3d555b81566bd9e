/**
 * Throughput and memory benchmarks: {@link org.newsgraph.bench.CorpusGenerator} makes synthetic
 * corpora of any size from a few real articles, {@link org.newsgraph.bench.PipelineBench} measures
 * each stage of the pipeline on one corpus against bare OpenNLP and Jena's bulk loader. Run through
 * {@code newsgraph bench}; nothing here is used by the ingest path.
 */
package org.newsgraph.bench;
