package org.newsgraph.link;

import java.util.Map;
import java.util.Optional;

/**
 * The links found for one article's entities.
 *
 * @param byEntity entity key to link; entities without a link are absent
 */
public record Links(Map<String, Link> byEntity) {
    /** No links. */
    public static final Links NONE = new Links(Map.of());

    public Links {
        byEntity = Map.copyOf(byEntity);
    }

    /** The link of an entity, if any. */
    public Optional<Link> of(String entityKey) {
        return Optional.ofNullable(byEntity.get(entityKey));
    }
}
