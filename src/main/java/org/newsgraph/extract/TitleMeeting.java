package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The meeting a transcript's title announces: "Secretary X And Minister Y Before Their Meeting", "Remarks With
 * Foreign Minister Y After Their Talks". The people of the title meet; when the title names one person only, the
 * other is the first other person of the text, the speaker whose remarks these are ("SECRETARY X: ..."). Thread-safe.
 */
final class TitleMeeting {
    private static final Set<String> NOUNS = Set.of("meeting", "talks", "bilateral", "call", "dinner", "lunch");
    /** How many sentences after the title the speaker of "Remarks With Y" may first be named in. */
    private static final int SPEAKER_REACH = 4;
    private static final double CONFIDENCE = 0.6;

    private TitleMeeting() {
    }

    static Optional<Meeting> find(AnnotatedText text, EntityIndex index) {
        if (text.sentences().isEmpty()) {
            return Optional.empty();
        }
        Sentence title = text.sentences().get(0);
        if (!Headline.isTitleLine(text, title) || !theirMeeting(title)) {
            return Optional.empty();
        }
        List<String> people = new ArrayList<>(persons(index, 0));
        for (int k = 1; people.size() == 1 && k <= SPEAKER_REACH && k < text.sentences().size(); k++) {
            persons(index, k).stream().filter(p -> !people.contains(p)).findFirst().ifPresent(people::add);
        }
        if (people.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(people, List.of(), null, null, null, null, MeetingStatus.OCCURRED,
                "their meeting", List.of(), new Evidence(title.start(), title.end(), title.text()), CONFIDENCE));
    }

    /** "Their Meeting", "Their Bilateral Talks". */
    private static boolean theirMeeting(Sentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).text().equalsIgnoreCase("their") && NOUNS.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> persons(EntityIndex index, int sentence) {
        return index.mentionsIn(sentence).stream().filter(r -> r.type() == EntityType.PERSON).map(MentionRef::key).distinct().toList();
    }
}
