package org.newsgraph.bench;

import java.util.Map;

/**
 * The figures of one corpus size, as measured in one JVM by {@link PipelineBench}.
 *
 * @param articles articles in the corpus
 * @param tokens   tokens found by NewsGraph's annotator
 * @param quads    quads written to the store
 * @param stages   one-thread time of each stage: reading, nlp, extraction, linking, mapping, loading
 * @param baseline bare OpenNLP on the same texts, one thread
 * @param loaders  Jena's bulk loaders (phased, parallel) on the same quads from an N-Quads file
 * @param ingest   the whole ingest (pipeline and loading) by thread count, on a prefix of the corpus
 * @param queries  latency of each shipped query on the loaded store
 * @param ingestMemory peak memory of NewsGraph's own streaming work: the one-thread pass over the whole
 *     corpus into the store, and the whole-ingest runs (not Jena's bulk loaders, not the queries)
 * @param memory   peak memory of the JVM over all of the above, queries and bulk loaders included
 * @param bulkLoaderMemory peak memory while Jena's bulk loaders ran (measured apart from the ingest)
 */
public record BenchResult(long articles, long tokens, long quads, Map<String, PipelineBench.Stage> stages,
        PipelineBench.Stage baseline, Map<String, PipelineBench.Stage> loaders, Map<Integer, PipelineBench.Stage> ingest,
        Map<String, Latency> queries, Memory ingestMemory, Memory memory, Memory bulkLoaderMemory) {

    /** Seconds of the one-thread pipeline without loading (reading, NLP, extraction, linking, mapping). */
    public double pipelineSeconds() {
        return stages.entrySet().stream().filter(e -> !e.getKey().equals("loading"))
                .mapToDouble(e -> e.getValue().seconds()).sum();
    }

    /** Quads per second of the fastest Jena bulk loader. */
    public double bestBulkRate() {
        return loaders.values().stream().mapToDouble(s -> s.quads() / s.seconds()).max().orElse(Double.NaN);
    }

    /** Quads per second of the store's batch path. */
    public double loadRate() {
        PipelineBench.Stage s = stages.get("loading");
        return s.quads() / s.seconds();
    }

    /**
     * Query latency in milliseconds.
     *
     * @param p50  median
     * @param p95  95th percentile
     * @param rows     rows returned
     * @param runs     timed runs
     * @param timedOut whether a run was cancelled at the timeout (p50 and p95 are then NaN)
     */
    public record Latency(double p50, double p95, long rows, int runs, boolean timedOut) {
    }

    /**
     * Peak memory in bytes.
     *
     * @param heap     peak heap in use (sum of the heap pools' peaks)
     * @param liveHeap peak heap in use just after a collection
     * @param rss      peak resident set (VmHWM; includes mapped store files), -1 if unknown
     * @param rssAnon  peak anonymous resident set (sampled), -1 if unknown
     * @param maxHeap  the heap limit (-Xmx)
     */
    public record Memory(long heap, long liveHeap, long rss, long rssAnon, long maxHeap) {
        /** The larger of each figure: the peaks of two parts of a run taken together. */
        public Memory max(Memory o) {
            return new Memory(Math.max(heap, o.heap), Math.max(liveHeap, o.liveHeap), Math.max(rss, o.rss),
                    Math.max(rssAnon, o.rssAnon), Math.max(maxHeap, o.maxHeap));
        }
    }
}
