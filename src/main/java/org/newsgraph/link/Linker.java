package org.newsgraph.link;

import org.newsgraph.extract.Extraction;

/** Links the entities of one article to Wikidata. Implementations are thread-safe. */
public interface Linker {
    /** A linker that links nothing (for {@code --no-link}). */
    Linker NONE = extraction -> Links.NONE;

    /** Finds links for the entities of the extraction; entities it cannot link confidently are left out. */
    Links link(Extraction extraction);
}
