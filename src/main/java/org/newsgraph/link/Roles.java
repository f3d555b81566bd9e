package org.newsgraph.link;

import java.util.EnumSet;
import java.util.Set;

/**
 * Office concepts read from role words ("Russian President", "foreign minister") and from position
 * labels ("Minister of Foreign Affairs of Ukraine"), so the two can be compared. Stateless.
 */
final class Roles {
    /** What an office is, coarsely. SPECIFIC concepts count more than {@link #MINISTER} or {@link #LEGISLATOR}. */
    enum Concept {
        HEAD_OF_STATE, VICE_PRESIDENT, HEAD_OF_GOVERNMENT, DEPUTY_HEAD_OF_GOVERNMENT, FOREIGN, DEFENCE, FINANCE,
        INTERIOR, JUSTICE, MINISTER, LEGISLATOR, GOVERNOR, LOCAL, DIPLOMAT, SPOKESPERSON, SECRETARY_GENERAL;

        boolean specific() {
            return this != MINISTER && this != LEGISLATOR;
        }
    }

    private Roles() {
    }

    /** The concepts named in a role phrase or position label (lower case or not). */
    static Set<Concept> of(String text) {
        String t = " " + Names.fold(text) + " ";
        Set<Concept> c = EnumSet.noneOf(Concept.class);
        boolean vice = has(t, "vice president") || has(t, "vice chair");
        if (vice) {
            c.add(Concept.VICE_PRESIDENT);
        }
        if ((has(t, "president") && !vice && !has(t, "president of the senate")) || has(t, "king") || has(t, "queen")
                || has(t, "emir") || has(t, "monarch") || has(t, "head of state") || has(t, "sultan")) {
            c.add(Concept.HEAD_OF_STATE);
        }
        boolean deputy = has(t, "deputy prime minister") || has(t, "deputy premier") || has(t, "vice premier");
        if (deputy) {
            c.add(Concept.DEPUTY_HEAD_OF_GOVERNMENT);
        } else if (has(t, "prime minister") || has(t, "premier") || has(t, "chancellor") && !has(t, "exchequer")
                || has(t, "head of government") || has(t, "taoiseach")) {
            c.add(Concept.HEAD_OF_GOVERNMENT);
        }
        if (has(t, "foreign") || has(t, "external affairs") || has(t, "secretary of state") && !has(t, "secretary of state for")
                || has(t, "top diplomat")) {
            c.add(Concept.FOREIGN);
        }
        if (has(t, "defence") || has(t, "defense") || has(t, "armed forces")) {
            c.add(Concept.DEFENCE);
        }
        if (has(t, "finance") || has(t, "treasury") || has(t, "exchequer")) {
            c.add(Concept.FINANCE);
        }
        if (has(t, "interior") || has(t, "home affairs") || has(t, "home secretary") || has(t, "homeland security")) {
            c.add(Concept.INTERIOR);
        }
        if (has(t, "justice") || has(t, "attorney general")) {
            c.add(Concept.JUSTICE);
        }
        String rest = t.replace(" prime minister", " ").replace(" premier ", " ");
        if (has(rest, "minister") || has(t, "secretary of") || has(t, "cabinet secretary") || has(t, "secretary")
                && !has(t, "press secretary") && !has(t, "secretary general")) {
            c.add(Concept.MINISTER);
        }
        if (has(t, "senator") || has(t, "representative") || has(t, "member of") || has(t, "mp")
                || has(t, "congressman") || has(t, "congresswoman") || has(t, "lawmaker") || has(t, "legislator")
                || has(t, "deputy") && !deputy || has(t, "parliament")) {
            c.add(Concept.LEGISLATOR);
        }
        if (has(t, "governor")) {
            c.add(Concept.GOVERNOR);
        }
        if (has(t, "councillor") || has(t, "councilor") || has(t, "council member") || has(t, "councilman")
                || has(t, "councilwoman") || has(t, "alderman") || has(t, "mayor") || has(t, "local")
                || has(t, "county") || has(t, "school board") || has(t, "sheriff") || has(t, "city council")
                || has(t, "municipal") || has(t, "town council") || has(t, "parish") || has(t, "borough")) {
            c.add(Concept.LOCAL);
        }
        if (has(t, "ambassador") || has(t, "envoy")) {
            c.add(Concept.DIPLOMAT);
        }
        if (has(t, "spokesperson") || has(t, "spokesman") || has(t, "spokeswoman") || has(t, "press secretary")) {
            c.add(Concept.SPOKESPERSON);
        }
        if (has(t, "secretary general") || has(t, "secretary-general")) {
            c.add(Concept.SECRETARY_GENERAL);
        }
        return c;
    }

    private static boolean has(String padded, String phrase) {
        return padded.contains(" " + phrase + " ") || padded.contains(" " + phrase + "s ");
    }
}
