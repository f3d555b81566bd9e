package org.newsgraph.extract;

import java.util.Locale;

/** Whether a meeting took place. */
public enum MeetingStatus {
    /** It happened. */
    OCCURRED,
    /** It is scheduled or expected. */
    PLANNED,
    /** Someone sought, offered, invited or refused it. */
    PROPOSED,
    /** It was called off. */
    CANCELLED;

    /** Lower-case label, as in the prediction format: {@code occurred}, {@code planned}, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
