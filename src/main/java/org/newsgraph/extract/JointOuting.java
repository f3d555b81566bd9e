package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * People who went somewhere together, which puts them in one place at one time as a meeting does: "A and B went to
 * the town together to inspect the dam", "A and B toured the site together", "A walked through the market with the
 * traders' leader, B", "A travelled to the border with B". A verb of going (the {@code outing} word list) whose
 * subjects are two named people and that "together" follows, or whose named subject went "with" named people.
 * Verbs of visiting a place with someone ("toured the plant with") are meeting words already and are left to them
 * in the second form. Thread-safe.
 */
final class JointOuting {
    /** Lemmas of verbs of going somewhere. */
    private static final Set<String> GOING = Set.of("go", "travel", "walk", "stroll", "drive", "fly", "ride",
            "tour", "visit", "inspect");

    /** Verbs of going round a place that are meeting words with "with" already. */
    private static final Set<String> ROUNDS = Set.of("tour", "visit", "inspect");

    /** Words after the verb that make it no going to a place with someone: "walked out", "went off", "drove away". */
    private static final Set<String> AWAY = Set.of("out", "away", "off", "back", "ahead", "against", "on");

    /** How many words may stand between the verb and "together" or "with": "went to Barotac Viejo together". */
    private static final int REACH = 8;

    private final MeetingLexicon words;
    private final ParticipantFinder finder;
    private final StatusFinder status;

    JointOuting(MeetingLexicon words, ParticipantFinder finder) {
        this.words = words;
        this.finder = finder;
        this.status = new StatusFinder(words);
    }

    /** The outings the sentence tells of, as meeting candidates: one per verb of going that has them. */
    List<MeetingCandidate> candidates(Sentence s) {
        List<MeetingCandidate> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            outing(s, i).ifPresent(out::add);
        }
        return out;
    }

    /** The meeting words' candidates of a sentence and its outings whose people no candidate already has. */
    List<MeetingCandidate> with(Sentence s, List<MeetingCandidate> found) {
        List<MeetingCandidate> all = new ArrayList<>(found);
        for (MeetingCandidate o : candidates(s)) {
            if (found.stream().noneMatch(c -> c.participants().keys().containsAll(o.participants().keys()))) {
                all.add(o);
            }
        }
        return all;
    }

    private Optional<MeetingCandidate> outing(Sentence s, int i) {
        List<Token> t = s.tokens();
        Token v = t.get(i);
        String lemma = MeetingLexicon.lemma(v).toLowerCase(Locale.ROOT);
        if (!MeetingLexicon.pos(v).equals("VERB") || !GOING.contains(lemma)
                || i + 1 < t.size() && AWAY.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        MeetingClause c = MeetingClause.around(s, i, words);
        if (status.negated(c)) {
            return Optional.empty();
        }
        MeetingLexicon.Trigger trigger = new MeetingLexicon.Trigger(lemma, MeetingLexicon.Kind.DIRECT, 0.5);
        Participants subjects = finder.subjects(c, i);
        for (int k = i + 1; k < Math.min(c.end(), i + 1 + REACH); k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            boolean with = w.equals("with") && !ROUNDS.contains(lemma);
            boolean together = w.equals("together") && !(k + 1 < t.size() && t.get(k + 1).text().equalsIgnoreCase("with"));
            if (together) {
                return subjects.keys().size() >= 2 ? Optional.of(new MeetingCandidate(c, trigger, named(subjects), false)) : Optional.empty();
            }
            if (with) {
                Participants others = finder.named(s, k + 1, c.purpose());
                Participants all = named(subjects).plus(others);
                return !subjects.keys().isEmpty() && !others.keys().isEmpty() && all.keys().size() >= 2
                        ? Optional.of(new MeetingCandidate(c, trigger, all, false)) : Optional.empty();
            }
            if (MeetingLexicon.pos(t.get(k)).equals("VERB") || w.equals(",") && !(k + 1 < t.size() && t.get(k + 1).text().equalsIgnoreCase("together"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The named people only: the groups of a clause of going are no party to it. */
    private static Participants named(Participants p) {
        return new Participants(p.keys(), List.of(), p.indirect());
    }
}
