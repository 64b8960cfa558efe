package org.balancingact.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistoricalDateTest {

    private static final String FORMAT_HINT = "write dates as YYYY-MM-DD, e.g. 2022-02-24";

    private static HistoricalDate d(String edtf) {
        return HistoricalDate.parse(edtf);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class Parsing {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                # input                | interval | openStart | openEnd | approx | uncertain | exactDay
                2022                   | false    | false     | false   | false  | false     | false
                2022-04                | false    | false     | false   | false  | false     | false
                2022-02-24             | false    | false     | false   | false  | false     | true
                -0500                  | false    | false     | false   | false  | false     | false
                2022-03~               | false    | false     | false   | true   | false     | false
                1989?                  | false    | false     | false   | false  | true      | false
                2020-08%               | false    | false     | false   | true   | true      | false
                2022-02-24~            | false    | false     | false   | true   | false     | false
                198X                   | false    | false     | false   | false  | false     | false
                19XX                   | false    | false     | false   | false  | false     | false
                2020/2021              | true     | false     | false   | false  | false     | false
                2022-02-24/2022-02-24  | true     | false     | false   | false  | false     | false
                2022-03~/2022-05?      | true     | false     | false   | true   | true      | false
                2022-02-24/..          | true     | false     | true    | false  | false     | false
                ../2022                | true     | true      | false   | false  | false     | false
                ../2022%               | true     | true      | false   | true   | true      | false
                """)
        void everySupportedFormIsReadWithItsFlags(String input, boolean interval, boolean openStart,
                                                  boolean openEnd, boolean approximate, boolean uncertain,
                                                  boolean exactDay) {
            HistoricalDate date = d(input);
            assertAll(
                    () -> assertEquals(input, date.edtf()),
                    () -> assertEquals(input, date.toString()),
                    () -> assertEquals(interval, date.isInterval(), "interval"),
                    () -> assertEquals(openStart, date.isOpenStart(), "open start"),
                    () -> assertEquals(openEnd, date.isOpenEnd(), "open end"),
                    () -> assertEquals(approximate, date.isApproximate(), "approximate"),
                    () -> assertEquals(uncertain, date.isUncertain(), "uncertain"),
                    () -> assertEquals(exactDay, date.isExactDay(), "exact day"));
        }

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', textBlock = """
                '  2022-04 '  | 2022-04
                198x          | 198X
                -0000         | 0000
                -0000/2020    | 0000/2020
                """)
        void textIsNormalised(String input, String normalised) {
            assertEquals(normalised, d(input).edtf());
        }

        @Test
        void equalityFollowsTheNormalisedText() {
            assertEquals(d("2022-04"), d(" 2022-04"));
            assertEquals(d("2022-04").hashCode(), d(" 2022-04").hashCode());
            assertEquals(d("-0000"), d("0000"));
            assertNotEquals(d("2022-04"), d("2022-04~"));
            assertNotEquals(d("2022"), d("2022/2022"));
        }

        @Test
        void ofDayGivesAnExactDay() {
            HistoricalDate date = HistoricalDate.ofDay(day("2022-02-24"));
            assertEquals(d("2022-02-24"), date);
            assertTrue(date.isExactDay());
            assertEquals("-0500-03-01", HistoricalDate.ofDay(LocalDate.of(-500, 3, 1)).edtf());
            assertEquals("0000-01-01", HistoricalDate.ofDay(LocalDate.of(0, 1, 1)).edtf());
        }

        @Test
        void ofDayRefusesYearsBeyondFourDigits() {
            assertThrows(IllegalArgumentException.class, () -> HistoricalDate.ofDay(LocalDate.of(10000, 1, 1)));
            assertThrows(IllegalArgumentException.class, () -> HistoricalDate.ofDay(LocalDate.MIN));
        }
    }

    @Nested
    class Bounds {

        @ParameterizedTest(name = "{0}: {1} .. {2}")
        @CsvSource(delimiter = '|', textBlock = """
                2022                  | 2022-01-01  | 2022-12-31
                2022-04               | 2022-04-01  | 2022-04-30
                2022-02-24            | 2022-02-24  | 2022-02-24
                2020-02               | 2020-02-01  | 2020-02-29
                2000-02               | 2000-02-01  | 2000-02-29
                2100-02               | 2100-02-01  | 2100-02-28
                198X                  | 1980-01-01  | 1989-12-31
                19XX                  | 1900-01-01  | 1999-12-31
                -0500                 | -0500-01-01 | -0500-12-31
                0000                  | 0000-01-01  | 0000-12-31
                2022-03~              | 2022-03-01  | 2022-03-31
                1989?                 | 1989-01-01  | 1989-12-31
                2020/2021             | 2020-01-01  | 2021-12-31
                2020-08-09/2020-12    | 2020-08-09  | 2020-12-31
                2022/2022-03          | 2022-01-01  | 2022-03-31
                """)
        void boundsAreTheFirstAndLastPossibleDay(String input, String earliest, String latest) {
            assertEquals(day(earliest), d(input).earliest());
            assertEquals(day(latest), d(input).latest());
        }

        @Test
        void monthPrecisionCoversWholeMonth() {
            assertEquals(DateRange.of(day("2021-04-01"), day("2021-04-30")), d("2021-04").startBounds());
        }

        @Test
        void februaryFollowsTheLeapYearRules() {
            assertEquals(29, d("2020-02").startBounds().days());
            assertEquals(28, d("2100-02").startBounds().days());
            assertEquals(29, d("2000-02").startBounds().days());
        }

        @Test
        void unspecifiedDigitsCoverTheDecadeOrCentury() {
            assertEquals(3653, d("198X").startBounds().days());
            assertEquals(day("1999-12-31"), d("19XX").latest());
        }

        @Test
        void openStartReachesLocalDateMin() {
            HistoricalDate date = d("../2022");
            assertEquals(LocalDate.MIN, date.earliest());
            assertEquals(day("2022-12-31"), date.latest());
            assertEquals(DateRange.of(LocalDate.MIN, LocalDate.MIN), date.startBounds());
            assertEquals(DateRange.of(day("2022-01-01"), day("2022-12-31")), date.endBounds());
        }

        @Test
        void openEndReachesLocalDateMax() {
            HistoricalDate date = d("2022-02-24/..");
            assertEquals(day("2022-02-24"), date.earliest());
            assertEquals(LocalDate.MAX, date.latest());
            assertEquals(DateRange.of(day("2022-02-24"), day("2022-02-24")), date.startBounds());
            assertEquals(DateRange.of(LocalDate.MAX, LocalDate.MAX), date.endBounds());
        }

        @Test
        void singleDateHasEqualStartAndEndBounds() {
            HistoricalDate date = d("2022-04~");
            assertEquals(DateRange.of(day("2022-04-01"), day("2022-04-30")), date.startBounds());
            assertEquals(date.startBounds(), date.endBounds());
        }

        @Test
        void intervalBoundsBelongToEachSide() {
            HistoricalDate date = d("198X/2022-02");
            assertEquals(DateRange.of(day("1980-01-01"), day("1989-12-31")), date.startBounds());
            assertEquals(DateRange.of(day("2022-02-01"), day("2022-02-28")), date.endBounds());
        }
    }

    @Nested
    class Order {

        private final List<String> expected = List.of(
                "../2022", "-0500", "0000", "19XX", "198X", "1989?", "2020/2021",
                "2022-01", "2022", "2022-02", "2022-02-24", "2022-02-24~", "2022-02-24/2022-05-17",
                "2022-02-24/..", "2022-03~");

        @Test
        void shuffledDatesSortByEarliestThenLatestThenText() {
            for (long seed = 1; seed <= 20; seed++) {
                List<HistoricalDate> dates = new ArrayList<>(expected.stream().map(HistoricalDate::parse).toList());
                Collections.shuffle(dates, new Random(seed));
                Collections.sort(dates);
                assertEquals(expected, dates.stream().map(HistoricalDate::edtf).toList(), "seed " + seed);
            }
        }

        @Test
        void yearSortsBeforeItsLaterMonthsAndDays() {
            assertTrue(d("2022").compareTo(d("2022-02")) < 0);
            assertTrue(d("2022-02").compareTo(d("2022-02-24")) < 0);
        }

        @Test
        void orderAgreesWithEquals() {
            assertEquals(0, d("2022-04").compareTo(d(" 2022-04")));
            assertNotEquals(0, d("2022-04").compareTo(d("2022-04?")));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-02-24               | 24 February 2022
            2022-04                  | April 2022
            2022                     | 2022
            2022-04~                 | about April 2022
            2022?                    | 2022 (uncertain)
            2022-04%                 | about April 2022 (uncertain)
            198X                     | the 1980s
            19XX                     | the 1900s
            201X                     | the 2010s
            198X~                    | about the 1980s
            2020/2021                | 2020 – 2021
            2020-08-09/2020-12       | 9 August 2020 – December 2020
            2022-04-01/2022-04-10    | 1 – 10 April 2022
            2022-02-24/2022-05-17    | 24 February – 17 May 2022
            2022-02/2022-05          | February – May 2022
            2021-12-24/2022-01-06    | 24 December 2021 – 6 January 2022
            2022-04-01~/2022-04-10   | about 1 April 2022 – 10 April 2022
            2022-03~/2022-05?        | about March 2022 – May 2022 (uncertain)
            2022-02-24/2022-02-24    | 24 February 2022
            2022-02-24/..            | from 24 February 2022
            ../2022                  | until 2022
            ../198X                  | until the 1980s
            -0500                    | 501 BCE
            -0500-03-15              | 15 March 501 BCE
            0000                     | 1 BCE
            0001                     | 1
            """)
    void inWordsReadsNaturally(String input, String words) {
        assertEquals(words, d(input).inWords());
    }

    @Nested
    class Refusals {

        @ParameterizedTest(name = "\"{0}\": {1} at {2}")
        @CsvSource(delimiter = '|', textBlock = """
                ''                     | the date is empty                          | 0
                '   '                  | the date is empty                          | 0
                tomorrow               | "tomorrow" is not a date                   | 0
                24.02.2022             | does not start with the year               | 0
                24/02/2022             | does not start with the year               | 0
                2022-13                | there is no month 13                       | 5
                '  2022-13'            | there is no month 13                       | 7
                2022-00                | there is no month 0                        | 5
                2022-02-30             | February 2022 has only 28 days             | 8
                2020-02-30             | February 2020 has only 29 days             | 8
                2021-04-31             | April 2021 has only 30 days                | 8
                2022-01-00             | there is no day 0                          | 8
                2022-05/2022-03        | the end of the range (March 2022) is before its start (May 2022) | 8
                ../..                  | both ends of the range are open            | 0
                2022~-03               | qualifier (~ ? %) can only come at the end | 4
                2022-?03               | qualifier (~ ? %) can only come at the end | 5
                ?2022                  | qualifier (~ ? %) can only come at the end | 0
                2022~?                 | only one qualifier                         | 5
                2022~~                 | is repeated                                | 5
                2022-0X                | month cannot have unspecified digits       | 6
                2022-02-2X             | day cannot have unspecified digits         | 9
                19X0                   | last digits of a year                      | 3
                XXXX                   | first digit of the year must be known      | 0
                -050X                  | cannot have unspecified digits             | 4
                198X-04                | cannot have a month or day                 | 4
                /2022                  | start of the range is missing              | 0
                2022/                  | end of the range is missing                | 5
                2022/2023/2024         | exactly one                                | 9
                ..                     | open end                                   | 0
                22-02-24               | four digits                                | 0
                20222                  | at most four digits                        | 4
                2022-4                 | month must have two digits                 | 5
                2022-02-4              | day must have two digits                   | 8
                2022-                  | month is missing                           | 5
                2022-02-24-01          | too many parts                             | 10
                2O22                   | "O" cannot appear                          | 1
                2022.5                 | "." cannot appear                          | 4
                2022 / 2023            | cannot contain spaces                      | 4
                """)
        void badTextIsRefusedWithMessageHintAndOffset(String input, String message, int offset) {
            DateFormatException e = assertThrows(DateFormatException.class, () -> HistoricalDate.parse(input));
            assertAll(
                    () -> assertTrue(e.getMessage().contains(message), () -> "message was: " + e.getMessage()),
                    () -> assertFalse(e.hint().isBlank(), "hint"),
                    () -> assertEquals(offset, e.offset(), "offset"));
        }

        @Test
        void garbageIsAnsweredWithTheFormatHint() {
            assertEquals(FORMAT_HINT, refusal("tomorrow").hint());
            assertEquals(FORMAT_HINT, refusal("24.02.2022").hint());
        }

        @Test
        void impossibleDayHintNamesTheLastDay() {
            assertTrue(refusal("2022-02-30").hint().contains("2022-02-28"));
        }

        @Test
        void reversedRangeHintSuggestsTheSwap() {
            DateFormatException e = refusal("2022-05/2022-03");
            assertTrue(e.getMessage().contains("end") && e.getMessage().contains("before"));
            assertTrue(e.hint().contains("2022-03/2022-05"));
        }

        @Test
        void nullIsRefusedLikeEmptyText() {
            assertTrue(refusal(null).getMessage().contains("empty"));
        }

        @Test
        void refusalIsAnIllegalArgumentException() {
            assertThrows(IllegalArgumentException.class, () -> HistoricalDate.parse("2022-13"));
        }

        private DateFormatException refusal(String input) {
            return assertThrows(DateFormatException.class, () -> HistoricalDate.parse(input));
        }
    }

    @Nested
    class ContainsAndOverlaps {

        @Test
        void containsIsInclusiveAtBothBounds() {
            HistoricalDate april = d("2022-04");
            assertTrue(april.contains(day("2022-04-01")));
            assertTrue(april.contains(day("2022-04-30")));
            assertFalse(april.contains(day("2022-03-31")));
            assertFalse(april.contains(day("2022-05-01")));
        }

        @Test
        void openEndsContainTheFarFutureAndPast() {
            assertTrue(d("2022-02-24/..").contains(day("9999-12-31")));
            assertTrue(d("2022-02-24/..").contains(LocalDate.MAX));
            assertFalse(d("2022-02-24/..").contains(day("2022-02-23")));
            assertTrue(d("../2022").contains(LocalDate.MIN));
            assertFalse(d("../2022").contains(day("2023-01-01")));
        }

        @Test
        void overlapsCountsSharedBoundaryDays() {
            HistoricalDate april = d("2022-04");
            assertTrue(april.overlaps(day("2022-04-30"), day("2022-06-01")));
            assertTrue(april.overlaps(day("2022-01-01"), day("2022-04-01")));
            assertTrue(april.overlaps(day("2022-04-10"), day("2022-04-10")));
            assertTrue(april.overlaps(day("2000-01-01"), day("2030-01-01")));
            assertFalse(april.overlaps(day("2022-05-01"), day("2022-06-01")));
            assertFalse(april.overlaps(day("2022-01-01"), day("2022-03-31")));
        }

        @Test
        void openEndOverlapsAnyLaterRange() {
            assertTrue(d("2022-02-24/..").overlaps(day("3000-01-01"), day("3000-01-02")));
            assertFalse(d("../2022").overlaps(day("3000-01-01"), day("3000-01-02")));
        }

        @Test
        void overlapsRefusesAReversedRange() {
            assertThrows(IllegalArgumentException.class,
                    () -> d("2022").overlaps(day("2022-05-01"), day("2022-04-01")));
        }
    }
}
