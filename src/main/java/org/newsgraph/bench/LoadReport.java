package org.newsgraph.bench;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one benchmark run.
 *
 * @param articles article graphs in the store
 * @param quads    quads in the store
 * @param clients  concurrent clients
 * @param seconds  measured time (after warm-up)
 * @param queries  per query, in file order
 * @param overall  all queries together
 * @param skipped  queries left out (they use SERVICE)
 */
public record LoadReport(long articles, long quads, int clients, double seconds, List<Latencies> queries,
        Latencies overall, List<String> skipped) {
    public LoadReport {
        queries = List.copyOf(queries);
        skipped = List.copyOf(skipped);
    }

    /** Whether any request failed. */
    public boolean hasErrors() {
        return overall.errors() > 0;
    }

    /** The figures as a Markdown table, with a line saying what was run. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%d articles (%d quads), %d clients, %.1f s measured%s%n%n", articles,
                quads, clients, seconds, skipped.isEmpty() ? "" : "; left out (SERVICE): " + String.join(", ", skipped)));
        b.append("| query | rows | ok | errors | queries/s | p50 ms | p95 ms | p99 ms | max ms |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        queries.forEach(q -> b.append(row(q)));
        b.append(row(overall));
        return b.toString();
    }

    private static String row(Latencies l) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", l.name(),
                l.rows() < 0 ? "" : Long.toString(l.rows()), l.ok(), l.errors(), l.perSecond(), l.p50(), l.p95(),
                l.p99(), l.max());
    }
}
