package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;

/**
 * Something someone said: a direct quote or reported speech.
 *
 * @param speaker      key of the speaking entity, or {@code null} for an unnamed source
 * @param speakerType  person, organisation or unnamed
 * @param speakerText  the words naming the speaker where the statement is attributed ("she", "a spokesperson")
 * @param content      what was said, as written (with its quotation marks when quoted)
 * @param contentStart offset of the content in the article text
 * @param contentEnd   offset after the content
 * @param quoted       whether it contains the speaker's own words in quotation marks
 * @param topics       what it is about, normalised (lemma, lower case)
 * @param evidence     the sentence(s) it comes from
 * @param confidence   0..1
 */
public record Statement(String speaker, SpeakerType speakerType, String speakerText, String content, int contentStart,
        int contentEnd, boolean quoted, List<String> topics, Evidence evidence, double confidence) {
    public Statement {
        Objects.requireNonNull(speakerType, "speakerType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(evidence, "evidence");
        topics = List.copyOf(topics);
        if (speaker == null && speakerType != SpeakerType.UNNAMED) {
            throw new IllegalArgumentException("a " + speakerType.label() + " statement needs a speaker key");
        }
        if (contentStart < 0 || contentEnd < contentStart) {
            throw new IllegalArgumentException("bad content offsets: start=" + contentStart + ", end=" + contentEnd);
        }
        Confidence.check(confidence);
    }
}
