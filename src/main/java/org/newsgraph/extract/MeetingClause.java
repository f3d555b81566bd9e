package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The stretch of a sentence that belongs to one meeting word: from {@code start} (after any reporting verb,
 * "that", "while", ";") to {@code end} (before the next such break), with {@code purpose} where a purpose
 * clause ("to discuss ...") begins, or {@code end} when there is none. Participants and the place are
 * sought before {@code purpose}; dates and topics up to {@code end}.
 *
 * @param sentence the sentence
 * @param trigger  index of the meeting word
 * @param start    first token of the clause
 * @param purpose  first token of the purpose clause, or {@code end}
 * @param end      token after the clause
 */
record MeetingClause(Sentence sentence, int trigger, int start, int purpose, int end) {
    private static final Set<String> LEFT_BREAKS = Set.of(";", ":", "\"", "while", "but", "although", "though",
            "because", "whereas", "however", "when", "once");
    private static final Set<String> RIGHT_BREAKS = Set.of(";", ":", "\"", "while", "but", "after", "when", "because",
            "although", "though", "whereas", "who", "which", "whom", "whose", "where", "as", "since", "until", "unless",
            "if", "however", "amid", "despite");

    private static final Set<String> DAY_WORDS = CalendarWords.with(CalendarWords.WEEKDAYS, "today", "yesterday", "week", "month");

    MeetingClause {
        if (start > trigger || trigger >= end || purpose < trigger || purpose > end) {
            throw new IllegalArgumentException("bad meeting clause: start=" + start + ", trigger=" + trigger
                    + ", purpose=" + purpose + ", end=" + end);
        }
    }

    /**
     * "the meeting between X and Y, which was scheduled for Tuesday, was postponed", "talks with X, planned for Monday,
     * have been put off": where a relative clause or a participle phrase that a comma sets off right after a meeting
     * noun's clause ends (the comma closing it, or the sentence's end); -1 when none follows. It tells of the meeting.
     */
    int asideEnd() {
        List<Token> t = sentence.tokens();
        if (end >= t.size() || !MeetingLexicon.pos(t.get(trigger)).equals("NOUN") || !t.get(end - 1).text().equals(",")
                || !(Set.of("which", "that").contains(t.get(end).text().toLowerCase(java.util.Locale.ROOT)) || StatusFinder.pastParticiple(t.get(end)))) {
            return -1;
        }
        int stop = end + 1;
        while (stop < t.size() && !t.get(stop).text().equals(",")) {
            stop++;
        }
        return stop;
    }

    /** The clause around the meeting word at {@code trigger}. */
    static MeetingClause around(Sentence s, int trigger, MeetingLexicon words) {
        List<Token> t = s.tokens();
        int start = trigger;
        while (start > 0 && !leftBreak(t, start - 1, words)) {
            start--;
        }
        int end = trigger + 1;
        while (end < t.size() && !rightBreak(t, end, words)) {
            end++;
        }
        int purpose = trigger + 1;
        while (purpose < end && !purposeStart(t, purpose)) {
            purpose++;
        }
        return new MeetingClause(s, trigger, start, purpose, end);
    }

    private static boolean leftBreak(List<Token> t, int i, MeetingLexicon words) {
        Token k = t.get(i);
        String w = k.text().toLowerCase(java.util.Locale.ROOT);
        boolean relative = i > 0 && Set.of("NOUN", "PROPN").contains(MeetingLexicon.pos(t.get(i - 1)))
                && !DAY_WORDS.contains(t.get(i - 1).text().toLowerCase(java.util.Locale.ROOT));
        return LEFT_BREAKS.contains(w) && !nickname(t, i) && !parenthetical(t, i) || w.equals("and") && newSubject(t, i + 1) || w.equals("that") && (MeetingLexicon.pos(k).equals("SCONJ") && !relative || toldObject(t, i, words))
                || MeetingLexicon.pos(k).equals("VERB") && words.in("report", k);
    }

