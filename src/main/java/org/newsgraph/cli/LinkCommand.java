package org.newsgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.NewsGraphException;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.link.Linker;
import org.newsgraph.pipeline.Pipelines.LinkMode;
import org.newsgraph.store.IngestListener;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.RelinkSummary;
import org.newsgraph.store.StoreRelinker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph link}: links the entities of a store's articles to Wikidata again. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link the entities of every article in a store to Wikidata again, with the current gazetteer"
                + " (or online): after the gazetteer was updated, or for a store ingested with --no-link.",
            "The article text is not in the store: the linker sees the names, roles, mentions, evidence sentences,"
                + " dates and places that the store keeps. Entities get the IRIs and link triples ingest would give"
                + " them; articles whose links do not change are not written. Each batch is one transaction."})
final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--online", description = "Also ask Wikidata online for names the offline gazetteer lacks.")
    boolean online;

    @Option(names = "--wikidata-cache", paramLabel = "DIR",
            description = "Where --online caches Wikidata's answers (default: ~/.cache/newsgraph/wikidata).")
    Path cacheDir;

    @Option(names = "--wikidata-api", paramLabel = "URL", hidden = true,
            description = "The Wikidata API to ask with --online (default: https://www.wikidata.org/w/api.php).")
    URI apiUrl;

    @Option(names = "--batch", defaultValue = "200", description = "Articles per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch must be at least 1: " + batch);
        }
        if (!java.nio.file.Files.isDirectory(store.store)) {
            throw new NewsGraphException("no store at " + store.store + ": ingest articles into it first");
        }
        Linker linker = org.newsgraph.pipeline.Pipelines.linker(online ? LinkMode.ONLINE : LinkMode.OFFLINE, cacheDir,
                apiUrl);
        PrintWriter err = spec.commandLine().getErr();
        RelinkSummary summary;
        try (NewsStore s = NewsStore.open(store.store)) {
            summary = StoreRelinker.builder().store(s).linker(linker).batchSize(batch).listener(new IngestListener() {
                @Override
                public void problem(ArticleProblem problem) {
                    err.println("problem: " + problem);
                    err.flush();
                }
            }).build().run();
        }
        spec.commandLine().getOut().println(summary.describe());
        spec.commandLine().getOut().flush();
        return summary.failed() == 0 ? 0 : Main.INPUT_FAILED;
    }
}
