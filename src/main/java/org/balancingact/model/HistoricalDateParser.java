package org.balancingact.model;

import java.time.YearMonth;
import java.util.regex.Pattern;

import org.balancingact.model.HistoricalDate.Part;
import org.balancingact.model.HistoricalDate.Precision;
import org.balancingact.model.HistoricalDate.Qualifier;

/**
 * Reads the EDTF subset of {@link HistoricalDate}. A hand-written scanner rather than one regular
 * expression, because every refusal must say what is wrong and where, in words an editor of the
 * dataset understands.
 */
final class HistoricalDateParser {

    static final String FORMAT_HINT = "write dates as YYYY-MM-DD, e.g. 2022-02-24";

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
            throw error("the date is empty", "write a date such as 2022-02-24, 2022-04 or 2022", 0);
        }
        if (DAY_FIRST.matcher(text).matches()) {
            throw error("\"" + text + "\" does not start with the year; dates here are written year first",
                    FORMAT_HINT, 0);
        }
        checkCharacters();
        int slash = text.indexOf('/');
        if (slash < 0) {
            if (text.startsWith("..")) {
                throw error("\"..\" marks an open end and only makes sense in a range",
                        "write an open range such as 2022-02-24/.. or ../2022", 0);
            }
            Part part = side(text, 0);
            return new HistoricalDate(part, part, false);
        }
        int second = text.indexOf('/', slash + 1);
        if (second >= 0) {
            throw error("a range has exactly one \"/\", this date has more",
                    "write a range as start/end, e.g. 2020/2021", second);
        }
        String left = text.substring(0, slash);
        String right = text.substring(slash + 1);
        if (left.isEmpty()) {
            throw error("the start of the range is missing",
                    "write .. for an open start, e.g. ../2022", slash);
        }
        if (right.isEmpty()) {
            throw error("the end of the range is missing",
                    "write .. for an open end, e.g. 2022-02-24/..", slash + 1);
        }
        boolean openStart = left.equals("..");
        boolean openEnd = right.equals("..");
        if (openStart && openEnd) {
            throw error("both ends of the range are open",
                    "give at least one date, e.g. 2022-02-24/.. or ../2022", 0);
        }
        Part start = openStart ? null : side(left, 0);
        Part end = openEnd ? null : side(right, slash + 1);
        // Refuse only a range that cannot hold: 2022/2022-03 is fine, since March may lie in 2022.
        if (start != null && end != null && end.bounds().end().isBefore(start.bounds().start())) {
            throw error("the end of the range (" + HistoricalDateWords.part(end)
                            + ") is before its start (" + HistoricalDateWords.part(start) + ")",
                    "swap the two dates: " + end.text() + "/" + start.text(), slash + 1);
        }
        return new HistoricalDate(start, end, true);
    }

    private void checkCharacters() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigitOrX(c) || "-/.~?%".indexOf(c) >= 0) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                throw error("a date cannot contain spaces", "remove the spaces, e.g. 2020/2021", i);
            }
            if (text.chars().noneMatch(ch -> ch >= '0' && ch <= '9')) {
                throw error("\"" + text + "\" is not a date", FORMAT_HINT, i);
            }
            throw error("\"" + c + "\" cannot appear in a date", FORMAT_HINT, i);
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
                throw error("a year with unspecified digits (" + yearDigits + ") cannot have a month or day",
                        "write just the year, e.g. 198X", at + i);
            }
            int monthAt = ++i;
            i = skipDigitsAndX(s, i);
            month = number(s, monthAt, i, at, "month", "give the month, or leave it out: 2022-04 or 2022",
                    "write the month with two digits, e.g. 2022-04 for April 2022");
            if (month < 1 || month > 12) {
                throw error("there is no month " + month,
                        "months run from 01 (January) to 12 (December)", at + monthAt);
            }
            precision = Precision.MONTH;
            if (i < n && s.charAt(i) == '-') {
                int dayAt = ++i;
                i = skipDigitsAndX(s, i);
                day = number(s, dayAt, i, at, "day", "give the day, or leave it out: 2022-02-24 or 2022-02",
                        "write the day with two digits, e.g. 2022-02-04");
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
            throw error("the year is missing", FORMAT_HINT, yearAt);
        }
        if (digits.length() < 4) {
            throw error("the year must have four digits",
                    "write the year with four digits, e.g. 2022-02-24, or 0800 for the year 800", yearAt);
        }
        if (digits.length() > 4) {
            throw error("a year can have at most four digits", "write years with four digits, e.g. 2022",
                    yearAt + 4);
        }
        int firstX = digits.indexOf('X');
        if (firstX < 0) {
            return 0;
        }
        for (int k = firstX; k < digits.length(); k++) {
            if (digits.charAt(k) != 'X') {
                throw error("X can only stand for the last digits of a year, as in 198X",
                        "write e.g. 198X for the 1980s or 19XX for the 1900s", yearAt + k);
            }
        }
        if (firstX == 0) {
            throw error("at least the first digit of the year must be known",
                    "write e.g. 19XX for the 1900s", yearAt);
        }
        if (negative) {
            throw error("a year before year 0 cannot have unspecified digits (X)",
                    "give the year in full, e.g. -0500", yearAt + firstX);
        }
        return digits.length() - firstX;
    }

    /** A two-digit month or day between {@code from} and {@code to} of side {@code s}. */
    private int number(String s, int from, int to, int at, String what, String xHint, String lengthHint) {
        String digits = s.substring(from, to);
        if (digits.isEmpty()) {
            if (from < s.length() && isQualifier(s.charAt(from))) {
                throw qualifierInMiddle(at + from);
            }
            throw error("the " + what + " is missing after \"-\"", lengthHint, at + from);
        }
        int x = digits.indexOf('X');
        if (x >= 0) {
            throw error("the " + what + " cannot have unspecified digits (X); only the year can", xHint,
                    at + from + x);
        }
        if (digits.length() != 2) {
            throw error("the " + what + " must have two digits", lengthHint, at + from);
        }
        return Integer.parseInt(digits);
    }

    private void checkDay(int year, int month, int day, int offset) {
        if (day == 0) {
            throw error("there is no day 0", "days start at 01, e.g. 2022-02-01", offset);
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day > length) {
            String monthYear = HistoricalDateWords.monthName(month) + " " + HistoricalDateWords.year(year);
            String lastDay = (year < 0 ? "-" : "") + String.format("%04d-%02d-%02d", Math.abs(year), month, length);
            throw error(monthYear + " has only " + length + " days",
                    "the last day of " + monthYear + " is " + lastDay, offset);
        }
    }

    private DateFormatException dots(String s, int at) {
        if (s.startsWith("..")) {
            return error("\"..\" must stand alone as an open end",
                    "write an open range such as 2022-02-24/.. or ../2022", at);
        }
        return error("\".\" cannot appear in a date", FORMAT_HINT, at);
    }

    private DateFormatException afterQualifier(String s, int qualifierAt, int at) {
        char first = s.charAt(qualifierAt);
        char next = s.charAt(qualifierAt + 1);
        if (next == first) {
            return error("the qualifier \"" + first + "\" is repeated",
                    "write it once, at the end, e.g. 2022-03" + first, at + qualifierAt + 1);
        }
        if (next == '.') {
            return dots(s.substring(qualifierAt + 1), at + qualifierAt + 1);
        }
        if (isQualifier(next)) {
            return error("a date can carry only one qualifier",
                    "write % for a date that is both approximate and uncertain, e.g. 2022-04%",
                    at + qualifierAt + 1);
        }
        return qualifierInMiddle(at + qualifierAt);
    }

    private DateFormatException trailing(String s, int i, int at, Precision precision) {
        char c = s.charAt(i);
        if (c == '.') {
            return dots(s.substring(i), at + i);
        }
        if (c == '-' && precision == Precision.DAY) {
            return error("the date has too many parts after the day", FORMAT_HINT, at + i);
        }
        return error("\"" + c + "\" cannot appear here", FORMAT_HINT, at + i);
    }

    private DateFormatException qualifierInMiddle(int offset) {
        return error("a qualifier (~ ? %) can only come at the end of a date",
                "move it to the end, e.g. 2022-03~", offset);
    }

    private DateFormatException error(String message, String hint, int offsetInText) {
        return new DateFormatException(message, hint, base + offsetInText);
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
