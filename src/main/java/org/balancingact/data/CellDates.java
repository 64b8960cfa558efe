package org.balancingact.data;

import java.util.HashMap;
import java.util.Map;
import org.balancingact.i18n.Messages;
import org.balancingact.model.DateFormatException;
import org.balancingact.model.HistoricalDate;

/**
 * Reads the date cells of an imported table, by hand rather than with regular expressions, because it
 * runs once per row of tables with a hundred thousand rows:
 * <ul>
 *   <li>ISO dates {@code 2022}, {@code 2022-03}, {@code 2022-03-15}, and the EDTF of our own format
 *       ({@code 2022-03~}, {@code 198X}, {@code 2020-08-09/2020-12});</li>
 *   <li>ISO timestamps {@code 2022-03-15 16:10:34+00:00} or {@code 2022-03-15T16:10:34Z}: the day is the
 *       one written, in the timestamp's own offset (never moved to another zone), and the time of day is
 *       kept as written;</li>
 *   <li>dates in another order with any separators ({@code 3/21/2014}, {@code 21.03.2014}), read in the
 *       {@link DateOrder} the user gives; a four-digit first number can only be a year (YMD).</li>
 * </ul>
 * Each distinct day is parsed once. A cell that cannot be read gets a message and a hint, never an exception.
 */
final class CellDates {
    /** What the last {@link #read} found: a date and its time of day, or why not. Reused, row after row. */
    static final class Reading {
        HistoricalDate date;
        String time = "";
        String problem;
        String hint;
        /** The cell is in day-month or month-day order, and no order was given. */
        boolean needsOrder;
    }

    private final Map<String, HistoricalDate> days = new HashMap<>();
    /**
     * Cells already read to a date without a time of day, as written: a column of a hundred thousand rows
     * holds a few thousand distinct dates, and a repeated one is then one lookup (no scanning, no key made).
     */
    private final Map<String, HistoricalDate> cells = new HashMap<>();
    private final DateOrder order;
    // the number groups of the cell being read
    private final int[] groups = new int[3];
    private final int[] lengths = new int[3];
    private int count;
    private int dateEnd;

    /** @param order the order of non-ISO dates, or null when none was given */
    CellDates(DateOrder order) {
        this.order = order;
    }

    /** Reads {@code cell} into {@code into}; false (and a problem, or {@code needsOrder}) when no date came out. */
    boolean read(String cell, Reading into) {
        into.date = null;
        into.time = "";
        into.problem = null;
        into.hint = null;
        into.needsOrder = false;
        String text = cell.strip();
        if (text.isEmpty()) {
            into.problem = Messages.get("data.table.date.empty");
            into.hint = Messages.get("data.table.date.hint");
            return false;
        }
        HistoricalDate seen = cells.get(text);
        if (seen != null) {
            into.date = seen;
            return true;
        }
        if (!scanGroups(text)) {
            boolean read = edtf(text, into);
            if (read) {
                cells.put(text, into.date);
            }
            return read;
        }
        String time = dateEnd < text.length() ? text.substring(dateEnd).strip() : "";
        if (!time.isEmpty() && (count < 3 || !looksLikeTime(time))) {
            return edtf(text, into); // a time needs a whole day; anything else is for the EDTF parser
        }
        int year;
        int month;
        int day;
        if (lengths[0] == 4) {
            if (count > 1 && lengths[1] > 2 || count > 2 && lengths[2] > 2) {
                return edtf(text, into); // "2020/2021": an interval
            }
            year = groups[0];
            month = count > 1 ? groups[1] : 0;
            day = count > 2 ? groups[2] : 0;
        } else if (count == 1) {
            return edtf(text, into); // "22", "123": the parser says what is wrong with the year
        } else if (count == 2) {
            if (lengths[1] != 4) {
                return twoDigitYear(text, into);
            }
            year = groups[1];
            month = groups[0];
            day = 0;
        } else if (order == null || order == DateOrder.YMD) {
            into.needsOrder = order == null;
            if (!into.needsOrder) {
                into.problem = Messages.get("data.table.date.notInOrder", text, order.name());
                into.hint = Messages.get("data.table.date.order.hint");
            }
            return false;
        } else {
            if (lengths[2] != 4) {
                return twoDigitYear(text, into);
            }
            year = groups[2];
            month = order == DateOrder.MDY ? groups[0] : groups[1];
            day = order == DateOrder.MDY ? groups[1] : groups[0];
        }
        if (!day(year, month, day, text, into)) {
            return false;
        }
        into.time = time.isEmpty() || time.charAt(0) != 'T' && time.charAt(0) != 't' ? time : time.substring(1);
        if (time.isEmpty()) {
            cells.put(text, into.date);
        }
        return true;
    }

