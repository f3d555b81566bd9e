package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.store.GraphSink;
import org.newsgraph.store.IngestListener;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.RemoteStore;
import org.newsgraph.store.ServerCredentials;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph ingest}: articles into a store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract facts from articles and add them to a store, one named graph per article.",
            "Re-ingesting an article replaces its graph. Each batch is one transaction: a crash or kill loses at most"
                + " the batch in flight, and a re-run completes the job.",
            "With --server URL the articles go to a running 'newsgraph serve --allow-update' (TDB2 allows one process"
                + " per store) as a user in role admin; the password comes from --password-file or the environment"
                + " variable " + ServerCredentials.PASSWORD_ENV + ", never from the command line."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--user", defaultValue = "admin", description = "With --server: the user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --server: a file with the user's password on its first line (default: the environment"
                + " variable " + ServerCredentials.PASSWORD_ENV + ").")
    Path passwordFile;

    @Mixin
    LinkOptions link;

    @Option(names = "--strict", description = "Abort on the first bad input, leaving the store unchanged.")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "Print a line for every committed batch (a terminal shows a progress bar).")
    boolean verbose;

    @Option(names = "--batch", defaultValue = "200", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", description = "Extraction threads (default: number of cores).")
    Integer threads;

    @Option(names = "--bulk", description = "Fill a new or empty store with Jena's bulk loader (much faster; refuses a store with data).")
    boolean bulk;

    @Option(names = "--compact-after", paramLabel = "TRIPLES", defaultValue = "" + Ingester.DEFAULT_COMPACT_AFTER,
            description = "Compact the store after a run that wrote at least this many triples; 0: never (default: ${DEFAULT-VALUE}).")
    long compactAfter;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (.txt, .jsonl, .html).")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (bulk && strict) {
            throw new ParameterException(spec.commandLine(), "--bulk and --strict cannot be combined");
        }
        IngestSummary summary;
        if (target.server != null) {
            if (bulk) {
                throw new ParameterException(spec.commandLine(), "--bulk needs --store");
            }
            summary = ingestRemote(err);
        } else {
            if (passwordFile != null || spec.commandLine().getParseResult().hasMatchedOption("--user")) {
                throw new ParameterException(spec.commandLine(), "--user and --password-file go with --server, not --store");
            }
            try (NewsStore s = NewsStore.open(target.store)) {
                summary = ingest(s, paths, link, strict, batch, threads, err, b -> b.bulk(bulk).compactAfter(compactAfter), verbose);
            }
        }
        spec.commandLine().getOut().println(summary.describe());
        spec.commandLine().getOut().flush();
        return summary.failed() == 0 ? 0 : Main.INPUT_FAILED;
    }

    private IngestSummary ingestRemote(PrintWriter err) {
        if (strict) {
            throw new ParameterException(spec.commandLine(), "--strict needs --store: a server cannot hold one"
                    + " transaction across a whole run");
        }
        RemoteStore remote = RemoteStore.builder().datasetUrl(target.server)
                .credentials(ServerCredentials.resolve(user, passwordFile, System.getenv())).build();
        remote.verify();
        return ingest(remote, paths, link, false, batch, threads, err, b -> { }, verbose);
    }

    static IngestSummary ingest(Path dir, List<Path> paths, LinkOptions link, boolean strict, int batch, Integer threads,
            PrintWriter err) {
        return ingest(dir, paths, link, strict, batch, threads, err, b -> { });
    }

    static IngestSummary ingest(Path dir, List<Path> paths, LinkOptions link, boolean strict, int batch, Integer threads,
            PrintWriter err, java.util.function.Consumer<Ingester.Builder> tune) {
        try (NewsStore s = NewsStore.open(dir)) {
            return ingest(s, paths, link, strict, batch, threads, err, tune);
        }
    }

    static IngestSummary ingest(GraphSink sink, List<Path> paths, LinkOptions link, boolean strict, int batch,
            Integer threads, PrintWriter err, java.util.function.Consumer<Ingester.Builder> tune) {
        return ingest(sink, paths, link, strict, batch, threads, err, tune, false);
    }

    static IngestSummary ingest(GraphSink sink, List<Path> paths, LinkOptions link, boolean strict, int batch,
            Integer threads, PrintWriter err, java.util.function.Consumer<Ingester.Builder> tune, boolean verbose) {
        try (Progress progress = new Progress(err, verbose)) {
            Ingester.Builder b = Ingester.builder().sink(sink).pipeline(Pipelines.create(link))
                    .mapper(Pipelines.mapper()).strict(strict).batchSize(batch).listener(progress);
            tune.accept(b);
            if (threads != null) {
                b.threads(threads);
            }
            return b.build().run(paths);
        }
    }

    /** Where the articles go: a store folder, or a running server. */
    static final class Target {
        @Option(names = "--store", required = true, paramLabel = "DIR", description = "The TDB2 store folder.")
        Path store;

        @Option(names = "--server", required = true, paramLabel = "URL",
                description = "A running 'newsgraph serve --allow-update': its dataset URL, e.g."
                    + " http://127.0.0.1:3030/newsgraph (a URL without a path means dataset 'newsgraph').")
        String server;
    }

    /** Reports problems as they come, and shows a progress bar on a terminal. */
    static final class Progress implements IngestListener, AutoCloseable {
        private final PrintWriter err;
        private final ProgressBar bar;
        private final boolean verbose;

        Progress(PrintWriter err, boolean verbose) {
            this.err = err;
            this.verbose = verbose;
            this.bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("ingest")
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" articles", 1).setInitialMax(-1).build();
        }

        @Override
        public void processed(String source) {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void committed(long articles, long quads) {
            if (verbose) {
                err.println("committed " + articles + " articles, " + quads + " triples");
                err.flush();
            }
        }

        @Override
        public void problem(ArticleProblem problem) {
            err.println("problem: " + problem);
            err.flush();
        }

        @Override
        public void compacting(long quads) {
            err.println("compacting the store after " + quads + " triples written...");
            err.flush();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