    /** "informed his counterpart that ...": "that" after the object of a reporting verb opens what was reported. */
    private static boolean toldObject(List<Token> t, int that, MeetingLexicon words) {
        for (int i = that - 1; i >= 0 && i >= that - 10; i--) {
            Token k = t.get(i);
            String pos = MeetingLexicon.pos(k);
            if (pos.equals("VERB")) {
                return words.in("report", k);
            }
            if (pos.equals("AUX") || pos.equals("SCONJ") || k.text().equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static boolean rightBreak(List<Token> t, int i, MeetingLexicon words) {
        Token k = t.get(i);
        String w = k.text().toLowerCase(java.util.Locale.ROOT);
        boolean conjunction = RIGHT_BREAKS.contains(w) && !nickname(t, i) && !(w.equals("as") && i + 1 < t.size()
                && t.get(i + 1).text().equalsIgnoreCase("well")) && !ledRelative(t, i, words);
        return conjunction || MeetingLexicon.pos(k).equals("VERB") && words.in("report", k) || sequel(t, i) || subordinateBefore(t, i)
                || w.equals("and") && i + 1 < t.size() && (MeetingLexicon.pos(t.get(i + 1)).equals("VERB") && !titleModifier(t, i + 1)
                        || MeetingLexicon.pos(t.get(i + 1)).equals("AUX") || newSubject(t, i + 1) || secondInfinitive(t, i + 1));
    }

    /** How many words of a relative clause may stand before its "led by": "whose eight-member delegation was led by". */
    private static final int LED_RELATIVE_REACH = 5;

    /**
     * "met the farmers' union, whose delegation was headed by its president, X", "received the visiting team, which was
     * led by Y": a relative clause set off by a comma that says who led a side of the talks (a group noun: delegation,
     * team, mission) goes on naming the meeting's people. The group noun is the one after "whose" or the one the
     * pronoun refers to, and the past passive "was led" or "were headed" with its "by" follows within a few words.
     * Not "the party, whose leader was elected by ..." nor "the ministry, which is headed by ..." (a standing fact).
     */
    private static boolean ledRelative(List<Token> t, int i, MeetingLexicon words) {
        String w = t.get(i).text().toLowerCase(java.util.Locale.ROOT);
        if (!Set.of("which", "who", "whose").contains(w) || i < 2 || !t.get(i - 1).text().equals(",")) {
            return false;
        }
        boolean group = !w.equals("whose") && words.in("group", t.get(i - 2));
        for (int k = i + 1; k + 2 < t.size() && k <= i + LED_RELATIVE_REACH; k++) {
            String be = t.get(k).text().toLowerCase(java.util.Locale.ROOT);
            if (Set.of("was", "were").contains(be)) {
                return group && ParticipantFinder.ledByAt(t, k + 2);
            }
            if (!Set.of("NOUN", "ADJ", "NUM").contains(MeetingLexicon.pos(t.get(k))) || w.equals("which") || w.equals("who")) {
                return false;
            }
            group |= MeetingLexicon.pos(t.get(k)).equals("NOUN") && words.in("group", t.get(k));
        }
        return false;
    }

    /**
     * "is expected to meet A and to call on B", "plans to visit A and to see B": after "and", a second "to" with its verb
     * opens the next act of the same subject, whose object is not the first act's.
     */
    private static boolean secondInfinitive(List<Token> t, int i) {
        return i + 1 < t.size() && t.get(i).text().equalsIgnoreCase("to") && MeetingLexicon.pos(t.get(i + 1)).equals("VERB");
    }

    /** Words that put a second act of the same subject after a first: "met X and then met Y", "before receiving Y". */
    static final Set<String> SEQUELS = Set.of("then", "later", "afterwards", "subsequently", "before");

    /**
     * "met X on Monday and later held talks with Y", "met X, then spoke by phone with Y", "met X before receiving Y": a
     * word of sequence ("and" may come first) right before a verb opens the subject's next act, a clause of its own.
     */
    static boolean sequel(List<Token> t, int i) {
        int k = i;
        if (t.get(k).text().equalsIgnoreCase("and") && k + 1 < t.size()) {
            k++;
        }
        return SEQUELS.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT)) && k + 1 < t.size()
                && MeetingLexicon.pos(t.get(k + 1)).equals("VERB");
    }

    /** How many tokens the subject of a "before" clause may take before its verb. */
    private static final int BEFORE_SUBJECT = 5;

    /**
     * "spoke to reporters before Ana Ruiz arrived", "met the mayor before the minister's convoy left": "before" opening
     * a clause of its own (a subject, then its finite verb), not "met X before receiving Y" nor "before the vote".
     */
    static boolean subordinateBefore(List<Token> t, int i) {
        if (!t.get(i).text().equalsIgnoreCase("before") || i + 2 >= t.size()) {
            return false;
        }
        for (int k = i + 2; k < Math.min(t.size(), i + 2 + BEFORE_SUBJECT); k++) {
            String pos = MeetingLexicon.pos(t.get(k));
            if (pos.equals("VERB") || pos.equals("AUX")) {
                return !t.get(k).text().toLowerCase(java.util.Locale.ROOT).endsWith("ing")
                        && Set.of("PROPN", "NOUN", "PRON").contains(MeetingLexicon.pos(t.get(k - 1)));
            }
            if (!Set.of("PROPN", "NOUN", "DET", "ADJ", "PART").contains(pos) && !NameShape.isClitic(t.get(k).text())) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "he", "she", "we", "they");

    /** "..., and the next morning I had breakfast with Y": a subject pronoun and its verb a few words on open a clause. */
    private static boolean newSubject(List<Token> t, int from) {
        for (int k = from; k < Math.min(t.size() - 1, from + 5); k++) {
            if (SUBJECT_PRONOUNS.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))) {
                String next = MeetingLexicon.pos(t.get(k + 1));
                return next.equals("VERB") || next.equals("AUX");
            }
            if (t.get(k).text().equals(",") || MeetingLexicon.pos(t.get(k)).equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    /** "sporting director", "managing director", "acting president": an -ing word that is part of a title, not a verb. */
    private static boolean titleModifier(List<Token> t, int i) {
        return t.get(i).text().endsWith("ing") && i + 1 < t.size() && Lexicon.INSTANCE.isRoleWord(t.get(i + 1).text());
    }

    /** Adverbs set off by commas inside a clause, which leave its subject with its verb: "X, however, met Y". */
    private static final Set<String> ASIDES = Set.of("however", "though");

    /** "Ter Horst, however, has turned down an invitation": an aside between commas, no break of the clause. */
    static boolean parenthetical(List<Token> t, int i) {
        return ASIDES.contains(t.get(i).text().toLowerCase(java.util.Locale.ROOT)) && i > 0 && t.get(i - 1).text().equals(",")
                && i + 1 < t.size() && t.get(i + 1).text().equals(",");
    }

    /** A quote mark around one capitalised word, a nickname inside a name: Ronaldo "Jun" Bautista. */
    static boolean nickname(List<Token> t, int i) {
        if (!t.get(i).text().equals("\"")) {
            return false;
        }
        boolean opens = i + 2 < t.size() && t.get(i + 1).capitalised() && t.get(i + 2).text().equals("\"") && i > 0 && t.get(i - 1).capitalised();
        boolean closes = i >= 2 && t.get(i - 1).capitalised() && t.get(i - 2).text().equals("\"") && i + 1 < t.size() && t.get(i + 1).capitalised();
        return opens || closes;
    }

    private static boolean purposeStart(List<Token> t, int i) {
        return t.get(i).text().equalsIgnoreCase("to") && i + 1 < t.size() && MeetingLexicon.pos(t.get(i + 1)).equals("VERB")
                || t.get(i).text().equalsIgnoreCase("in") && i + 2 < t.size() && t.get(i + 1).text().equalsIgnoreCase("order");
    }

    /** The token at {@code i}. */
    Token token(int i) {
        return sentence.tokens().get(i);
    }
}
