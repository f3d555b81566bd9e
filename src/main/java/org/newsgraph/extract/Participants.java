package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Who takes part in one meeting as found in its clause.
 *
 * @param keys     entity keys of named participants, subjects first
 * @param groups   unnamed participants as written ("Ukrainian officials")
 * @param indirect how many named participants were found through a pronoun or description, or supplied
 *                 from outside the clause (a readout's headline)
 */
record Participants(List<String> keys, List<String> groups, int indirect) {
    static final Participants NONE = new Participants(List.of(), List.of(), 0);

    Participants {
        keys = List.copyOf(new LinkedHashSet<>(keys));
        groups = List.copyOf(new LinkedHashSet<>(groups));
        if (indirect < 0) {
            throw new IllegalArgumentException("indirect must not be negative: " + indirect);
        }
    }

    /** Both sets together. */
    Participants plus(Participants other) {
        List<String> k = new ArrayList<>(keys);
        k.addAll(other.keys);
        List<String> g = new ArrayList<>(groups);
        g.addAll(other.groups);
        return new Participants(k, g, indirect + other.indirect);
    }

    /** Whether they make a meeting: two named parties, or one and a group. */
    boolean enough() {
        return keys.size() >= 2 || keys.size() == 1 && !groups.isEmpty();
    }

    boolean isEmpty() {
        return keys.isEmpty() && groups.isEmpty();
    }
}
