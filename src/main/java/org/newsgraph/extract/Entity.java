package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place named in one article, with all its mentions merged.
 *
 * @param key        identifier unique within the article: {@code type/normalised-name}, e.g.
 *                   {@code person/vladimir-putin}; facts refer to entities by this key
 * @param type       what the entity is
 * @param name       its fullest name in the article ("Vladimir Putin")
 * @param mentions   every mention, in text order
 * @param roles      title and role words seen with it ("President", "special envoy"), lower case,
 *                   used to disambiguate links
 * @param confidence 0..1, from the evidence that produced it
 */
public record Entity(String key, EntityType type, String name, List<Mention> mentions, List<String> roles,
        double confidence) {
    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
        roles = List.copyOf(roles);
        Confidence.check(confidence);
    }

    /** The key an entity of this type and name gets. */
    public static String keyOf(EntityType type, String name) {
        return type.slug() + "/" + NameKeys.slug(name);
    }
}
