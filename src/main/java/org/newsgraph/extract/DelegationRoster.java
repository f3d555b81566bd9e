package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who "the delegation" of a later meeting is: "X received a business delegation headed by A. The delegation
 * included B and C. ... The delegation will meet D tomorrow": the people the story named as leading or making up a
 * visiting delegation (team, mission) are the ones who meet D. A roster is told by "led by"/"headed by" right
 * after the delegation noun ("a delegation of the World Bank, led by its director, A"; "The team was led by A and
 * included B") or by "The delegation included/comprised A and B". Only the nearest roster counts, and only when no
 * other delegation came into the story between it and the meeting. Thread-safe.
 */
final class DelegationRoster {
    /** The nouns of a visiting group whose members a story names. */
    private static final Set<String> HEADS = Set.of("delegation", "mission", "team");
    /** A definite delegation as a meeting's group: "the delegation", "The Vietnamese delegation", "the visiting team". */
    private static final Pattern DEFINITE = Pattern.compile("(?i)(?:the|this|that)((?: [\\p{L}\\p{N}'.-]+){0,3}) (delegation|mission|team)");
    /** Verbs by which a group lists its members. */
    private static final Set<String> MEMBERSHIP = Set.of("included", "includes", "include", "including", "comprised", "comprises",
            "comprising");
    /** Verbs that belong to the roster: "led by A and included B", "headed by A, accompanied by B". */
    private static final Set<String> ROSTER_VERBS = Set.of("included", "includes", "including", "comprised", "comprising",
            "accompanied", "led", "headed", "was", "is");
    /** Words that end the roster's list: a relative clause or the next clause. */
    private static final Set<String> STOPS = Set.of("who", "which", "where", "while", "but", ";", "when", "after", "before");
    /** How many words back from "led by" the delegation noun may stand: "a delegation of the Chinese consortium X, led by". */
    private static final int HEAD_REACH = 10;
    /** How many sentences back the roster may be told. */
    private static final int REACH = 12;
    /** "a Chinese delegation", "an IMF mission": another delegation coming into the story. */
    private static final Pattern NEW_DELEGATION = Pattern.compile("(?i)\\b(?:a|an)(?: [\\p{L}\\p{N}'.-]+){0,4} (?:delegation|mission)\\b");

    private DelegationRoster() {
    }

    /**
     * The meeting with the members of its definite delegation added, or the meeting itself when it has no such
     * group or the story named no roster for it.
     */
    static Meeting expand(AnnotatedText text, EntityIndex index, Meeting m, int sentence) {
        for (String g : m.groups()) {
            Matcher d = DEFINITE.matcher(g);
            if (!d.matches()) {
                continue;
            }
            List<String> members = roster(text, index, sentence, d.group(1).trim());
            List<String> more = members.stream().filter(p -> !m.participants().contains(p)).toList();
            if (!members.isEmpty() && !more.isEmpty()) {
                List<String> people = new ArrayList<>(m.participants());
                people.addAll(more);
                return m.withParticipants(people, m.groups());
            }
            return m;
        }
        return m;
    }

    /** The members of the delegation the story named before {@code sentence}, or none. */
    private static List<String> roster(AnnotatedText text, EntityIndex index, int sentence, String modifiers) {
        Set<String> members = new LinkedHashSet<>();
        for (int k = sentence - 1; k >= Math.max(0, sentence - REACH); k--) {
            Sentence s = text.sentences().get(k);
            int led = ledDelegation(s.tokens());
            int listed = led >= 0 ? -1 : membershipList(s.tokens());
            if (led < 0 && listed < 0) {
                if (k < sentence - 1 && NEW_DELEGATION.matcher(s.text()).find() && members.isEmpty()) {
                    return List.of(); // another delegation came in between: "the delegation" may be that one
                }
                continue;
            }
            if (!modifiers.isEmpty() && !fits(s, modifiers) && members.isEmpty()) {
                return List.of(); // "the Ukrainian delegation" is not the one just led by a Russian
            }
            members.addAll(listFrom(s, index, Math.max(led, listed)));
            if (led >= 0) {
                return List.copyOf(members);
            }
        }
        return List.copyOf(members);
    }

    /** Each capitalised modifier of "the Japanese business delegation" is in the roster's sentence, or the modifiers are lower-case only. */
    private static boolean fits(Sentence s, String modifiers) {
        String text = s.text();
        for (String w : modifiers.split(" ")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The "by" of "led by"/"headed by" whose object leads a delegation ("a delegation ..., led by"), or -1. */
    static int ledDelegation(List<Token> t) {
        for (int i = 1; i + 1 < t.size(); i++) {
            if (!ParticipantFinder.ledByAt(t, i)) {
                continue;
            }
            for (int k = i - 2; k >= Math.max(0, i - 1 - HEAD_REACH); k--) {
                Token w = t.get(k);
                String low = w.text().toLowerCase(Locale.ROOT);
                if (HEADS.contains(low)) {
                    return i;
                }
                String pos = MeetingLexicon.pos(w);
                boolean aux = k == i - 2 && (low.equals("was") || low.equals("is") || low.equals("were"));
                boolean compound = k > 0 && t.get(k - 1).text().equals("-"); // "the Dubai-based X"
                if (!aux && !compound && (pos.equals("VERB") || pos.equals("AUX") || low.equals("side"))) {
                    break;
                }
            }
        }
        return -1;
    }

    /** The verb of "The (Japanese) delegation (also) included A and B" opening the sentence, or -1. */
    static int membershipList(List<Token> t) {
        if (t.isEmpty() || !t.get(0).text().equalsIgnoreCase("the")) {
            return -1;
        }
        for (int k = 1; k < Math.min(t.size() - 1, 6); k++) {
            if (HEADS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
                int v = k + 1;
                if (v < t.size() && t.get(v).text().equalsIgnoreCase("also")) {
                    v++;
                }
                return v < t.size() && MEMBERSHIP.contains(t.get(v).text().toLowerCase(Locale.ROOT)) ? v : -1;
            }
        }
        return -1;
    }

    /**
     * The persons listed after token {@code from}, up to the end of the roster's clause: the first, and each
     * further one joined to the one before by "and", "included" or a bare comma ("A, B and C"; "A, head of X, and
     * B"), not a name inside a title ("A, head of the Z Division").
     */
    private static List<String> listFrom(Sentence s, EntityIndex index, int from) {
        List<Token> t = s.tokens();
        List<MentionRef> named = index.mentionsIn(s.index());
        int end = t.size();
        for (int k = from + 1; k < t.size(); k++) {
            Token w = t.get(k);
            String low = w.text().toLowerCase(Locale.ROOT);
            String pos = MeetingLexicon.pos(w);
            int at = k;
            boolean inName = named.stream().anyMatch(r -> r.tokenStart() <= at && at < r.tokenEnd());
            boolean verb = (pos.equals("VERB") || pos.equals("AUX")) && !w.capitalised() && !ROSTER_VERBS.contains(low);
            if (!inName && (STOPS.contains(low) || verb)) {
                end = k;
                break;
            }
        }
        int stop = end;
        List<String> out = new ArrayList<>();
        int last = -1;
        for (MentionRef r : named.stream().filter(r -> r.type() == EntityType.PERSON && r.kind() == MentionRef.Kind.NAME
                && r.tokenStart() > from && r.tokenEnd() <= stop).sorted(java.util.Comparator.comparingInt(MentionRef::tokenStart)).toList()) {
            if (last < 0 || joined(t, last, r.tokenStart())) {
                if (!out.contains(r.key())) {
                    out.add(r.key());
                }
                last = r.tokenEnd();
            }
        }
        return out;
    }

    /** Tokens {@code from} to {@code to} join two members: a bare comma, or a gap holding "and" or "included". */
    private static boolean joined(List<Token> t, int from, int to) {
        if (to - from == 1 && t.get(from).text().equals(",")) {
            return true;
        }
        for (int k = from; k < to; k++) {
            String low = t.get(k).text().toLowerCase(Locale.ROOT);
            if (low.equals("and") || MEMBERSHIP.contains(low)) {
                return true;
            }
        }
        return false;
    }
}
