package org.balancingact.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.balancingact.i18n.Messages;

import org.balancingact.model.HistoricalDate.Part;
import org.balancingact.model.HistoricalDate.Precision;
import org.balancingact.model.HistoricalDate.Qualifier;

/**
 * Reads the EDTF subset of {@link HistoricalDate}. A hand-written scanner rather than one regular
 * expression, because every refusal must say what is wrong and where, in words an editor of the
 * dataset understands.
 */
final class HistoricalDateParser {

    /** The usual hint, in the current language: "write dates as YYYY-MM-DD, e.g. 2022-02-24". */
    static String formatHint() {
        return m("date.error.format.hint");
    }

    // Day-first (or US month-first) dates are the most likely mistake; caught before the scanner,
    // which would only complain about a two-digit year. 22-02-24 is left to the scanner: with
    // dashes it is more likely a shortened year than a day.
    private static final Pattern DAY_FIRST =
            Pattern.compile("\\d{1,2}([./])\\d{1,2}\\1(\\d{2}|\\d{4})|\\d{1,2}-\\d{1,2}-\\d{4}");

    private final String text;
    /** Where {@link #text} starts in the caller's string, so offsets point into what they passed. */
    private final int base;

    HistoricalDateParser(String input) {
        String raw = input == null ? "" : input;
        String stripped = raw.strip();
        this.base = stripped.isEmpty() ? 0 : raw.indexOf(stripped.charAt(0));
        this.text = stripped.replace('x', 'X');
    }

    HistoricalDate parse() {
        if (text.isEmpty()) {
            throw error(m("date.error.empty"), m("date.error.empty.hint"), 0);
        }
        if (mayBeDayFirst() && DAY_FIRST.matcher(text).matches()) {
            throw error(m("date.error.yearFirst", text),
                    formatHint(), 0);
        }
        checkCharacters();
        int slash = text.indexOf('/');
        if (slash < 0) {
            if (text.startsWith("..")) {
                throw error(m("date.error.openAlone"), m("date.error.openRange.hint"), 0);
            }
            Part part = side(text, 0);
            return new HistoricalDate(part, part, false);
        }
        int second = text.indexOf('/', slash + 1);
        if (second >= 0) {
            throw error(m("date.error.tooManySlashes"), m("date.error.tooManySlashes.hint"), second);
        }
        String left = text.substring(0, slash);
        String right = text.substring(slash + 1);
        if (left.isEmpty()) {
            throw error(m("date.error.startMissing"), m("date.error.startMissing.hint"), slash);
        }
        if (right.isEmpty()) {
            throw error(m("date.error.endMissing"), m("date.error.endMissing.hint"), slash + 1);
        }
        boolean openStart = left.equals("..");
        boolean openEnd = right.equals("..");
        if (openStart && openEnd) {
            throw error(m("date.error.bothOpen"), m("date.error.bothOpen.hint"), 0);
        }
        Part start = openStart ? null : side(left, 0);
        Part end = openEnd ? null : side(right, slash + 1);
        // Refuse only a range that cannot hold: 2022/2022-03 is fine, since March may lie in 2022.
        if (start != null && end != null && end.bounds().end().isBefore(start.bounds().start())) {
            throw error(m("date.error.endBeforeStart", words(end), words(start)),
                    m("date.error.endBeforeStart.hint", end.text(), start.text()), slash + 1);
        }
        return new HistoricalDate(start, end, true);
    }

    /** DAY_FIRST needs a separator within the first three characters; a year-first date has none there. */
    private boolean mayBeDayFirst() {
        return text.length() < 3 || !(isDigitOrX(text.charAt(0)) && isDigitOrX(text.charAt(1)) && isDigitOrX(text.charAt(2)));
    }

