package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.newsgraph.pipeline.ProcessedArticle;
import org.newsgraph.rdf.RdfMapper;
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

    /**
     * The standard mapping: an article's facts as quads by {@link RdfMapper}, bound for the article's
     * named graph. The function is thread-safe.
     */
    public static Function<ProcessedArticle, ArticleGraph> rdf() {
        RdfMapper rdf = new RdfMapper();
        return p -> {
            List<Quad> quads = new ArrayList<>();
            rdf.map(p, new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    quads.add(quad);
                }

                @Override
                public void triple(Triple triple) {
                    throw new IllegalStateException("RDF mapping must write quads, not triples: " + triple);
                }
            });
            return new ArticleGraph(RdfMapper.graphName(p.article()).getURI(), quads);
        };
    }
}
