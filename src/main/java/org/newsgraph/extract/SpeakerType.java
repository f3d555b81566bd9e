package org.newsgraph.extract;

import java.util.Locale;

/** Who made a statement. */
public enum SpeakerType {
    PERSON, ORGANIZATION, UNNAMED;

    /** Lower-case label, as in the prediction format. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
