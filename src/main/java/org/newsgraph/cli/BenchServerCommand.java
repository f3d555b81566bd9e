package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.bench.BenchQuery;
import org.newsgraph.bench.LoadReport;
import org.newsgraph.bench.ServerLoadBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph bench-server}: load figures for the SPARQL server. */
@Command(name = "bench-server", mixinStandardHelpOptions = true,
        description = {"Measure the SPARQL server under load: queries/s, p50/p95/p99 latency and errors, per query"
            + " and overall.",
            "Fills a store with made-up articles shaped like NewsGraph's (or reuses --store if it holds enough), serves"
                + " it on a free port of 127.0.0.1 as 'serve' does, and runs concurrent clients that send the queries"
                + " in turn. Queries that use SERVICE are left out. Exit code 1 if any request failed."})
final class BenchServerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR",
            description = "Store to fill or reuse (default: a temporary one, deleted afterwards).")
    Path store;

    @Option(names = "--articles", defaultValue = "1000", description = "Articles in the store (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", description = "Measured seconds (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up seconds, not measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--queries", defaultValue = "queries", paramLabel = "DIR",
            description = "Folder of .rq files (default: ${DEFAULT-VALUE}).")
    Path queries;

    /** Runs the benchmark alone, e.g. before the command is registered with {@code newsgraph}. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new BenchServerCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Path dir = store != null ? store : Files.createTempDirectory("newsgraph-bench");
        try {
            ServerLoadBench bench = ServerLoadBench.builder().store(dir).articles(articles).clients(clients)
                    .duration(Duration.ofSeconds(seconds)).warmup(Duration.ofSeconds(warmup))
                    .queries(BenchQuery.fromFolder(queries)).build();
            LoadReport report = bench.run();
            PrintWriter out = spec.commandLine().getOut();
            out.print(report.format());
            bench.errorSamples().forEach(e -> out.println("error: " + e));
            out.flush();
            return report.hasErrors() ? Main.INPUT_FAILED : 0;
        } finally {
            if (store == null) {
                delete(dir);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