    /**
     * Up to three groups of one to four digits at the start, separated by one or two of {@code - / . ,}
     * and spaces; {@link #dateEnd} is where a time may begin. False when the text does not start so, or
     * goes on with something other than a time ({@code 2022-03~}, {@code 198X}: the EDTF parser's).
     */
    private boolean scanGroups(String text) {
        count = 0;
        dateEnd = 0;
        int i = 0;
        int n = text.length();
        while (true) {
            int start = i;
            int value = 0;
            while (i < n && isDigit(text.charAt(i)) && i - start < 4) {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == start || i < n && isDigit(text.charAt(i))) {
                return false;
            }
            groups[count] = value;
            lengths[count] = i - start;
            count++;
            dateEnd = i;
            if (count == 3) {
                break;
            }
            int separators = i;
            while (i < n && i - separators < 2 && isSeparator(text.charAt(i))) {
                i++;
            }
            if (i == separators || i >= n || !isDigit(text.charAt(i)) || isTimeAhead(text, i)) {
                break;
            }
        }
        if (dateEnd < n) {
            char next = text.charAt(dateEnd);
            return next == ' ' || next == 'T' || next == 't';
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '/' || c == '.' || c == ',' || c == ' ';
    }

    /** Whether digits at {@code i} are followed by ':' (an hour, not a date part). */
    private static boolean isTimeAhead(String text, int i) {
        int j = i;
        while (j < text.length() && j - i < 3 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        return j < text.length() && text.charAt(j) == ':';
    }

    /** "16:10", "16:10:34", "16:10:34.5+00:00", "T16:10Z", "4:10 PM", "16:10 UTC". */
    private static boolean looksLikeTime(String time) {
        int i = time.charAt(0) == 'T' || time.charAt(0) == 't' ? 1 : 0;
        int digits = 0;
        while (i < time.length() && Character.isDigit(time.charAt(i))) {
            i++;
            digits++;
        }
        if (digits < 1 || digits > 2 || i >= time.length() || time.charAt(i) != ':') {
            return false;
        }
        for (; i < time.length(); i++) {
            char c = time.charAt(i);
            if (!(Character.isDigit(c) || c == ':' || c == '.' || c == '+' || c == '-' || c == ' '
                    || Character.isLetter(c) && c < 128)) {
                return false;
            }
        }
        return true;
    }

    private boolean day(int year, int month, int day, String text, Reading into) {
        StringBuilder iso = new StringBuilder(10);
        appendDigits(iso, year, 4);
        if (month > 0 || day > 0) {
            iso.append('-');
            appendDigits(iso, month, 2);
            if (day > 0 || count > 2) {
                iso.append('-');
                appendDigits(iso, day, 2);
            }
        }
        String key = iso.toString();
        HistoricalDate known = days.get(key);
        if (known == null) {
            try {
                known = HistoricalDate.parse(key);
            } catch (DateFormatException bad) {
                into.problem = Messages.get("data.table.date.bad", text, bad.getMessage());
                into.hint = bad.hint();
                return false;
            }
            days.put(key, known);
        }
        into.date = known;
        return true;
    }

    private static void appendDigits(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    private boolean twoDigitYear(String text, Reading into) {
        into.problem = Messages.get("data.table.date.shortYear", text);
        into.hint = Messages.get("data.table.date.shortYear.hint");
        return false;
    }

    /** Our own format's EDTF ({@code 2022-03~}, {@code 198X}, intervals), with the parser's message when it is not. */
    private boolean edtf(String text, Reading into) {
        HistoricalDate known = days.get(text);
        if (known != null) {
            into.date = known;
            return true;
        }
        try {
            known = HistoricalDate.parse(text);
        } catch (DateFormatException bad) {
            into.problem = Messages.get("data.table.date.bad", text, bad.getMessage());
            into.hint = Messages.get("data.table.date.hint");
            return false;
        }
        days.put(text, known);
        into.date = known;
        return true;
    }

    /** Evidence for the order of a day-month or month-day date: 1 = day first, 2 = month first, 0 = either, -1 = not such a date. */
    int orderEvidence(String cell) {
        String text = cell.strip();
        if (text.isEmpty() || !scanGroups(text) || count != 3 || lengths[0] == 4) {
            return -1;
        }
        if (groups[0] > 12 && groups[1] <= 12) {
            return 1;
        }
        if (groups[1] > 12 && groups[0] <= 12) {
            return 2;
        }
        return 0;
    }
}
