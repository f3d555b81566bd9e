package org.newsgraph.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.EntityType;

/**
 * One Wikidata item known to the gazetteer (or fetched online), with what disambiguation needs.
 *
 * @param qid        the item id
 * @param type       person, place or organisation
 * @param label      English label
 * @param aliases    other names (English Wikipedia title, short forms, other-language names)
 * @param countries  QIDs of the countries it belongs to (for people: the countries of their offices)
 * @param prior      popularity prior 0..100 (heads of state and government high, back-benchers low)
 * @param positions  offices held (people only), possibly empty
 * @param placeKind  {@code country}, {@code territory}, {@code city} or "" for non-places
 * @param population population for places, 0 when unknown
 */
public record GazetteerEntry(String qid, EntityType type, String label, List<String> aliases, List<String> countries,
        int prior, List<Position> positions, String placeKind, long population) {
    public GazetteerEntry {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        countries = List.copyOf(countries);
        positions = List.copyOf(positions);
        Objects.requireNonNull(placeKind, "placeKind");
        if (prior < 0 || prior > 100) {
            throw new IllegalArgumentException("prior must be within 0..100: " + prior + " (" + qid + ")");
        }
    }

    /**
     * An office held.
     *
     * @param label   the office's English label ("President", "Prime Minister of Albania")
     * @param country QID of the office's country, or "" when unknown
     * @param start   start date, or {@code null} when unknown
     * @param end     end date, or {@code null} when ongoing or unknown
     */
    public record Position(String label, String country, LocalDate start, LocalDate end) {
        public Position {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(country, "country");
            if (start != null && end != null && end.isBefore(start)) {
                end = null; // bad source data: treat as open
            }
        }

        /** Whether the office was held on that day (an unknown start counts as held before it). */
        public boolean heldOn(LocalDate day) {
            return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
        }
    }
}
