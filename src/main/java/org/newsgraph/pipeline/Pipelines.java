package org.newsgraph.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.newsgraph.extract.RuleExtractor;
import org.newsgraph.link.Gazetteer;
import org.newsgraph.link.GazetteerLinker;
import org.newsgraph.link.Linker;
import org.newsgraph.link.OnlineLinker;
import org.newsgraph.link.WikidataClient;
import org.newsgraph.nlp.NlpModels;

/** The standard pipeline: the shared OpenNLP models, the rule extractor, and a linker. */
public final class Pipelines {
    /** How entities are linked to Wikidata. */
    public enum LinkMode {
        /** No links. */
        NONE,
        /** The offline gazetteer shipped with NewsGraph (the default). */
        OFFLINE,
        /** The gazetteer, then the Wikidata API for names it lacks. */
        ONLINE
    }

    private Pipelines() {
    }

    /** The pipeline with the offline gazetteer. */
    public static Pipeline standard() {
        return new Pipeline(NlpModels.shared(), new RuleExtractor(), linker(LinkMode.OFFLINE, null, null));
    }

    /** The pipeline with the given linker. */
    public static Pipeline standard(Linker linker) {
        return new Pipeline(NlpModels.shared(), new RuleExtractor(), Objects.requireNonNull(linker, "linker"));
    }

    /**
     * A linker.
     *
     * @param mode     how to link
     * @param cacheDir where online answers are cached (ONLINE only; {@code null}: {@code ~/.cache/newsgraph/wikidata})
     * @param apiUrl   the Wikidata API (ONLINE only; {@code null}: wikidata.org)
     */
    public static Linker linker(LinkMode mode, Path cacheDir, URI apiUrl) {
        return switch (mode) {
            case NONE -> Linker.NONE;
            case OFFLINE -> new GazetteerLinker(Gazetteer.shared());
            case ONLINE -> new OnlineLinker(Gazetteer.shared(), WikidataClient.builder()
                    .apiUrl(apiUrl != null ? apiUrl : WikidataClient.WIKIDATA_API)
                    .cacheDir(cacheDir != null ? cacheDir
                            : Path.of(System.getProperty("user.home"), ".cache", "newsgraph", "wikidata"))
                    .build());
        };
    }
}
