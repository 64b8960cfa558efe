package org.balancingact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

/**
 * What {@link HistoricalDate#parse} promises for any text (issue 17, point 7), checked the same way by the Jazzer
 * target ({@link HistoricalDateFuzzTest}) and the seeded generator ({@link DateTextsTest}): a date, or a
 * {@link DateFormatException} that says what is wrong, how to write it and where (an offset inside the text);
 * never another exception. A date it gives is read back from its own text unchanged, is the same with spaces
 * around it, has its earliest day no later than its latest, and can be said in words in all four languages.
 */
final class DateProperties {
    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.forLanguageTag("be"), Locale.forLanguageTag("ru"),
        Locale.forLanguageTag("uk")};

    private DateProperties() {
    }

    /** Checks the promises for {@code text}; returns the date, or null when the text was refused as it should be. */
    static HistoricalDate check(String text) {
        HistoricalDate date;
        try {
            date = HistoricalDate.parse(text);
        } catch (DateFormatException refused) {
            assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), () -> "a refusal says what is wrong: " + quoted(text));
            assertFalse(refused.hint().isBlank(), () -> "a refusal says how to write it: " + quoted(text) + " " + refused.getMessage());
            assertTrue(refused.offset() <= text.length(), () -> "the refusal points inside the text: offset "
                    + refused.offset() + " in " + quoted(text) + " " + refused.getMessage());
            return null;
        } catch (RuntimeException thrown) {
            throw new AssertionError("parsing " + quoted(text) + " threw " + thrown + " instead of a DateFormatException", thrown);
        }
        HistoricalDate again = HistoricalDate.parse(date.edtf());
        assertEquals(date, again, () -> "a date reads back from its own text: " + quoted(text));
        assertEquals(date.earliest(), again.earliest(), () -> quoted(text));
        assertEquals(date.latest(), again.latest(), () -> quoted(text));
        assertEquals(0, date.compareTo(again), () -> quoted(text));
        assertEquals(date, HistoricalDate.parse(" " + text + "\t"), () -> "spaces around a date change nothing: " + quoted(text));
        assertFalse(date.earliest().isAfter(date.latest()), () -> "earliest after latest: " + quoted(text));
        for (Locale language : LANGUAGES) {
            String words = date.inWords(language);
            assertFalse(words == null || words.isBlank(), () -> "said in words in " + language + ": " + quoted(text));
        }
        return date;
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> out.append(c < 0x20 || c == '"' || c > 0x7e ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.append('"').toString();
    }
}
