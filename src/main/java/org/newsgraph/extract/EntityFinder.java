package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Name;
import org.newsgraph.nlp.NameType;
import org.newsgraph.nlp.Sentence;

/**
 * Finds the entities of an article from the names the name finder tagged and merges their mentions:
 * a surname alone joins the full name that ends with it. Thread-safe.
 */
final class EntityFinder {

    EntityIndex find(AnnotatedText text) {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<Object[]> refs = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (Name n : s.names()) {
                EntityType type = switch (n.type()) {
                    case PERSON -> EntityType.PERSON;
                    case LOCATION -> EntityType.PLACE;
                    case ORGANIZATION -> EntityType.ORGANIZATION;
                    default -> null;
                };
                if (type == null) {
                    continue;
                }
                String name = n.text().replaceAll("['\u2019]s$", "");
                String key = mergeKey(type, name, names, types);
                names.merge(key, name, (a, b) -> a.length() >= b.length() ? a : b);
                types.put(key, type);
                mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new Mention(n.start(), n.end(), n.text()));
                refs.add(new Object[] {key, type, s.index(), n.tokenStart(), n.tokenEnd()});
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (var e : mentions.entrySet()) {
            entities.add(new Entity(e.getKey(), types.get(e.getKey()), names.get(e.getKey()), e.getValue(), List.of(), 0.8));
        }
        List<MentionRef> mentionRefs = refs.stream()
                .map(r -> new MentionRef((String) r[0], (EntityType) r[1], (int) r[2], (int) r[3], (int) r[4], MentionRef.Kind.NAME))
                .toList();
        return new EntityIndex(entities, mentionRefs);
    }

    private static String mergeKey(EntityType type, String name, Map<String, String> names, Map<String, EntityType> types) {
        String last = NameKeys.slug(name);
        for (var e : names.entrySet()) {
            if (types.get(e.getKey()) != type) {
                continue;
            }
            String full = NameKeys.slug(e.getValue());
            if (full.equals(last) || full.endsWith("-" + last) || last.endsWith("-" + full)) {
                return e.getKey();
            }
        }
        return Entity.keyOf(type, name);
    }

    static boolean isPerson(NameType t) {
        return t == NameType.PERSON;
    }
}
