package org.newsgraph.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;

/**
 * The default, offline linker: candidates from the {@link Gazetteer}, chosen with the article's
 * context (roles against offices held, the article's date against their start and end, countries
 * mentioned, popularity). Links below the threshold are left out: a wrong link is worse than none.
 * Thread-safe.
 */
public final class GazetteerLinker implements Linker {
    /** The confidence a link needs unless another threshold is given. */
    public static final double DEFAULT_THRESHOLD = 0.6;
    /** The {@link Link#source()} of links it makes. */
    public static final String SOURCE = "gazetteer";

    private final Gazetteer gazetteer;
    private final Disambiguator disambiguator;

    /** A linker over the shipped gazetteer with the default threshold (loads it on first use). */
    public GazetteerLinker() {
        this(Gazetteer.shared(), DEFAULT_THRESHOLD);
    }

    /** A linker over the given gazetteer with the default threshold. */
    public GazetteerLinker(Gazetteer gazetteer) {
        this(gazetteer, DEFAULT_THRESHOLD);
    }

    /**
     * @param threshold the confidence a link needs, in (0, 1]
     * @throws IllegalArgumentException if the threshold is outside (0, 1]
     */
    public GazetteerLinker(Gazetteer gazetteer, double threshold) {
        this.gazetteer = java.util.Objects.requireNonNull(gazetteer, "gazetteer");
        this.disambiguator = new Disambiguator(threshold);
    }

    @Override
    public Links link(Extraction extraction) {
        ArticleContext ctx = new ArticleContext(extraction, gazetteer);
        Map<String, Link> links = new HashMap<>();
        for (Entity e : extraction.entities()) {
            link(e, ctx).ifPresent(l -> links.put(e.key(), l));
        }
        return new Links(links);
    }

    Optional<Link> link(Entity e, ArticleContext ctx) {
        return disambiguator.choose(e, candidates(e), ctx, SOURCE);
    }

    /** The gazetteer's candidates for an entity: by full name, or by surname for one-word person names. */
    List<GazetteerEntry> candidates(Entity e) {
        if (e.type() == EntityType.PERSON && Names.wordCount(e.name()) < 2) {
            return gazetteer.bySurname(e.name());
        }
        return gazetteer.lookup(e.name(), e.type());
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    Disambiguator disambiguator() {
        return disambiguator;
    }
}
