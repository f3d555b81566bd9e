package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * A host's guest told as a title phrase and then the name: "received the company's country manager, X",
 * "received newly appointed Ambassador of the Republic of Chile X", "received the head of the AU mission in
 * Somalia (AUSSOM), Ambassador X". The head of the phrase (its last noun before a preposition or a comma, past
 * any possessor) is a role word; the words on the way are those of a noun phrase only (determiners,
 * adjectives, nouns, names, "of"/"for"/"to"/"in"/"on", "and" inside a capitalised name, commas and brackets),
 * and no verb follows the name ("..., X said"). Thread-safe.
 */
final class TitledGuest {
    /** How many words the title phrase may run to before the name. */
    private static final int REACH = 24;
    private static final Set<String> LINKS = Set.of("of", "for", "to", "in", "on");
    private static final Set<String> MARKS = Set.of(",", "(", ")", "-", "\u2010", "\u2011");
    private static final Set<String> PHRASE = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");
    /** Title words after a hyphen that keep the role: "Minister-designate", "President-elect". */
    private static final Set<String> ROLE_SUFFIXES = Set.of("elect", "designate");

    private TitledGuest() {
    }

    /**
     * Where the person named stands when the words from {@code from} (before {@code to}) are a role's title leading
     * to that person; -1 when they are not.
     */
    static int at(Sentence s, int from, int to, ParticipantFinder finder) {
        List<Token> t = s.tokens();
        boolean complement = false; // past the head: "of the Republic of Chile"
        boolean role = false;       // the head noun is a role word
        for (int k = from; k < Math.min(to, from + REACH); k++) {
            if (finder.personAt(s, k)) {
                return role && k > from && noVerbAfter(t, finder.personEnd(s, k)) ? k : -1;
            }
            Token w = t.get(k);
            String low = w.text().toLowerCase(Locale.ROOT);
            String pos = MeetingLexicon.pos(w);
            if (MARKS.contains(low) && k + 1 < to && ROLE_SUFFIXES.contains(t.get(k + 1).text().toLowerCase(Locale.ROOT))) {
                k++; // "Prime Minister-designate", split as "Minister" "-" "designate": still the minister
            } else if (NameShape.isClitic(w.text())) {
                complement = false; // "the Commission's chief negotiator": the possessor is no head
                role = false;
            } else if (LINKS.contains(low) || MARKS.contains(low)) {
                complement |= k > from;
            } else if ((low.equals("and") || low.equals("&")) && k > from && k + 1 < to && t.get(k - 1).capitalised() && t.get(k + 1).capitalised()) {
                continue; // "the Minister of Industry, Trade and Investment"
            } else if (pos.equals("ADV") && low.endsWith("ly") && k + 1 < to && t.get(k + 1).text().toLowerCase(Locale.ROOT).endsWith("ed")) {
                k++; // "newly appointed", "recently accredited"
            } else if (PHRASE.contains(pos)) {
                if (!complement && (pos.equals("NOUN") || pos.equals("PROPN")) && !(role && Lexicon.INSTANCE.isRoleWord(w.text()))) {
                    role = Lexicon.INSTANCE.isRoleHead(w.text()); // "Ambassador Extraordinary and Plenipotentiary": still the ambassador
                }
            } else if (!Lexicon.INSTANCE.isHonorific(w.text())) {
                return -1;
            }
        }
        return -1;
    }

    /** "..., X said": the name closes no title when a verb follows it. */
    private static boolean noVerbAfter(List<Token> t, int end) {
        if (end >= t.size()) {
            return true;
        }
        String pos = MeetingLexicon.pos(t.get(end));
        return !pos.equals("VERB") && !pos.equals("AUX");
    }
}
