package org.newsgraph.extract;

import java.util.Locale;

/** Kinds of entities NewsGraph keeps. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE;

    /** Lower-case name used in keys and IRIs: {@code person}, {@code organization}, {@code place}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
