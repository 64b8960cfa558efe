package org.balancingact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static DateRange range(String start, String end) {
        return DateRange.of(day(start), day(end));
    }

    @Test
    void constructorRejectsEndBeforeStart() {
        assertThrows(IllegalArgumentException.class, () -> range("2022-05-01", "2022-04-30"));
    }

    @Test
    void constructorRejectsNulls() {
        assertThrows(NullPointerException.class, () -> DateRange.of(null, day("2022-01-01")));
        assertThrows(NullPointerException.class, () -> DateRange.of(day("2022-01-01"), null));
    }

    @Test
    void ofMakesTheSameRangeAsTheConstructor() {
        assertEquals(new DateRange(day("2022-01-01"), day("2022-01-31")), range("2022-01-01", "2022-01-31"));
    }

    @Test
    void singleDayRangeHasOneDay() {
        assertEquals(1, range("2022-02-24", "2022-02-24").days());
    }

    @Test
    void daysCountsBothEnds() {
        assertEquals(365, range("2022-01-01", "2022-12-31").days());
        assertEquals(366, range("2020-01-01", "2020-12-31").days());
        assertEquals(3653, range("1980-01-01", "1989-12-31").days());
    }

    @Test
    void daysOfTheWholeCalendarDoesNotOverflow() {
        long days = DateRange.of(LocalDate.MIN, LocalDate.MAX).days();
        assertTrue(days > 0);
        assertEquals(LocalDate.MAX.toEpochDay() - LocalDate.MIN.toEpochDay() + 1, days);
        assertEquals(1, DateRange.of(LocalDate.MAX, LocalDate.MAX).days());
    }

    @Test
    void containsIsInclusive() {
        DateRange april = range("2022-04-01", "2022-04-30");
        assertTrue(april.contains(day("2022-04-01")));
        assertTrue(april.contains(day("2022-04-30")));
        assertFalse(april.contains(day("2022-03-31")));
        assertFalse(april.contains(day("2022-05-01")));
    }

    @Test
    void touchingRangesOverlap() {
        DateRange april = range("2022-04-01", "2022-04-30");
        DateRange fromLastOfApril = range("2022-04-30", "2022-05-31");
        assertTrue(april.overlaps(fromLastOfApril));
        assertTrue(fromLastOfApril.overlaps(april));
    }

    @Test
    void adjacentButDisjointRangesDoNotOverlap() {
        DateRange april = range("2022-04-01", "2022-04-30");
        DateRange may = range("2022-05-01", "2022-05-31");
        assertFalse(april.overlaps(may));
        assertFalse(may.overlaps(april));
    }

    @Test
    void nestedRangesOverlap() {
        DateRange year = range("2022-01-01", "2022-12-31");
        DateRange day = range("2022-06-15", "2022-06-15");
        assertTrue(year.overlaps(day));
        assertTrue(day.overlaps(year));
    }

    @Test
    void openEndMarkersBehaveLikeFarDays() {
        DateRange future = DateRange.of(LocalDate.MAX, LocalDate.MAX);
        DateRange fromNowOn = DateRange.of(day("2022-02-24"), LocalDate.MAX);
        assertTrue(fromNowOn.overlaps(future));
        assertFalse(range("2022-01-01", "2022-12-31").overlaps(future));
    }

    @Test
    void unionCoversBothRanges() {
        DateRange union = range("2022-01-01", "2022-03-31").union(range("2022-03-01", "2022-06-30"));
        assertEquals(range("2022-01-01", "2022-06-30"), union);
    }

    @Test
    void unionOfDisjointRangesIncludesTheGap() {
        DateRange a = range("2020-01-01", "2020-01-31");
        DateRange b = range("2022-01-01", "2022-01-31");
        assertEquals(range("2020-01-01", "2022-01-31"), a.union(b));
        assertEquals(a.union(b), b.union(a));
    }

    @Test
    void unionWithANestedRangeIsTheOuterRange() {
        DateRange outer = range("2022-01-01", "2022-12-31");
        assertEquals(outer, outer.union(range("2022-06-01", "2022-06-30")));
    }

    @Test
    void textShowsBothEnds() {
        assertEquals("2022-01-01..2022-12-31", range("2022-01-01", "2022-12-31").toString());
    }
}
