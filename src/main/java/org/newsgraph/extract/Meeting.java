package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A meeting between two or more parties: an n-ary event.
 *
 * @param participants keys of the participating entities (persons, sometimes organisations)
 * @param groups       unnamed participants as written ("Ukrainian officials")
 * @param place        key of the place entity (a venue, a town, a country), or {@code null}
 * @param city         key of the town or city the venue is in, when the place is a venue and the text says where
 *                     ("at the Government House in Chisinau"), or {@code null}
 * @param date         the resolved date, or {@code null}
 * @param dateText     the words that gave the date ("on Tuesday"), or {@code null}
 * @param status       occurred, planned, proposed or cancelled
 * @param trigger      the words that signal the meeting ("will meet", "held talks")
 * @param topics       what it is about, normalised
 * @param evidence     the sentence(s) it comes from
 * @param confidence   0..1
 */
public record Meeting(List<String> participants, List<String> groups, String place, String city, LocalDate date, String dateText,
        MeetingStatus status, String trigger, List<String> topics, Evidence evidence, double confidence) {
    public Meeting {
        participants = List.copyOf(participants);
        groups = List.copyOf(groups);
        topics = List.copyOf(topics);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(evidence, "evidence");
        if (city != null && place == null) {
            throw new IllegalArgumentException("a meeting town without a place: " + city);
        }
        if (participants.size() + groups.size() < 2) {
            throw new IllegalArgumentException("a meeting needs two or more participants: " + participants + " " + groups);
        }
        Confidence.check(confidence);
    }

    /** This meeting held at another place (in no known town). */
    public Meeting withPlace(String otherPlace) {
        return withPlace(otherPlace, null);
    }

    /** This meeting held at another place, in a town (or null). */
    public Meeting withPlace(String otherPlace, String otherCity) {
        return new Meeting(participants, groups, otherPlace, otherCity, date, dateText, status, trigger, topics, evidence, confidence);
    }

    /** This meeting with other participants and groups. */
    public Meeting withParticipants(List<String> otherParticipants, List<String> otherGroups) {
        return new Meeting(otherParticipants, otherGroups, place, city, date, dateText, status, trigger, topics, evidence, confidence);
    }

    /** This meeting on another day, told by other words (or none). */
    public Meeting withDate(LocalDate otherDate, String otherDateText) {
        return new Meeting(participants, groups, place, city, otherDate, otherDateText, status, trigger, topics, evidence, confidence);
    }

    /** This meeting with another status. */
    public Meeting withStatus(MeetingStatus otherStatus) {
        return new Meeting(participants, groups, place, city, date, dateText, otherStatus, trigger, topics, evidence, confidence);
    }
}
