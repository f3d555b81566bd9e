package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.newsgraph.NewsGraphException;
import org.newsgraph.bench.BenchReport;
import org.newsgraph.bench.BenchResult;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.PipelineBench;
import org.newsgraph.extract.RuleExtractor;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.store.Ingester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph bench}: generates corpora of the given sizes and measures each in a fresh JVM, so
 * that each size's peak memory is its own.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput per stage, against bare OpenNLP and Jena's bulk loader, thread scaling,"
                + " peak memory and query latency, on synthetic corpora made from the dev articles.",
            "Each size runs in its own JVM (same -Xmx as this one). Writes a Markdown report."})
public final class BenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Mixin
    LinkOptions link;

    @Option(names = "--articles", split = ",", defaultValue = "100,1000,10000",
            description = "Corpus sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--threads", split = ",", defaultValue = "1,2",
            description = "Thread counts for the whole-ingest runs (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--scaling-articles", defaultValue = "1000",
            description = "At most this many articles for the whole-ingest runs (default: ${DEFAULT-VALUE}).")
    int scalingArticles;

    @Option(names = "--batch", defaultValue = "" + Ingester.DEFAULT_BATCH_SIZE,
            description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--source", defaultValue = "eval/dev", description = "Articles to make the corpora from (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--queries", defaultValue = "queries", description = "Folder of queries to time (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--work", defaultValue = "target/bench", description = "Scratch folder (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--out", description = "Write the Markdown report to this file.")
    Path out;

    @Option(names = "--generate-only", description = "Only write the corpora (WORK/corpus-SEED-N.jsonl) and stop.")
    boolean generateOnly;

    @Option(names = "--child-java-option", paramLabel = "OPT",
            description = "Extra JVM option for the measuring JVMs, e.g. a flight recording; repeatable.")
    List<String> childJavaOptions = new ArrayList<>();

    @Option(names = "--child-corpus", hidden = true)
    Path childCorpus;

    @Option(names = "--child-result", hidden = true)
    Path childResult;

    /** Runs the command alone, also as the measuring JVM the command starts. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (childCorpus != null) {
            JSON.writeValue(childResult.toFile(), measure(childCorpus));
            return 0;
        }
        PrintWriter o = spec.commandLine().getOut();
        List<String> header = header();
        String load0 = loadAverage();
        Map<Integer, BenchResult> results = new TreeMap<>();
        CorpusGenerator generator = CorpusGenerator.fromFolder(source, seed);
        Files.createDirectories(work);
        for (int n : sizes) {
            Path corpus = work.resolve("corpus-" + seed + "-" + n + ".jsonl");
            generator.write(n, corpus);
            if (generateOnly) {
                o.printf(Locale.ROOT, "%,d articles: %s%n", n, corpus);
                continue;
            }
            o.printf(Locale.ROOT, "%,d articles: measuring (%s)%n", n, corpus);
            o.flush();
            results.put(n, fork(corpus));
            if (out != null) {
                Files.writeString(out, BenchReport.markdown(results, header) + "\n(partial: sizes still running)\n",
                        StandardCharsets.UTF_8);
            }
        }
        if (generateOnly) {
            o.flush();
            return 0;
        }
        header.add(String.format(Locale.ROOT, "- Load average (1, 5, 15 min) before: %s; after: %s", load0, loadAverage()));
        String report = BenchReport.markdown(results, header);
        o.println(report);
        o.flush();
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
        return 0;
    }

    private BenchResult measure(Path corpus) throws IOException {
        PipelineBench.Setup setup = new PipelineBench.Setup(corpus, work.resolve("run"), queries, NlpModels.shared(),
                new RuleExtractor(), Pipelines.linker(link), Pipelines.mapper(), threads, scalingArticles, batch);
        return new PipelineBench(setup).run();
    }

    private BenchResult fork(Path corpus) throws IOException, InterruptedException {
        Path result = work.resolve("result.json");
        Files.deleteIfExists(result);
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
        cmd.addAll(childJavaOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchCommand.class.getName()));
        cmd.addAll(List.of("--child-corpus", corpus.toString(), "--child-result", result.toString(),
                "--threads", join(threads), "--scaling-articles", Integer.toString(scalingArticles),
                "--batch", Integer.toString(batch), "--queries", queries.toString(), "--work", work.toString()));
        if (link.noLink) {
            cmd.add("--no-link");
        }
        if (link.online) {
            cmd.add("--online");
        }
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int code = p.waitFor();
        if (code != 0 || !Files.isRegularFile(result)) {
            throw new NewsGraphException("the measuring JVM for " + corpus + " failed (exit code " + code + ")");
        }
        return JSON.readValue(result.toFile(), BenchResult.class);
    }

    private static String join(List<Integer> xs) {
        return String.join(",", xs.stream().map(String::valueOf).toList());
    }

    private List<String> header() {
        List<String> h = new ArrayList<>();
        h.add("## Benchmark results");
        h.add("");
        h.add("- Date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        h.add("- Machine: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + memTotal() + " RAM; Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        h.add("- Heap limit of each measuring JVM: -Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m"
                + (childJavaOptions.isEmpty() ? "" : ", options " + childJavaOptions));
        h.add(String.format(Locale.ROOT, "- Corpora: generated from %s with seed %d; sizes %s; whole-ingest runs on the first"
                + " %,d articles with %s threads; %d articles per transaction; linker: %s",
                source, seed, sizes, scalingArticles, threads, batch, linkerName()));
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        if (!args.isEmpty() && args.get(0).equals("bench")) {
            args.remove(0);
        }
        h.add("- Command: `newsgraph bench " + String.join(" ", args) + "`");
        return h;
    }

    private String linkerName() {
        var linker = Pipelines.linker(link);
        return linker == org.newsgraph.link.Linker.NONE ? "none" : linker.getClass().getSimpleName();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memTotal() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return String.format(Locale.ROOT, "%.1f GB", sun.getTotalMemorySize() / 1e9);
        }
        return "unknown";
    }
}
