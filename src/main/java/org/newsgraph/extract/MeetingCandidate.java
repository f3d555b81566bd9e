package org.newsgraph.extract;

import java.util.Objects;

/**
 * A meeting word with the participants its clause gives. A joiner ("X is also expected to attend",
 * "Y attended that gathering") adds its participants to the meeting named just before instead of
 * making a meeting of its own.
 *
 * @param clause       the clause
 * @param trigger      the meeting word
 * @param participants who takes part
 * @param joiner       whether it joins the previous meeting
 */
record MeetingCandidate(MeetingClause clause, MeetingLexicon.Trigger trigger, Participants participants, boolean joiner) {
    MeetingCandidate {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(participants, "participants");
    }
}
