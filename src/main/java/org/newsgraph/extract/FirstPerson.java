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
        for (Sentence s : text.sentences()) {
            blocks.owner(s.index())
                    .filter(o -> o.mode() == SpeakerBlocks.Mode.TURN && o.speaker().key() != null && o.speaker().type() == SpeakerType.PERSON)
                    .ifPresent(o -> added.addAll(pronouns(s, index, o.speaker().key(), o.labelEnd())));
        }
        if (added.isEmpty()) {
            return index;
        }
        List<MentionRef> all = new ArrayList<>(added);
        text.sentences().forEach(s -> all.addAll(index.mentionsIn(s.index())));
        return new EntityIndex(index.entities(), all);
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
