package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.NewsStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph demo}: ingest the seed articles and serve them. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest seeds/ into data/store and serve it with Fuseki and its UI at http://localhost:3030/.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--seeds", defaultValue = "seeds", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--store", defaultValue = "data/store", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Mixin
    ServeCommand.ServerOptions server;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.exists(seeds)) {
            spec.commandLine().getErr().println("newsgraph demo: no " + seeds + " folder here; run it from the NewsGraph folder");
            return 2;
        }
        IngestSummary summary = IngestCommand.ingest(store, List.of(seeds), new LinkOptions(), false, 200, null,
                spec.commandLine().getErr());
        out.println("ingested " + seeds + " into " + store + ": " + summary.describe());
        out.println("try the queries in queries/ in the UI's query editor");
        try (NewsStore s = NewsStore.open(store)) {
            ServeCommand.serve(s, server, out);
        }
        return summary.failed() == 0 ? 0 : Main.INPUT_FAILED;
    }
}
