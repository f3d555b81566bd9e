package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.Token;

/**
 * Descriptions of an office that use none of its role words: "the top diplomat" is a foreign minister or a
 * secretary of state, "the chief diplomat" too, "the head of government" a prime minister. Read from {@code
 * role-epithets.tsv}; each description maps to sets of role words, any of which a person's role may hold.
 * Thread-safe and immutable once loaded.
 */
final class RoleEpithets {
    static final RoleEpithets INSTANCE = new RoleEpithets();

    /** A description as words, and the role-word sets it stands for. */
    record Epithet(List<String> words, List<List<String>> roles) {
    }

    private final List<Epithet> epithets;

    private RoleEpithets() {
        List<Epithet> all = new ArrayList<>();
        for (String line : WordList.lines("role-epithets.tsv")) {
            String[] cols = line.split("\t");
            List<List<String>> roles = new ArrayList<>();
            for (int k = 1; k < cols.length; k++) {
                roles.add(List.of(cols[k].strip().split(" ")));
            }
            all.add(new Epithet(List.of(cols[0].strip().split(" ")), List.copyOf(roles)));
        }
        all.sort((a, b) -> b.words().size() - a.words().size()); // the longest description first
        epithets = List.copyOf(all);
    }

    /** The description that starts at token {@code i}, the longest one, or null. */
    Epithet at(List<Token> tokens, int i) {
        for (Epithet e : epithets) {
            if (i + e.words().size() > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < e.words().size() && all; k++) {
                all = tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(e.words().get(k));
            }
            if (all) {
                return e;
            }
        }
        return null;
    }
}
