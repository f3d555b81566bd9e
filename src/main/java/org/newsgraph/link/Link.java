package org.newsgraph.link;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A link from an entity to a Wikidata item.
 *
 * @param qid        the item id, {@code Q} followed by digits
 * @param label      the item's English label, or {@code null}
 * @param confidence 0..1
 * @param source     where it came from: {@code gazetteer} or {@code wikidata-api}
 */
public record Link(String qid, String label, double confidence, String source) {
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public Link {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(source, "source");
        if (!QID.matcher(qid).matches()) {
            throw new IllegalArgumentException("not a Wikidata item id: '" + qid + "'");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within 0..1: " + confidence);
        }
    }

    /** The item's IRI, {@code http://www.wikidata.org/entity/Q...}. */
    public String iri() {
        return "http://www.wikidata.org/entity/" + qid;
    }
}
