package org.newsgraph.cli;

import org.newsgraph.link.Linker;
import java.util.function.Function;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Pipelines.LinkMode;
import org.newsgraph.pipeline.ProcessedArticle;
import org.newsgraph.store.ArticleGraph;

/** Builds the pipeline the commands use. */
final class Pipelines {
    private Pipelines() {
    }

    static Pipeline create() {
        return create(new LinkOptions());
    }

    static Pipeline create(LinkOptions link) {
        return org.newsgraph.pipeline.Pipelines.standard(linker(link));
    }

    static Linker linker(LinkOptions link) {
        if (link.noLink && link.online) {
            throw new picocli.CommandLine.ParameterException(link.mixee.commandLine(),
                    "--no-link and --online exclude each other");
        }
        LinkMode mode = link.noLink ? LinkMode.NONE : link.online ? LinkMode.ONLINE : LinkMode.OFFLINE;
        return org.newsgraph.pipeline.Pipelines.linker(mode, link.cacheDir, link.apiUrl);
    }

    /** How a processed article becomes the quads of its named graph. */
    static Function<ProcessedArticle, ArticleGraph> mapper() {
        return ArticleGraph.rdf();
    }
}
