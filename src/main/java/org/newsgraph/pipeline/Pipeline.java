package org.newsgraph.pipeline;

import java.util.Objects;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.link.Linker;
import org.newsgraph.link.Links;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

/**
 * Article in, facts and links out. Thread-safe: each thread gets its own {@link Annotator} over the
 * shared models; the extractor and linker are thread-safe by contract.
 */
public final class Pipeline {
    private final Extractor extractor;
    private final Linker linker;
    private final ThreadLocal<Annotator> annotators;

    public Pipeline(NlpModels models, Extractor extractor, Linker linker) {
        Objects.requireNonNull(models, "models");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.linker = Objects.requireNonNull(linker, "linker");
        this.annotators = ThreadLocal.withInitial(() -> new Annotator(models));
    }

    /** Runs all stages on one article. */
    public ProcessedArticle process(Article article) {
        AnnotatedText text = annotators.get().annotate(article.text());
        Extraction extraction = extractor.extract(article, text);
        Links links = linker.link(extraction);
        return new ProcessedArticle(extraction, links, text.tokenCount());
    }
}
