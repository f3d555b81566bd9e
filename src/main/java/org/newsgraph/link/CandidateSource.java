package org.newsgraph.link;

import java.util.List;
import org.newsgraph.extract.EntityType;

/** Finds candidate Wikidata items for a name, e.g. over the network. Implementations are thread-safe. */
public interface CandidateSource {
    /**
     * Items that may be meant by the name, with what disambiguation needs; empty when none.
     *
     * @throws WikidataException when the source cannot answer (network, server errors after retries)
     */
    List<GazetteerEntry> candidates(String name, EntityType type);
}
