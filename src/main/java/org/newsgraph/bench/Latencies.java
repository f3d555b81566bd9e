package org.newsgraph.bench;

import java.util.Arrays;

/**
 * What the clients measured for one query (or all): how many ran, how many failed, and latency
 * percentiles (nearest rank) in milliseconds.
 *
 * @param name    the query, or "all"
 * @param ok      successful requests
 * @param errors  failed requests (HTTP status other than 200, or no answer)
 * @param perSecond successful requests per second of the run
 * @param p50     median latency, ms
 * @param p95     95th percentile, ms
 * @param p99     99th percentile, ms
 * @param max     slowest, ms
 * @param rows    rows of the query's first result (-1 when not known)
 */
public record Latencies(String name, long ok, long errors, double perSecond, double p50, double p95, double p99,
        double max, long rows) {

    /** Summarises latencies in nanoseconds, of successful requests, over a run of {@code seconds}. */
    static Latencies of(String name, long[] nanos, long errors, double seconds, long rows) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(name, sorted.length, errors, sorted.length / seconds, rank(sorted, 0.50),
                rank(sorted, 0.95), rank(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, rows);
    }

    private static double rank(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
    }
}
