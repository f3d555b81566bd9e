package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * "I" and "me" in a turn of a transcript or in an answer of a question-and-answer page are the person
 * whose turn it is: "A: I met him in March" is the interviewee meeting someone. Gives the article's index
 * with those pronouns added as mentions, so that meetings told in the first person have their teller as
 * a participant. Thread-safe.
 */
final class FirstPerson {
    private static final Set<String> FORMS = Set.of("I", "me", "Me", "myself");

    private FirstPerson() {
    }

    /** The index, with the first-person pronouns of person-owned turns added; the same index when there are none. */
    static EntityIndex resolve(AnnotatedText text, EntityIndex index) {
        SpeakerBlocks blocks = new SpeakerBlocks(text, index, new SpeakerFinder(index, text));
        List<MentionRef> added = new ArrayList<>();
        java.util.Set<String> asked = new java.util.LinkedHashSet<>();
        boolean answering = false;
        for (Sentence s : text.sentences()) {
            java.util.Optional<SpeakerBlocks.Owner> turn = blocks.owner(s.index())
                    .filter(o -> o.mode() == SpeakerBlocks.Mode.TURN && o.speaker().key() != null && o.speaker().type() == SpeakerType.PERSON);
            if (turn.isEmpty()) {
                if (answering) {
                    asked.clear();
                }
                answering = false;
                index.mentionsIn(s.index()).stream().filter(m -> m.type() == EntityType.PERSON).forEach(m -> asked.add(m.key()));
                continue;
            }
            answering = true;
            String key = turn.get().speaker().key();
            added.addAll(pronouns(s, index, key, turn.get().labelEnd()));
            asked.remove(key);
            if (asked.size() == 1 && index.mentionsIn(s.index()).stream().noneMatch(m -> m.type() == EntityType.PERSON)) {
                added.addAll(we(s, key, asked.iterator().next(), turn.get().labelEnd()));
            }
        }
        if (added.isEmpty()) {
            return index;
        }
        List<MentionRef> all = new ArrayList<>(added);
        text.sentences().forEach(s -> all.addAll(index.mentionsIn(s.index())));
        return new EntityIndex(index.entities(), all);
    }

    /**
     * "Q: Have you spoken to Jonas Valancius? A: We spoke by phone on Sunday": "We" opening an answer that
     * names no one is the interviewee and the one person the question named.
     */
    private static List<MentionRef> we(Sentence s, String key, String other, int from) {
        List<Token> t = s.tokens();
        int k = from < t.size() && t.get(from).text().equals(":") ? from + 1 : from;
        if (k >= t.size() || !t.get(k).text().equals("We")) {
            return List.of();
        }
        return List.of(new MentionRef(key, EntityType.PERSON, s.index(), k, k + 1, MentionRef.Kind.PRONOUN),
                new MentionRef(other, EntityType.PERSON, s.index(), k, k + 1, MentionRef.Kind.PRONOUN));
    }

    private static List<MentionRef> pronouns(Sentence s, EntityIndex index, String key, int from) {
        List<MentionRef> out = new ArrayList<>();
        List<Token> t = s.tokens();
        boolean quoted = false;
        for (int k = from; k < t.size(); k++) {
            String w = t.get(k).text();
            if (w.equals("\"") || w.equals("\u201c") || w.equals("\u201d")) {
                quoted = !quoted; // someone else's words quoted inside the turn
            } else if (!quoted && FORMS.contains(w) && index.at(s.index(), k).isEmpty()) {
                out.add(new MentionRef(key, EntityType.PERSON, s.index(), k, k + 1, MentionRef.Kind.PRONOUN));
            }
        }
        return out;
    }
}
