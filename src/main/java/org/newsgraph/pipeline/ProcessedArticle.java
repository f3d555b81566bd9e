package org.newsgraph.pipeline;

import java.util.Objects;
import org.newsgraph.article.Article;
import org.newsgraph.extract.Extraction;
import org.newsgraph.link.Links;

/**
 * One article after all stages.
 *
 * @param extraction the facts drawn from it
 * @param links      links of its entities to Wikidata
 * @param tokens     number of tokens in the article (for throughput figures)
 */
public record ProcessedArticle(Extraction extraction, Links links, int tokens) {
    public ProcessedArticle {
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(links, "links");
    }

    /** The article. */
    public Article article() {
        return extraction.article();
    }
}
