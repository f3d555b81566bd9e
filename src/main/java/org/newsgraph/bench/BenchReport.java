package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures of several corpus sizes as a Markdown report: a table per size, the ratios against the
 * targets, and the query latencies. Stateless.
 */
public final class BenchReport {
    /** Target: pipeline without loading vs bare OpenNLP. */
    public static final double PIPELINE_TARGET = 0.5;
    /** Target: two threads vs one. */
    public static final double SCALING_TARGET = 1.7;
    /** Target: store batch path vs Jena's bulk loader. */
    public static final double LOADING_TARGET = 0.8;
    /** Target: peak memory of the largest size vs that of 1,000 articles (or the smallest). */
    public static final double MEMORY_TARGET = 1.5;
    /** Target: query p95, milliseconds. */
    public static final double QUERY_TARGET_MS = 100;

    private BenchReport() {
    }

    /** The report; {@code header} lines (machine, command) go first. */
    public static String markdown(Map<Integer, BenchResult> bySize, List<String> header) {
        StringBuilder md = new StringBuilder();
        header.forEach(h -> md.append(h).append('\n'));
        md.append('\n').append("### Throughput per stage (one thread)\n\n");
        md.append("| stage |");
        bySize.keySet().forEach(n -> md.append(String.format(Locale.ROOT, " %,d articles/s | tokens/s |", n)));
        md.append("\n|---|").append("---:|---:|".repeat(bySize.size())).append('\n');
        for (String stage : stageNames(bySize)) {
            md.append("| ").append(stage).append(" |");
            for (BenchResult r : bySize.values()) {
                PipelineBench.Stage s = r.stages().get(stage);
                md.append(rates(r, s.seconds()));
            }
            md.append('\n');
        }
        md.append("| **pipeline without loading** |");
        bySize.values().forEach(r -> md.append(rates(r, r.pipelineSeconds())));
        md.append("\n| bare OpenNLP (baseline) |");
        bySize.values().forEach(r -> md.append(String.format(Locale.ROOT, " %s | %s |",
                num(r.articles() / r.baseline().seconds()), num(r.baseline().tokens() / r.baseline().seconds()))));
        md.append("\n");
        for (int t : threadCounts(bySize)) {
            md.append("| whole ingest, ").append(t).append(t == 1 ? " thread" : " threads").append(" |");
            for (BenchResult r : bySize.values()) {
                PipelineBench.Stage s = r.ingest().get(t);
                md.append(s == null ? " | |" : String.format(Locale.ROOT, " %s | %s |",
                        num(s.articles() / s.seconds()), num(s.tokens() / s.seconds())));
            }
            md.append('\n');
        }
        md.append("\n### Loading, triples/s\n\n| loader |");
        bySize.keySet().forEach(n -> md.append(String.format(Locale.ROOT, " %,d articles |", n)));
        md.append("\n|---|").append("---:|".repeat(bySize.size())).append("\n| store batch path (Ingester) |");
        bySize.values().forEach(r -> md.append(' ').append(num(r.loadRate())).append(" |"));
        for (String l : loaderNames(bySize)) {
            md.append("\n| Jena ").append(l).append(" bulk loader |");
            for (BenchResult r : bySize.values()) {
                PipelineBench.Stage s = r.loaders().get(l);
                md.append(' ').append(s == null ? "" : num(s.quads() / s.seconds())).append(" |");
            }
        }
        md.append("\n| triples |");
        bySize.values().forEach(r -> md.append(String.format(Locale.ROOT, " %,d |", r.quads())));
        md.append("\n\n### Peak memory, MB\n\n| measure |");
        bySize.keySet().forEach(n -> md.append(String.format(Locale.ROOT, " %,d articles |", n)));
        md.append("\n|---|").append("---:|".repeat(bySize.size())).append('\n');
        memoryRow(md, bySize, "ingest: heap in use (peak)", r -> r.ingestMemory().heap());
        memoryRow(md, bySize, "ingest: live heap after GC (peak)", r -> r.ingestMemory().liveHeap());
        memoryRow(md, bySize, "ingest: RSS anonymous (peak, sampled)", r -> r.ingestMemory().rssAnon());
        memoryRow(md, bySize, "ingest: RSS incl. mapped store files (VmHWM)", r -> r.ingestMemory().rss());
        memoryRow(md, bySize, "Jena bulk loaders: heap in use (peak)", r -> r.bulkLoaderMemory().heap());
        memoryRow(md, bySize, "Jena bulk loaders: live heap after GC (peak)", r -> r.bulkLoaderMemory().liveHeap());
        memoryRow(md, bySize, "Jena bulk loaders: RSS anonymous (peak, sampled)", r -> r.bulkLoaderMemory().rssAnon());
        memoryRow(md, bySize, "whole run: heap in use (peak)", r -> r.memory().heap());
        memoryRow(md, bySize, "whole run: live heap after GC (peak)", r -> r.memory().liveHeap());
        memoryRow(md, bySize, "whole run: RSS anonymous (peak, sampled)", r -> r.memory().rssAnon());
        md.append("\n### Query latency, ms (p50 / p95 over up to ").append(PipelineBench.QUERY_RUNS)
                .append(" runs within ").append(PipelineBench.QUERY_BUDGET_MS / 1000).append(" s, after one warm-up run; runs, rows)\n\n| query |");
        bySize.keySet().forEach(n -> md.append(String.format(Locale.ROOT, " %,d articles |", n)));
        md.append("\n|---|").append("---:|".repeat(bySize.size())).append('\n');
        for (String q : queryNames(bySize)) {
            md.append("| ").append(q).append(" |");
            for (BenchResult r : bySize.values()) {
                BenchResult.Latency l = r.queries().get(q);
                md.append(l == null ? " |" : l.timedOut()
                        ? String.format(Locale.ROOT, " > %,d (timed out) |", PipelineBench.QUERY_TIMEOUT_MS)
                        : String.format(Locale.ROOT, " %.1f / %.1f (%d runs, %,d rows) |", l.p50(), l.p95(), l.runs(), l.rows()));
            }
            md.append('\n');
        }
        md.append("\n### Ratios against the targets\n\n| target | ");
        md.append(String.join(" | ", bySize.keySet().stream().map(n -> String.format(Locale.ROOT, "%,d", n)).toList()));
        md.append(" |\n|---|").append("---:|".repeat(bySize.size())).append('\n');
        ratios(bySize).forEach(row -> md.append(row).append('\n'));
        return md.toString();
    }

