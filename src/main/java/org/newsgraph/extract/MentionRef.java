package org.newsgraph.extract;

import java.util.Objects;

/**
 * A mention of an entity inside one sentence, by token span, as the fact finders see it. Besides
 * names it covers resolved references: pronouns ("he"), surnames, titles and role descriptions
 * ("the Russian leader").
 *
 * @param key        key of the entity referred to
 * @param type       the entity's type
 * @param sentence   index of the sentence
 * @param tokenStart first token
 * @param tokenEnd   token after the last
 * @param kind       how the entity is referred to
 */
public record MentionRef(String key, EntityType type, int sentence, int tokenStart, int tokenEnd, Kind kind) {
    /** How a mention refers to its entity. */
    public enum Kind {
        /** A name ("Vladimir Putin", "Putin"). */
        NAME,
        /** A title or role description ("the Secretary", "his UK counterpart"). */
        DESCRIPTION,
        /** A pronoun ("he", "she", "they"). */
        PRONOUN
    }

    public MentionRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        if (tokenStart < 0 || tokenEnd <= tokenStart) {
            throw new IllegalArgumentException("bad mention token span: tokenStart=" + tokenStart + ", tokenEnd=" + tokenEnd);
        }
    }
}
