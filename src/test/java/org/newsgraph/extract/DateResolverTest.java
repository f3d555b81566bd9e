package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    private static final LocalDate TUESDAY = LocalDate.of(2025, 12, 2);
    private final DateResolver dates = new DateResolver();

    private Optional<LocalDate> past(String p) {
        return dates.resolve(p, TUESDAY, false);
    }

    private Optional<LocalDate> future(String p) {
        return dates.resolve(p, TUESDAY, true);
    }

    @Test
    void weekdayOfAPastEventIsTheMostRecentOnOrBefore() {
        assertEquals(Optional.of(LocalDate.of(2025, 12, 1)), past("on Monday"));
        assertEquals(Optional.of(LocalDate.of(2025, 11, 28)), past("Friday"));
        assertEquals(Optional.of(TUESDAY), past("on Tuesday"));
    }

    @Test
    void weekdayOfAPlannedEventIsTheNextOnOrAfter() {
        assertEquals(Optional.of(TUESDAY), future("on Tuesday"));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 5)), future("on Friday"));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 8)), future("Monday"));
    }

    @Test
    void weekdayOfACalledOffEventIsTheCloserOne() {
        assertEquals(Optional.of(LocalDate.of(2025, 12, 1)), dates.resolve("on Monday", TUESDAY, DateResolver.Lean.NEAREST));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 4)), dates.resolve("Thursday", TUESDAY, DateResolver.Lean.NEAREST));
        assertEquals(Optional.of(LocalDate.of(2025, 11, 29)), dates.resolve("on Saturday", TUESDAY, DateResolver.Lean.NEAREST));
        assertEquals(Optional.of(TUESDAY), dates.resolve("on Tuesday", TUESDAY, DateResolver.Lean.NEAREST));
    }

    @Test
    void lastAndNextWeekdaySkipTheReferenceDay() {
        assertEquals(Optional.of(LocalDate.of(2025, 11, 25)), past("last Tuesday"));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 9)), future("next Tuesday"));
    }

    @Test
    void deicticWords() {
        assertEquals(Optional.of(TUESDAY), past("today"));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 1)), past("yesterday"));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 3)), future("tomorrow"));
        assertEquals(Optional.empty(), past("last week"));
    }

    @Test
    void calendarDatesInManyForms() {
        LocalDate d = LocalDate.of(2025, 12, 2);
        for (String p : List.of("December 2", "2 December 2025", "Dec. 2", "2025-12-02", "December 2, 2025", "2nd December")) {
            assertEquals(Optional.of(d), past(p), p);
        }
    }

    @Test
    void septemberShortenedWithoutAPoint() {
        assertEquals(Optional.of(LocalDate.of(2025, 9, 18)), past("Sept 18"));
        assertEquals(Optional.of(LocalDate.of(2025, 9, 18)), past("18 Sept 2025"));
        assertEquals(List.of("Sept 4"), dates.find("The envoys met on Sept 4 in Geneva.").stream().map(DateResolver.Phrase::text).toList());
        assertEquals(List.of(), dates.find("The septet played in Geneva."));
    }

    @Test
    void calendarDateWithoutYearTakesTheYearClosestToTheReference() {
        assertEquals(Optional.of(LocalDate.of(2024, 12, 30)), dates.resolve("December 30", LocalDate.of(2025, 1, 3), false));
        assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), dates.resolve("January 5", TUESDAY, true));
    }

    @Test
    void withoutReferenceOnlyDatesWithAYearResolve() {
        assertEquals(Optional.of(LocalDate.of(2023, 10, 13)), dates.resolve("October 13, 2023", null, false));
        assertEquals(Optional.empty(), dates.resolve("on Friday", null, false));
        assertEquals(Optional.empty(), dates.resolve("today", null, false));
        assertEquals(Optional.empty(), dates.resolve("August 27", null, true));
    }

    @Test
    void impossibleDatesResolveToNothing() {
        assertEquals(Optional.empty(), past("February 30, 2025"));
    }

    @Test
    void findsPhrasesPreferringTheLongerOne() {
        List<DateResolver.Phrase> found = dates.find("They met on Tuesday, December 2, 2025 and again yesterday.");
        assertEquals(List.of("on Tuesday", "December 2, 2025", "yesterday"), found.stream().map(DateResolver.Phrase::text).toList());
        assertTrue(found.get(1).calendar());
    }

    @Test
    void findsEachKindOfPhraseWhateverItsCase() {
        String text = "TODAY, Last Night, EARLIER THIS WEEK, Next Month, this Morning, TONIGHT, Tomorrow, on FRIDAY.";
        assertEquals(List.of("TODAY", "Last Night", "EARLIER THIS WEEK", "Next Month", "this Morning", "TONIGHT", "Tomorrow",
                "on FRIDAY"), dates.find(text).stream().map(DateResolver.Phrase::text).toList());
        assertEquals(List.of("2 DECEMBER"), dates.find("Talks on 2 DECEMBER, then more.").stream().map(DateResolver.Phrase::text).toList());
        assertEquals(List.of(), dates.find("No date at all in this sentence."));
    }

    @Test
    void doesNotTakeTheModalMayForAMonth() {
        assertEquals(List.of(), dates.find("Leaders may meet soon."));
    }

    @Test
    void dayFirstNumericDatesResolveOnlyWhenUnambiguous() {
        assertEquals(Optional.of(LocalDate.of(2025, 11, 14)), past("14/11"));
        assertEquals(Optional.of(LocalDate.of(2024, 9, 30)), past("30/09/2024"));
        assertEquals(List.of(), dates.find("he scored 3/4 of the points"));
        assertEquals(List.of(), dates.find("on 5/11"));
    }

    @Test
    void aDayAndMonthWithoutAYearLieOnTheSideTheEventLeansTo() {
        assertEquals(Optional.of(LocalDate.of(2025, 5, 25)), dates.resolve("25 May", TUESDAY, DateResolver.Lean.PAST));
        assertEquals(Optional.of(LocalDate.of(2026, 5, 25)), dates.resolve("25 May", TUESDAY, DateResolver.Lean.FUTURE));
        assertEquals(Optional.of(LocalDate.of(2026, 5, 25)), dates.resolve("25 May", TUESDAY, DateResolver.Lean.NEAREST));
    }

    @Test
    void aDayAndMonthTooFarOnTheLeaningSideIsInTheNearestYear() {
        assertEquals(Optional.of(LocalDate.of(2026, 1, 5)), dates.resolve("January 5", TUESDAY, DateResolver.Lean.PAST));
        assertEquals(Optional.of(LocalDate.of(2025, 11, 20)), dates.resolve("20 November", TUESDAY, DateResolver.Lean.FUTURE));
    }
}
