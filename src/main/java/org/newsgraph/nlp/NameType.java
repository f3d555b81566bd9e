package org.newsgraph.nlp;

/** The kinds of names the name finder tags (CoNLL-2003 classes). */
public enum NameType {
    PERSON, LOCATION, ORGANIZATION, MISC;

    /** Maps a model's type label ({@code PER}, {@code person}, {@code LOC}, ...) to a type. */
    public static NameType fromLabel(String label) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        if (l.startsWith("per")) {
            return PERSON;
        }
        if (l.startsWith("loc") || l.startsWith("gpe") || l.startsWith("geo")) {
            return LOCATION;
        }
        if (l.startsWith("org")) {
            return ORGANIZATION;
        }
        return MISC;
    }
}
