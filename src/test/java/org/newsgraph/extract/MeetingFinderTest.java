package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleIds;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.NlpModels;

class MeetingFinderTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 12, 2);
    private static Annotator annotator;

    @BeforeAll
    static void models() {
        annotator = new Annotator(NlpModels.shared());
    }

    static Extraction extract(String text, LocalDate published) {
        Article a = new Article(ArticleIds.of(null, text), null, null, published, text, "test.txt");
        return new RuleExtractor().extract(a, annotator.annotate(text));
    }

    static Extraction extract(String text) {
        return extract(text, TUESDAY);
    }

    /** Surnames of a meeting's named participants. */
    static Set<String> surnames(Extraction x, Meeting m) {
        return m.participants().stream().map(k -> x.entity(k).orElseThrow().name())
                .map(n -> n.substring(n.lastIndexOf(' ') + 1)).collect(Collectors.toSet());
    }

    static Meeting only(Extraction x) {
        assertEquals(1, x.meetings().size(), () -> "meetings: " + x.meetings());
        return x.meetings().get(0);
    }

    static String placeName(Extraction x, Meeting m) {
        return m.place() == null ? null : x.entity(m.place()).orElseThrow().name();
    }

    @Test
    void metWithDirectObjectPlaceAndWeekday() {
        Extraction x = extract("Maria Lopez met Peter Novak in Vienna on Monday.");
        Meeting m = only(x);
        assertEquals(Set.of("Lopez", "Novak"), surnames(x, m));
        assertEquals("Vienna", placeName(x, m));
        assertEquals(LocalDate.of(2025, 12, 1), m.date());
        assertEquals("on Monday", m.dateText());
        assertEquals(MeetingStatus.OCCURRED, m.status());
    }

    @Test
    void willMeetIsPlannedAndResolvesForward() {
        Meeting m = only(extract("Maria Lopez will meet Peter Novak in Vienna on Friday."));
        assertEquals(MeetingStatus.PLANNED, m.status());
        assertEquals(LocalDate.of(2025, 12, 5), m.date());
    }

    @Test
    void sameWeekdayAsPublishedForAPlannedMeetingIsThatDay() {
        Meeting m = only(extract("Maria Lopez is expected to meet Peter Novak on Tuesday."));
        assertEquals(MeetingStatus.PLANNED, m.status());
        assertEquals(TUESDAY, m.date());
    }

    @Test
    void heldTalksWithAListOfPeople() {
        Extraction x = extract("Peter Novak held talks with Maria Lopez, Hans Weber and Anna Kowalski in Geneva.");
        Meeting m = only(x);
        assertEquals(Set.of("Novak", "Lopez", "Weber", "Kowalski"), surnames(x, m));
        assertEquals("Geneva", placeName(x, m));
    }

    @Test
    void talksBetweenTwoPeople() {
        Extraction x = extract("Talks between Maria Lopez and Peter Novak ended without a deal on Friday.");
        Meeting m = only(x);
        assertEquals(Set.of("Lopez", "Novak"), surnames(x, m));
        assertEquals(LocalDate.of(2025, 11, 28), m.date());
    }

    @Test
    void subjectAfterAnAdjunctMeeting() {
        Extraction x = extract("Speaking after a meeting with Maria Lopez in Madrid on Monday, Peter Novak said the talks were useful.");
        Meeting m = x.meetings().get(0);
        assertEquals(Set.of("Lopez", "Novak"), surnames(x, m));
        assertEquals("Madrid", placeName(x, m));
        assertEquals(LocalDate.of(2025, 12, 1), m.date());
    }

    @Test
    void spokeByPhoneIsACall() {
        Extraction x = extract("Peter Novak spoke by phone with Maria Lopez on Friday.");
        assertEquals(Set.of("Lopez", "Novak"), surnames(x, only(x)));
    }

    @Test
    void hostedAndVisitedAPerson() {
        Extraction x = extract("Maria Lopez hosted Peter Novak in Berlin.");
        assertEquals(Set.of("Lopez", "Novak"), surnames(x, only(x)));
        Extraction y = extract("Peter Novak visited Maria Lopez in Berlin.");
        assertEquals(Set.of("Lopez", "Novak"), surnames(y, only(y)));
    }

    @Test
    void visitToAPlaceWithoutHostIsNoMeeting() {
        assertTrue(extract("Peter Novak visited Berlin last week.").meetings().isEmpty());
    }

    @Test
    void metWithCriticismIsNoMeeting() {
        assertTrue(extract("The plan by Peter Novak met with criticism from Maria Lopez.").meetings().isEmpty());
    }

    @Test
    void metTheDeadlineIsNoMeeting() {
        assertTrue(extract("Peter Novak met the deadline that Maria Lopez had set.").meetings().isEmpty());
    }

    @Test
    void negatedMeetingIsNoMeeting() {
        assertTrue(extract("Peter Novak did not meet Maria Lopez during the trip.").meetings().isEmpty());
    }

    @Test
    void interviewIsNoMeeting() {
        assertTrue(extract("Peter Novak gave an interview to Maria Lopez on Monday.").meetings().isEmpty());
    }

    @Test
    void onePersonWithoutGroupIsNoMeeting() {
        assertTrue(extract("Peter Novak held a meeting in Rome on Monday.").meetings().isEmpty());
    }

    @Test
    void unnamedGroupsAreParticipants() {
        Meeting m = only(extract("Peter Novak will meet with Ukrainian officials in Kyiv next week."));
        assertEquals(1, m.participants().size());
        assertTrue(m.groups().stream().anyMatch(g -> g.contains("officials")), () -> m.groups().toString());
    }

    @Test
    void alsoExpectedToAttendJoinsThePreviousMeeting() {
        Extraction x = extract("Maria Lopez will meet Peter Novak in Vienna on Tuesday. Hans Weber is also expected to attend.");
        Meeting m = only(x);
        assertEquals(Set.of("Lopez", "Novak", "Weber"), surnames(x, m));
        assertEquals(MeetingStatus.PLANNED, m.status());
    }

    @Test
    void soughtOrOfferedMeetingIsProposed() {
        assertEquals(MeetingStatus.PROPOSED, only(extract("Peter Novak has sought a meeting with Maria Lopez.")).status());
        assertEquals(MeetingStatus.PROPOSED, only(extract("Peter Novak offered to meet Maria Lopez.")).status());
        assertEquals(MeetingStatus.PROPOSED, only(extract("Peter Novak could meet Maria Lopez next month.")).status());
    }

    @Test
    void calledOffOrPostponedIsCancelled() {
        assertEquals(MeetingStatus.CANCELLED, only(extract("Peter Novak called off talks with Maria Lopez.")).status());
        assertEquals(MeetingStatus.CANCELLED, only(extract("The meeting between Peter Novak and Maria Lopez was postponed.")).status());
    }

    @Test
    void coordinatedSubjectsDiscussed() {
        Extraction x = extract("Maria Lopez and Peter Novak discussed trade and security in Warsaw.");
        Meeting m = only(x);
        assertEquals(Set.of("Lopez", "Novak"), surnames(x, m));
        assertTrue(m.topics().contains("trade"), () -> m.topics().toString());
    }

    @Test
    void purposeClauseIsNeitherPlaceNorParticipants() {
        Extraction x = extract("Maria Lopez will meet Peter Novak to discuss a plan by Hans Weber to end the war in Ukraine.");
        Meeting m = only(x);
        assertEquals(Set.of("Lopez", "Novak"), surnames(x, m));
        assertNull(m.place());
        assertFalse(m.topics().isEmpty());
    }

    @Test
    void possessorOfASubjectIsNoParticipant() {
        Extraction x = extract("Peter Novak's adviser Hans Weber met Maria Lopez in Paris.");
        assertEquals(Set.of("Weber", "Lopez"), surnames(x, only(x)));
    }

    @Test
    void reportingSpeakerIsNoParticipant() {
        Extraction x = extract("Hans Weber said Maria Lopez met Peter Novak on Monday.");
        assertEquals(Set.of("Lopez", "Novak"), surnames(x, only(x)));
    }

    @Test
    void duplicateReportsMerge() {
        Extraction x = extract("Maria Lopez met Peter Novak in Vienna on Monday. Lopez and Novak met for two hours.");
        Meeting m = only(x);
        assertEquals("Vienna", placeName(x, m));
    }

    @Test
    void explicitDates() {
        assertEquals(LocalDate.of(2025, 11, 20), only(extract("Maria Lopez met Peter Novak on 20 November 2025.")).date());
        assertEquals(LocalDate.of(2025, 11, 20), only(extract("Maria Lopez met Peter Novak on Nov. 20.")).date());
    }

    @Test
    void withoutPublishedDateOnlyFullDatesResolve() {
        assertNull(only(extract("Maria Lopez met Peter Novak on Monday.", null)).date());
        assertEquals(LocalDate.of(2024, 3, 4), only(extract("Maria Lopez met Peter Novak on March 4, 2024.", null)).date());
    }

    @Test
    void datelineIsTheReferenceForToday() {
        Meeting m = only(extract("OCTOBER 13, 2023\n\nMaria Lopez met today with Peter Novak in Amman.", LocalDate.of(2023, 10, 16)));
        assertEquals(LocalDate.of(2023, 10, 13), m.date());
    }

    @Test
    void readoutBodyTakesItsSubjectFromTheHeadline() {
        Extraction x = extract("Readout of Secretary Maria Lopez's Meeting With Peter Novak\n\nThe Secretary met today with Peter Novak in Geneva.");
        Meeting m = only(x);
        assertEquals(Set.of("Lopez", "Novak"), surnames(x, m));
        assertEquals("Geneva", placeName(x, m));
        assertEquals(TUESDAY, m.date());
    }

    @Test
    void hyphenatedNamesJoinTheirMeeting() {
        Extraction x = extract("Maria Lopez met Peter Novak in Paris on Monday. Several European leaders later joined the Lopez-Novak meeting.");
        Meeting m = only(x);
        assertEquals(Set.of("Lopez", "Novak"), surnames(x, m));
        assertTrue(m.groups().stream().anyMatch(g -> g.contains("leaders")), () -> m.groups().toString());
    }

    @Test
    void everyMeetingPlaceIsAnEntity() {
        Extraction x = extract("Maria Lopez met Peter Novak at Blair House on Monday.");
        Meeting m = only(x);
        assertNotNull(m.place());
        assertTrue(x.entity(m.place()).isPresent());
    }

    @Test
    void confidenceIsLowerForAnImpliedParticipant() {
        Meeting direct = only(extract("Maria Lopez met Peter Novak in Geneva."));
        Meeting implied = only(extract("Readout of Secretary Maria Lopez's Meeting With Peter Novak\n\nThe Secretary met with Peter Novak in Geneva."));
        assertTrue(implied.confidence() <= direct.confidence(), implied.confidence() + " vs " + direct.confidence());
    }

    @Test
    void attendingTheSameGatheringIsAMeetingInTheVisitedPlace() {
        Extraction x = extract("In June, a delegation that included Peter Novak visited Kenya to attend the annual trade meeting. "
                + "Maria Lopez attended that gathering.");
        Meeting m = only(x);
        assertEquals(Set.of("Novak", "Lopez"), surnames(x, m));
        assertEquals("Kenya", placeName(x, m));
    }

    @Test
    void aVisitByOnePersonIsNoMeeting() {
        assertTrue(extract("Maria Lopez welcomed the upcoming visit by Peter Novak to Washington next week.").meetings().isEmpty());
    }

    @Test
    void theSourcesOfAReportAreNoParticipants() {
        Extraction x = extract("Finance Minister Clara Voss will meet Governor Tomas Brandt in Hamburg next week, officials said.");
        Meeting m = only(x);
        assertEquals(Set.of("Voss", "Brandt"), surnames(x, m));
        assertTrue(m.groups().isEmpty(), () -> m.groups().toString());
    }

    @Test
    void aGroupMetBeforeACommaStaysAParticipant() {
        Extraction x = extract("Finance Minister Clara Voss met the union leaders on Monday, and the talks went well.");
        Meeting m = only(x);
        assertTrue(m.groups().stream().anyMatch(g -> g.contains("leaders")), () -> m.groups().toString());
    }

    @Test
    void whoChairedAMeetingWithSomeoneTookPartInIt() {
        Extraction x = extract("Interior Minister Lena Marchetti chaired a security meeting with Governor Paul Okafor in Lagos on Monday.");
        Meeting m = only(x);
        assertEquals(Set.of("Marchetti", "Okafor"), surnames(x, m));
    }
}
