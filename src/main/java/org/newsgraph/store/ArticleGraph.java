package org.newsgraph.store;

import java.util.List;
import java.util.Objects;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads of one article, bound for its named graph.
 *
 * @param graphIri the article's graph
 * @param quads    the facts; their graph field is ignored and set to {@code graphIri}
 */
public record ArticleGraph(String graphIri, List<Quad> quads) {
    public ArticleGraph {
        Objects.requireNonNull(graphIri, "graphIri");
        quads = List.copyOf(quads);
    }
}
