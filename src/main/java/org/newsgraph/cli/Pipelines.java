package org.newsgraph.cli;

import org.newsgraph.extract.RuleExtractor;
import org.newsgraph.link.Linker;
import org.newsgraph.nlp.NlpModels;
import org.newsgraph.pipeline.Pipeline;

/** Builds the pipeline the commands use. */
final class Pipelines {
    private Pipelines() {
    }

    static Pipeline create() {
        return new Pipeline(NlpModels.shared(), new RuleExtractor(), Linker.NONE);
    }
}
