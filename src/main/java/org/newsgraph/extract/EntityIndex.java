package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The entities of one article and where each is mentioned, sentence by sentence: what the meeting and
 * statement finders work from. Immutable.
 */
public final class EntityIndex {
    private final List<Entity> entities;
    private final Map<Integer, List<MentionRef>> bySentence;
    private final Map<String, Entity> byKey = new java.util.HashMap<>();

    public EntityIndex(List<Entity> entities, List<MentionRef> mentions) {
        this.entities = List.copyOf(entities);
        this.entities.forEach(e -> byKey.putIfAbsent(e.key(), e));
        Map<Integer, List<MentionRef>> m = new TreeMap<>();
        for (MentionRef r : mentions) {
            m.computeIfAbsent(r.sentence(), k -> new ArrayList<>()).add(r);
        }
        m.replaceAll((k, v) -> v.stream().sorted(Comparator.comparingInt(MentionRef::tokenStart)).toList());
        this.bySentence = Map.copyOf(m);
    }

    /** All entities. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entity with this key. */
    public Optional<Entity> entity(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Mentions in one sentence, in token order. */
    public List<MentionRef> mentionsIn(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    /** The mention covering a token of a sentence, if any. */
    public Optional<MentionRef> at(int sentence, int token) {
        return mentionsIn(sentence).stream().filter(r -> r.tokenStart() <= token && token < r.tokenEnd()).findFirst();
    }
}