    private static List<String> ratios(Map<Integer, BenchResult> bySize) {
        List<String> rows = new ArrayList<>();
        StringBuilder pipeline = new StringBuilder("| pipeline without loading / bare OpenNLP (articles/s), >= " + PIPELINE_TARGET + " |");
        StringBuilder scaling = new StringBuilder("| whole ingest 2 threads / 1 thread, >= " + SCALING_TARGET + " |");
        StringBuilder loading = new StringBuilder("| store batch path / best Jena bulk loader, >= " + LOADING_TARGET + " |");
        StringBuilder query = new StringBuilder("| slowest query p95, < " + (int) QUERY_TARGET_MS + " ms |");
        for (BenchResult r : bySize.values()) {
            pipeline.append(cell(r.baseline().seconds() / r.pipelineSeconds(), PIPELINE_TARGET, true));
            PipelineBench.Stage one = r.ingest().get(1);
            PipelineBench.Stage two = r.ingest().get(2);
            scaling.append(one == null || two == null ? " |" : cell(one.seconds() / two.seconds(), SCALING_TARGET, true));
            loading.append(cell(r.loadRate() / r.bestBulkRate(), LOADING_TARGET, true));
            double worst = r.queries().values().stream().mapToDouble(l -> l.timedOut() ? PipelineBench.QUERY_TIMEOUT_MS : l.p95())
                    .max().orElse(Double.NaN);
            query.append(String.format(Locale.ROOT, " %.1f ms %s |", worst, worst < QUERY_TARGET_MS ? "ok" : "**missed**"));
        }
        rows.add(pipeline.toString());
        rows.add(scaling.toString());
        rows.add(loading.toString());
        rows.add(query.toString());
        if (bySize.size() > 1) {
            TreeMap<Integer, BenchResult> sorted = new TreeMap<>(bySize);
            int largest = sorted.lastKey();
            int ref = sorted.containsKey(1000) && largest != 1000 ? 1000 : sorted.firstKey();
            BenchResult a = bySize.get(ref);
            BenchResult b = bySize.get(largest);
            StringBuilder mem = new StringBuilder(String.format(Locale.ROOT,
                    "| peak memory of the ingest, %,d / %,d articles, <= %s: live heap %s; RSS anon %s; heap in use %s |",
                    largest, ref, MEMORY_TARGET,
                    ratio(b.ingestMemory().liveHeap(), a.ingestMemory().liveHeap()),
                    ratio(b.ingestMemory().rssAnon(), a.ingestMemory().rssAnon()),
                    ratio(b.ingestMemory().heap(), a.ingestMemory().heap())));
            mem.append(" |".repeat(bySize.size() - 1));
            rows.add(mem.toString());
        }
        return rows;
    }

    private static String ratio(long a, long b) {
        double r = (double) a / b;
        return String.format(Locale.ROOT, "%.2f %s", r, r <= MEMORY_TARGET ? "ok" : "**missed**");
    }

    private static String cell(double r, double target, boolean atLeast) {
        boolean ok = atLeast ? r >= target : r <= target;
        return String.format(Locale.ROOT, " %.2f %s |", r, ok ? "ok" : "**missed**");
    }

    private static String rates(BenchResult r, double seconds) {
        return String.format(Locale.ROOT, " %s | %s |", num(r.articles() / seconds), num(r.tokens() / seconds));
    }

    private static void memoryRow(StringBuilder md, Map<Integer, BenchResult> bySize, String name,
            java.util.function.ToLongFunction<BenchResult> f) {
        md.append("| ").append(name).append(" |");
        bySize.values().forEach(r -> {
            long v = f.applyAsLong(r);
            md.append(v < 0 ? " n/a |" : String.format(Locale.ROOT, " %,d |", v / (1024 * 1024)));
        });
        md.append('\n');
    }

    /** A rate with a sensible number of digits. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "n/a";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static List<String> stageNames(Map<Integer, BenchResult> bySize) {
        return new ArrayList<>(bySize.values().iterator().next().stages().keySet());
    }

    private static TreeSet<String> loaderNames(Map<Integer, BenchResult> bySize) {
        TreeSet<String> s = new TreeSet<>();
        bySize.values().forEach(r -> s.addAll(r.loaders().keySet()));
        return s;
    }

    private static TreeSet<Integer> threadCounts(Map<Integer, BenchResult> bySize) {
        TreeSet<Integer> s = new TreeSet<>();
        bySize.values().forEach(r -> s.addAll(r.ingest().keySet()));
        return s;
    }

    private static TreeSet<String> queryNames(Map<Integer, BenchResult> bySize) {
        TreeSet<String> s = new TreeSet<>();
        bySize.values().forEach(r -> s.addAll(r.queries().keySet()));
        return s;
    }
}
