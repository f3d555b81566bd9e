package org.newsgraph.cli;

import org.newsgraph.extract.RuleExtractor;
import org.newsgraph.link.Linker;
import org.newsgraph.nlp.NlpModels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.RdfMapper;
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
