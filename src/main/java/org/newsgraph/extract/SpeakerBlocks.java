package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * Stretches of an article whose every sentence is one speaker's: the turns of a transcript
 * ("SECRETARY BLINKEN: ...", "QUESTION: ..."), and a written statement introduced by a header
 * ("Statement from Spokesperson X on ...", "The following statement was released by X:"). Also the
 * attribution line of a readout ("The below is attributable to Spokesperson X:"), whose next sentence is
 * the spokesperson's. Not thread-safe: one per article.
 */
final class SpeakerBlocks {
    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)^(statement|remarks) (from|by|of) |following statement was (released|issued|made) by|(released|issued) the following statement");
    private static final Pattern READOUT = Pattern.compile("(?i)attributable to|provided the following readout|following readout");

    /** How a sentence's speaker is known. */
    enum Mode { TURN, STATEMENT, READOUT_LINE }

    /** The speaker of one sentence and how it is known; {@code labelEnd} is the token after a speaker label. */
    record Owner(Speaker speaker, Mode mode, int labelEnd) {
    }

    private final Map<Integer, Owner> owners = new HashMap<>();

    SpeakerBlocks(AnnotatedText text, EntityIndex index, SpeakerFinder speakers) {
        boolean transcript = text.sentences().stream().filter(s -> label(text, s) > 0).count() >= 2;
        Owner current = null;
        for (Sentence s : text.sentences()) {
            int label = transcript ? label(text, s) : 0;
            if (label > 0) {
                current = new Owner(labelSpeaker(s, label, index, speakers), Mode.TURN, label);
                owners.put(s.index(), current);
                continue;
            }
            Optional<Speaker> header = header(s, speakers);
            if (header.isPresent()) {
                boolean statement = STATEMENT.matcher(s.text().strip()).find();
                current = new Owner(header.get(), statement ? Mode.STATEMENT : Mode.READOUT_LINE, 0);
                continue;
            }
            if (current != null && current.mode() == Mode.READOUT_LINE) {
                owners.put(s.index(), current);
                current = null;
            } else if (current != null) {
                owners.put(s.index(), new Owner(current.speaker(), current.mode(), 0));
            }
        }
    }

    /** The owner of a sentence, when it lies in a block. */
    Optional<Owner> owner(int sentence) {
        return Optional.ofNullable(owners.get(sentence));
    }

    private static int label(AnnotatedText text, Sentence s) {
        return EntityFinder.lineStart(text, s) ? PersonSpotter.labelEnd(s.tokens()) : 0;
    }

    private static Speaker labelSpeaker(Sentence s, int label, EntityIndex index, SpeakerFinder speakers) {
        return index.mentionsIn(s.index()).stream()
                .filter(r -> r.type() == EntityType.PERSON && r.tokenEnd() <= label).findFirst()
                .map(r -> speakers.speaker(s, r))
                .orElse(new Speaker(null, SpeakerType.UNNAMED, s.span(0, label), null, 0, label));
    }

    private static Optional<Speaker> header(Sentence s, SpeakerFinder speakers) {
        String t = s.text().strip();
        if (!STATEMENT.matcher(t).find() && !READOUT.matcher(t).find()) {
            return Optional.empty();
        }
        return speakers.within(s, 0, s.tokens().size()).filter(x -> x.type() == SpeakerType.PERSON);
    }
}
