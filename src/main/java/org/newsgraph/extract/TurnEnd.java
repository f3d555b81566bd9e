package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Where a story quotes an excerpt of a transcript and then goes on in its own voice: an unlabelled paragraph
 * after the last turn that reports in the third person what someone else said ("The chair, Sen. Ruth Ames,
 * said she had ...", "..., the port authority said.") is the reporter's again, and so is the rest of the story
 * until the next speaker label. A paragraph with the speaker's "I", "we" or "you" still goes on with the turn.
 * Thread-safe.
 */
final class TurnEnd {
    private static final Set<String> FIRST_SECOND = Set.of("i", "we", "me", "us", "my", "our", "you", "your");

    private TurnEnd() {
    }

    /** Whether unlabelled sentence s, in the turn of owner o, is the story's own narration resumed. */
    static boolean resumesNarrative(AnnotatedText text, Sentence s, SpeakerBlocks.Owner o, ReportedSpeech reported) {
        if (o.labelEnd() > 0 || !EntityFinder.lineStart(text, s)) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (FIRST_SECOND.contains(t.text().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        String own = o.speaker().key();
        return reported.find(s).stream().anyMatch(x -> x.speaker() == null || !x.speaker().equals(own));
    }
}