    private void checkCharacters() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigitOrX(c) || "-/.~?%".indexOf(c) >= 0) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                throw error(m("date.error.spaces"), m("date.error.spaces.hint"), i);
            }
            if (text.chars().noneMatch(ch -> ch >= '0' && ch <= '9')) {
                throw error(m("date.error.notADate", text), formatHint(), i);
            }
            throw error(m("date.error.badCharacter", String.valueOf(c)), formatHint(), i);
        }
    }

    /** One side of a range, or the whole of a single date; {@code at} is its offset in {@link #text}. */
    private Part side(String s, int at) {
        if (s.startsWith(".")) {
            throw dots(s, at);
        }
        int n = s.length();
        int i = 0;
        if (isQualifier(s.charAt(0))) {
            throw qualifierInMiddle(at);
        }
        boolean negative = s.charAt(0) == '-';
        if (negative) {
            i++;
        }
        int yearAt = i;
        i = skipDigitsAndX(s, i);
        String yearDigits = s.substring(yearAt, i);
        int unspecified = checkYear(s, yearDigits, negative, at + yearAt);
        int year = Integer.parseInt(yearDigits.replace('X', '0')) * (negative ? -1 : 1);

        Precision precision = Precision.YEAR;
        int month = 1;
        int day = 1;
        if (i < n && s.charAt(i) == '-') {
            if (unspecified > 0) {
                throw error(m("date.error.unspecifiedYearWithMonth", yearDigits),
                        m("date.error.unspecifiedYearWithMonth.hint"), at + i);
            }
            int monthAt = ++i;
            i = skipDigitsAndX(s, i);
            month = number(s, monthAt, i, at, "month");
            if (month < 1 || month > 12) {
                throw error(m("date.error.noSuchMonth", Integer.toString(month)),
                        m("date.error.noSuchMonth.hint"), at + monthAt);
            }
            precision = Precision.MONTH;
            if (i < n && s.charAt(i) == '-') {
                int dayAt = ++i;
                i = skipDigitsAndX(s, i);
                day = number(s, dayAt, i, at, "day");
                checkDay(year, month, day, at + dayAt);
                precision = Precision.DAY;
            }
        }

        Qualifier qualifier = Qualifier.NONE;
        if (i < n && isQualifier(s.charAt(i))) {
            int qualifierAt = i++;
            qualifier = Qualifier.of(s.charAt(qualifierAt));
            if (i < n) {
                throw afterQualifier(s, qualifierAt, at);
            }
        }
        if (i < n) {
            throw trailing(s, i, at, precision);
        }

        // Year 0 has no sign; keeping "-0000" would make two texts, and so two unequal dates, for one year.
        String canonical = (negative && year != 0 ? "-" : "") + s.substring(yearAt, n);
        return Part.of(canonical, precision, year, unspecified, month, day, qualifier);
    }

    /** Returns the number of unspecified (X) digits. */
    private int checkYear(String s, String digits, boolean negative, int yearAt) {
        if (digits.isEmpty()) {
            int local = negative ? 1 : 0;
            if (local < s.length() && isQualifier(s.charAt(local))) {
                throw qualifierInMiddle(yearAt);
            }
            throw error(m("date.error.yearMissing"), formatHint(), yearAt);
        }
        if (digits.length() < 4) {
            throw error(m("date.error.yearTooShort"), m("date.error.yearTooShort.hint"), yearAt);
        }
        if (digits.length() > 4) {
            throw error(m("date.error.yearTooLong"), m("date.error.yearTooLong.hint"), yearAt + 4);
        }
        int firstX = digits.indexOf('X');
        if (firstX < 0) {
            return 0;
        }
        for (int k = firstX; k < digits.length(); k++) {
            if (digits.charAt(k) != 'X') {
                throw error(m("date.error.xNotLast"), m("date.error.xNotLast.hint"), yearAt + k);
            }
        }
        if (firstX == 0) {
            throw error(m("date.error.firstDigitUnknown"), m("date.error.firstDigitUnknown.hint"), yearAt);
        }
        if (negative) {
            throw error(m("date.error.negativeUnspecified"), m("date.error.negativeUnspecified.hint"),
                    yearAt + firstX);
        }
        return digits.length() - firstX;
    }

    /**
     * A two-digit month or day between {@code from} and {@code to} of side {@code s}; {@code what} is
     * "month" or "day", the last part of the message keys, kept apart per field so each language can inflect.
     */
    private int number(String s, int from, int to, int at, String what) {
        String digits = s.substring(from, to);
        if (digits.isEmpty()) {
            if (from < s.length() && isQualifier(s.charAt(from))) {
                throw qualifierInMiddle(at + from);
            }
            throw error(m("date.error.missingAfterDash." + what), lengthHint(what), at + from);
        }
        int x = digits.indexOf('X');
        if (x >= 0) {
            throw error(m("date.error.unspecified." + what), m("date.error.unspecified." + what + ".hint"),
                    at + from + x);
        }
        if (digits.length() != 2) {
            throw error(m("date.error.twoDigits." + what), lengthHint(what), at + from);
        }
        return Integer.parseInt(digits);
    }

    /** Looked up only when needed: a message lookup per month and day read was most of a valid date's cost. */
    private static String lengthHint(String what) {
        return m("date.error.twoDigits." + what + ".hint");
    }

    private void checkDay(int year, int month, int day, int offset) {
        if (day == 0) {
            throw error(m("date.error.dayZero"), m("date.error.dayZero.hint"), offset);
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day > length) {
            String monthYear = monthYear(year, month);
            String lastDay = (year < 0 ? "-" : "") + String.format("%04d-%02d-%02d", Math.abs(year), month, length);
            throw error(m("date.error.dayTooLarge", monthYear, Integer.toString(length)),
                    m("date.error.dayTooLarge.hint", monthYear, lastDay), offset);
        }
    }

    private DateFormatException dots(String s, int at) {
        if (s.startsWith("..")) {
            return error(m("date.error.dotsAlone"), m("date.error.openRange.hint"), at);
        }
        return error(m("date.error.dot"), formatHint(), at);
    }

    private DateFormatException afterQualifier(String s, int qualifierAt, int at) {
        char first = s.charAt(qualifierAt);
        char next = s.charAt(qualifierAt + 1);
        if (next == first) {
            return error(m("date.error.qualifierRepeated", String.valueOf(first)),
                    m("date.error.qualifierRepeated.hint", String.valueOf(first)), at + qualifierAt + 1);
        }
        if (next == '.') {
            return dots(s.substring(qualifierAt + 1), at + qualifierAt + 1);
        }
        if (isQualifier(next)) {
            return error(m("date.error.oneQualifier"), m("date.error.oneQualifier.hint"), at + qualifierAt + 1);
        }
        return qualifierInMiddle(at + qualifierAt);
    }

    private DateFormatException trailing(String s, int i, int at, Precision precision) {
        char c = s.charAt(i);
        if (c == '.') {
            return dots(s.substring(i), at + i);
        }
        if (c == '-' && precision == Precision.DAY) {
            return error(m("date.error.tooManyParts"), formatHint(), at + i);
        }
        return error(m("date.error.cannotAppearHere", String.valueOf(c)), formatHint(), at + i);
    }

    private DateFormatException qualifierInMiddle(int offset) {
        return error(m("date.error.qualifierInMiddle"), m("date.error.qualifierInMiddle.hint"), offset);
    }

    private DateFormatException error(String message, String hint, int offsetInText) {
        return new DateFormatException(message, hint, base + offsetInText);
    }

    private static String m(String key, Object... args) {
        return Messages.get(key, args);
    }

    private static boolean english() {
        return Messages.locale().getLanguage().equals("en");
    }

    /** One side of a range in words, in the current language (English through {@link HistoricalDateWords}). */
    private static String words(Part p) {
        return english() ? HistoricalDateWords.part(p) : HistoricalDateLocalWords.of(p, p, false, Messages.locale());
    }

    /** "February 2023" in the current language; Slavic month names in the nominative ("февраль 2023"). */
    private static String monthYear(int year, int month) {
        if (english()) {
            return HistoricalDateWords.monthName(month) + " " + HistoricalDateWords.year(year);
        }
        Locale locale = Messages.locale();
        String name = DateTimeFormatter.ofPattern("LLLL", locale).format(LocalDate.of(2000, month, 1));
        String yearText = year > 0 ? Integer.toString(year) : m("date.bce", Integer.toString(1 - year));
        return name + " " + yearText;
    }

    private static int skipDigitsAndX(String s, int i) {
        while (i < s.length() && isDigitOrX(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigitOrX(char c) {
        return (c >= '0' && c <= '9') || c == 'X';
    }

    private static boolean isQualifier(char c) {
        return c == '~' || c == '?' || c == '%';
    }
}
