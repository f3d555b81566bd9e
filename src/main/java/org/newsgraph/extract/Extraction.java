package org.newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.article.Article;

/**
 * Everything drawn from one article. Every key used by a meeting or statement names one of
 * {@link #entities()}.
 */
public record Extraction(Article article, List<Entity> entities, List<Meeting> meetings, List<Statement> statements) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        meetings = List.copyOf(meetings);
        statements = List.copyOf(statements);
        Map<String, Entity> byKey = entities.stream().collect(Collectors.toMap(Entity::key, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("two entities with key " + a.key());
        }));
        for (Meeting m : meetings) {
            m.participants().forEach(k -> requireKey(byKey, k, "meeting participant"));
            if (m.place() != null) {
                requireKey(byKey, m.place(), "meeting place");
            }
            if (m.city() != null) {
                requireKey(byKey, m.city(), "meeting town");
            }
        }
        for (Statement s : statements) {
            if (s.speaker() != null) {
                requireKey(byKey, s.speaker(), "statement speaker");
            }
        }
    }

    private static void requireKey(Map<String, Entity> byKey, String key, String what) {
        if (!byKey.containsKey(key)) {
            throw new IllegalArgumentException(what + " '" + key + "' is not among the entities");
        }
    }

    /** The entity with this key. */
    public Optional<Entity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The entities of one type. */
    public List<Entity> entities(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).toList();
    }
}
