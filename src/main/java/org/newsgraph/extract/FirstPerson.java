package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * "I" and "me" in a turn of a transcript or in an answer of a question-and-answer page are the person
 * whose turn it is: "A: I met him in March" is the interviewee meeting someone; "we" and "us" there
 * include that person ("Governor X hosted us"). Gives the article's index
 * with those pronouns added as mentions, so that meetings told in the first person have their teller as
 * a participant. Thread-safe.
 */
final class FirstPerson {
    private static final Set<String> FORMS = Set.of("I", "me", "Me", "myself");

    /**
     * "we" and "us" in a labelled turn: the speaker is one of them ("Governor X hosted us", "We met the board on
     * Monday"), whoever else they are.
     */
    private static final Set<String> PLURAL_FORMS = Set.of("we", "We", "us", "Us");

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
        added.addAll(author(text, index, blocks));
        if (added.isEmpty()) {
            return index;
        }
        List<MentionRef> all = new ArrayList<>(added);
        text.sentences().forEach(s -> all.addAll(index.mentionsIn(s.index())));
        return new EntityIndex(index.entities(), all);
    }

    /** How many sentences from the top a byline may stand. */
    private static final int BYLINE_REACH = 6;

    /** How many sentences must speak in the first person, outside quotes, for the text to be its author's own account. */
    private static final int OWN_ACCOUNT = 2;

    /** Roles of those who write about others, not of their own doings. */
    private static final Set<String> PRESS_ROLES = Set.of("correspondent", "reporter", "journalist", "editor", "writer",
            "columnist", "staff writer", "contributor");

    /**
     * "Posted by Mayor X", "By Governor Y": a blog, letter or column by an office-holder, told in the first
     * person: "I" and "me" outside quotes and outside labelled turns are the author, named by the byline with a
     * role that is no journalist's, when at least {@link #OWN_ACCOUNT} sentences speak so.
     */
    private static List<MentionRef> author(AnnotatedText text, EntityIndex index, SpeakerBlocks blocks) {
        String author = null;
        for (Sentence s : text.sentences().subList(0, Math.min(BYLINE_REACH, text.sentences().size()))) {
            List<Token> t = s.tokens();
            for (int k = 0; k < Math.min(3, t.size()); k++) {
                if (t.get(k).text().equalsIgnoreCase("by")) {
                    int after = k + 1;
                    author = index.mentionsIn(s.index()).stream().filter(m -> m.type() == EntityType.PERSON
                            && m.kind() == MentionRef.Kind.NAME && m.tokenStart() >= after && m.tokenStart() <= after + 3)
                            .map(MentionRef::key).findFirst().orElse(null);
                }
            }
            if (author != null) {
                break;
            }
        }
        String key = author;
        boolean official = key != null && index.entity(key).map(e -> !e.roles().isEmpty()
                && e.roles().stream().noneMatch(PRESS_ROLES::contains)).orElse(false);
        if (!official) {
            return List.of();
        }
        QuoteSpans quotes = QuoteSpans.of(text.text());
        List<MentionRef> out = new ArrayList<>();
        int sentences = 0;
        for (Sentence s : text.sentences()) {
            if (blocks.owner(s.index()).isPresent()) {
                continue;
            }
            int before = out.size();
            List<Token> t = s.tokens();
            for (int k = 0; k < t.size(); k++) {
                if (FORMS.contains(t.get(k).text()) && index.at(s.index(), k).isEmpty() && quotes.containing(t.get(k).start()).isEmpty()) {
                    out.add(new MentionRef(key, EntityType.PERSON, s.index(), k, k + 1, MentionRef.Kind.PRONOUN));
                }
            }
            sentences += out.size() > before ? 1 : 0;
        }
        return sentences >= OWN_ACCOUNT ? out : List.of();
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
            } else if (!quoted && (FORMS.contains(w) || PLURAL_FORMS.contains(w)) && index.at(s.index(), k).isEmpty()) {
                out.add(new MentionRef(key, EntityType.PERSON, s.index(), k, k + 1, MentionRef.Kind.PRONOUN));
            }
        }
        return out;
    }
}
