package org.newsgraph.extract;

/**
 * Who says something, as found in one sentence.
 *
 * @param key        entity key, or null for an unnamed source
 * @param type       person, organisation or unnamed
 * @param text       the words naming the speaker
 * @param kind       how the speaker is referred to (name, description, pronoun), or null for unnamed
 * @param tokenStart first token of those words
 * @param tokenEnd   token after them
 */
record Speaker(String key, SpeakerType type, String text, MentionRef.Kind kind, int tokenStart, int tokenEnd) {
    /** A base confidence from how the speaker is named. */
    double confidence() {
        if (kind == null) {
            return 0.6;
        }
        return switch (kind) {
            case NAME -> 0.85;
            case DESCRIPTION -> 0.75;
            case PRONOUN -> 0.7;
        };
    }
}
