package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A stopgap for meeting participants while entity finding is basic: a surname the name finder left
 * untagged or tagged as an organisation ("Zelensky" after "Volodymyr Zelensky") is read as that person
 * when exactly one person of the article has that surname. Entity finding proper (coreference, titles)
 * belongs to {@link EntityFinder}; this only lets the meeting finder see participants it would otherwise
 * miss, and never adds entities. Immutable.
 */
final class SurnameFallback {
    private final EntityIndex index;

    SurnameFallback(EntityIndex index) {
        this.index = index;
    }

    /** Person mentions of tokens {@code from} to {@code to}, with surnames read as their persons. */
    List<MentionRef> persons(Sentence s, int from, int to) {
        List<MentionRef> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int at = i;
            Optional<MentionRef> m = index.at(s.index(), i);
            if (m.isPresent() && m.get().type() == EntityType.PERSON) {
                if (m.get().tokenStart() == i || i == from) {
                    out.add(m.get());
                }
                continue;
            }
            boolean other = m.isPresent() && !(m.get().tokenStart() == i && m.get().tokenEnd() == i + 1);
            if (!other) {
                person(s.tokens().get(at)).map(key -> new MentionRef(key, EntityType.PERSON, s.index(), at, at + 1,
                        MentionRef.Kind.NAME)).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<String> person(Token t) {
        if (!MeetingLexicon.pos(t).equals("PROPN") || !t.capitalised()) {
            return Optional.empty();
        }
        String word = t.text().replaceAll("['\u2019]s$", "");
        List<Entity> found = index.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.name().contains(" ") && surname(e.name()).equals(word))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0).key()) : Optional.empty();
    }

    static String surname(String name) {
        String[] w = name.strip().split("\\s+");
        return w[w.length - 1];
    }
}
