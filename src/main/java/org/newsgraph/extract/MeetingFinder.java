package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.article.Article;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Finds meetings: a sentence with a meeting word and two or more people. Thread-safe. */
final class MeetingFinder {
    private static final Set<String> TRIGGERS = Set.of("meet", "talk", "visit", "call", "meeting", "summit");

    List<Meeting> find(Article article, AnnotatedText text, EntityIndex index) {
        List<Meeting> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            Token trigger = s.tokens().stream().filter(t -> TRIGGERS.contains(t.lemma().toLowerCase())).findFirst().orElse(null);
            if (trigger == null) {
                continue;
            }
            Set<String> people = new LinkedHashSet<>();
            String place = null;
            for (MentionRef r : index.mentionsIn(s.index())) {
                if (r.type() == EntityType.PERSON) {
                    people.add(r.key());
                } else if (r.type() == EntityType.PLACE && place == null) {
                    place = r.key();
                }
            }
            if (people.size() >= 2) {
                boolean planned = s.tokens().stream().anyMatch(t -> t.lemma().equals("will") || t.lemma().equals("expect"));
                out.add(new Meeting(List.copyOf(people), List.of(), place, null, null,
                        planned ? MeetingStatus.PLANNED : MeetingStatus.OCCURRED, trigger.text(), List.of(),
                        new Evidence(s.start(), s.end(), s.text()), 0.5));
            }
        }
        return out;
    }
}
