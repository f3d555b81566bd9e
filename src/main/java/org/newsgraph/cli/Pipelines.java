package org.newsgraph.cli;

import org.newsgraph.extract.RuleExtractor;
import org.newsgraph.link.Linker;
import org.newsgraph.nlp.NlpModels;
import java.util.function.Function;
import org.newsgraph.pipeline.Pipeline;
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
        return new Pipeline(NlpModels.shared(), new RuleExtractor(), linker(link));
    }

    static Linker linker(LinkOptions link) {
        return Linker.NONE;
    }

    /** How a processed article becomes the quads of its named graph. */
    static Function<ProcessedArticle, ArticleGraph> mapper() {
        throw new UnsupportedOperationException("RDF mapping is not wired yet");
    }
}
