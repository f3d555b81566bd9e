package org.newsgraph.extract;

import java.util.List;

/**
 * A stretch of a sentence that names a person, before mentions are merged into entities.
 *
 * @param sentence    sentence index
 * @param from        first token of the name (titles excluded)
 * @param to          token after the name
 * @param name        the name, cleaned (titles and possessive dropped, capitals fixed)
 * @param role        the role phrase around it
 * @param probability the name finder's probability, or the rule's own confidence
 * @param titled      whether a title or role word stood with it
 */
record PersonCandidate(int sentence, int from, int to, String name, RolePhrase role, double probability,
        boolean titled) {
    PersonCandidate {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("bad person candidate span: from=" + from + ", to=" + to);
        }
    }

    /** The words of the name. */
    List<String> words() {
        return List.of(name.split(" "));
    }

    /** Whether the name is one word ("Putin"). */
    boolean single() {
        return words().size() == 1;
    }
}
