package org.balancingact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import org.balancingact.testing.SeededCases;
import org.junit.jupiter.api.Test;

/**
 * Date texts made from a seed, checked against {@link DateProperties} and, where the text is one a person
 * would write on purpose, against the calendar itself: a valid day, month or year means exactly its days, and
 * a 13th month or a 30 February is refused (issue 17, point 7: the seeded generators).
 */
class DateTextsTest {
    private static final String[] JUNK = {"", " ", "..", "/", "//", "~", "?", "%", "X", "x", "-", "--", "T10:00",
        "+00:00", "Z", "\u0000", "\uFEFF", "٢٠٢٢", "２０２２", "e5", "1e3", "2022.5", "\uD800", "\u00A0", "BC", "\n"};

    /** 4,000 date texts a person might write, each with what the calendar says it must mean. */
    @Test
    void aValidDateMeansExactlyItsDaysAndAnImpossibleOneIsRefused() {
        SeededCases.check("a valid date means exactly its days", 20261130L, 4000, random -> {
            int year = random.nextInt(4) == 0 ? random.nextInt(19999) - 9999 : 1900 + random.nextInt(150);
            String y = (year < 0 ? "-" : "") + String.format("%04d", Math.abs(year));
            int month = 1 + random.nextInt(12);
            int length = YearMonth.of(year, month).lengthOfMonth();
            switch (random.nextInt(5)) {
                case 0 -> expect(y, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                case 1 -> expect(y + String.format("-%02d", month), LocalDate.of(year, month, 1), LocalDate.of(year, month, length));
                case 2 -> {
                    int day = 1 + random.nextInt(length);
                    expect(y + String.format("-%02d-%02d", month, day), LocalDate.of(year, month, day), LocalDate.of(year, month, day));
                }
                case 3 -> refused(y + String.format("-%02d", random.nextBoolean() ? 0 : 13 + random.nextInt(87)));
                default -> refused(y + String.format("-%02d-%02d", month, random.nextBoolean() ? 0 : length + 1 + random.nextInt(99 - length)));
            }
        });
    }

    /** 4,000 texts built from the pieces of the subset and from junk, in any order: a date or a clear refusal. */
    @Test
    void anyTextGivesADateOrAClearRefusal() {
        SeededCases.check("any text gives a date or a clear refusal", 20261130L, 4000, random -> {
            String text = random.nextInt(4) == 0 ? single(random) : single(random) + "/" + single(random);
            DateProperties.check(mutated(random, text));
        });
    }

    private static void expect(String text, LocalDate earliest, LocalDate latest) {
        HistoricalDate date = DateProperties.check(text);
        assertNotNull(date, () -> text + " is a valid date");
        assertEquals(earliest, date.earliest(), text);
        assertEquals(latest, date.latest(), text);
        assertEquals(text.startsWith("-0000") ? text.substring(1) : text, date.edtf());
    }

    private static void refused(String text) {
        assertNull(DateProperties.check(text), () -> text + " is not a date of the calendar");
    }

    /** One side of an interval: an open end, or a year with unspecified digits, a month, a day and qualifiers. */
    private static String single(Random random) {
        if (random.nextInt(8) == 0) {
            return "..";
        }
        StringBuilder out = new StringBuilder();
        if (random.nextInt(10) == 0) {
            out.append('-');
        }
        int digits = random.nextInt(12) == 0 ? random.nextInt(7) : 4;
        for (int i = 0; i < digits; i++) {
            out.append(random.nextInt(6) == 0 ? (random.nextBoolean() ? 'X' : 'x') : (char) ('0' + random.nextInt(10)));
        }
        if (random.nextBoolean()) {
            out.append('-').append(String.format("%02d", random.nextInt(26)));
            if (random.nextBoolean()) {
                out.append('-').append(String.format("%02d", random.nextInt(34)));
            }
        }
        if (random.nextInt(4) == 0) {
            out.append("~?%".charAt(random.nextInt(3)));
        }
        return out.toString();
    }

    /** Sometimes a piece of junk inserted or a character dropped: what hands and spreadsheets do to dates. */
    private static String mutated(Random random, String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = random.nextInt(3); i > 0; i--) {
            int at = random.nextInt(out.length() + 1);
            if (random.nextBoolean() || out.length() == 0) {
                out.insert(at, JUNK[random.nextInt(JUNK.length)]);
            } else {
                out.deleteCharAt(Math.min(at, out.length() - 1));
            }
        }
        return out.toString();
    }
}
