package org.newsgraph.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links with the gazetteer first and asks Wikidata (the API or SPARQL, through a
 * {@link CandidateSource}) only for names the gazetteer lacks; both candidate lists go through the
 * same disambiguation and threshold. Surnames alone are never asked online. A name Wikidata cannot
 * answer for (network, server errors) is logged and left unlinked, never failing the article.
 * Thread-safe.
 */
public final class OnlineLinker implements Linker {
    /** The {@link Link#source()} of links found online. */
    public static final String SOURCE = "wikidata-api";
    private static final Logger LOG = LoggerFactory.getLogger(OnlineLinker.class);

    private final GazetteerLinker offline;
    private final CandidateSource online;

    /** Gazetteer first, then the online source, with the default threshold. */
    public OnlineLinker(Gazetteer gazetteer, CandidateSource online) {
        this(gazetteer, online, GazetteerLinker.DEFAULT_THRESHOLD);
    }

    /** @throws IllegalArgumentException if the threshold is outside (0, 1] */
    public OnlineLinker(Gazetteer gazetteer, CandidateSource online, double threshold) {
        this.offline = new GazetteerLinker(gazetteer, threshold);
        this.online = Objects.requireNonNull(online, "online");
    }

    @Override
    public Links link(Extraction extraction) {
        ArticleContext ctx = new ArticleContext(extraction, offline.gazetteer());
        Map<String, Link> links = new HashMap<>();
        for (Entity e : extraction.entities()) {
            List<GazetteerEntry> known = offline.candidates(e);
            Optional<Link> link = known.isEmpty() ? linkOnline(e, ctx) : offline.link(e, ctx);
            link.ifPresent(l -> links.put(e.key(), l));
        }
        return new Links(links);
    }

    private Optional<Link> linkOnline(Entity e, ArticleContext ctx) {
        if (e.type() == EntityType.PERSON && Names.wordCount(e.name()) < 2) {
            return Optional.empty();
        }
        try {
            return offline.disambiguator().choose(e, online.candidates(e.name(), e.type()), ctx, SOURCE);
        } catch (WikidataException ex) {
            LOG.warn("no online link for '{}': {}", e.name(), ex.getMessage());
            return Optional.empty();
        }
    }
}
