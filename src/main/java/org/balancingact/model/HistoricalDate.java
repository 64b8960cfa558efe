package org.balancingact.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;

/**
 * A date or date range as the dataset writes it in its {@code when} fields: the EDTF subset
 * {@code 2022}, {@code 2022-04}, {@code 2022-02-24}, qualifiers {@code ~ ? %}, unspecified year
 * digits {@code 198X}, and intervals {@code A/B} with open ends {@code ..}.
 *
 * <p>Historical dates are rarely single days, so the class answers in bounds rather than a point:
 * {@link #earliest()} and {@link #latest()} are the first and last day the date could mean. Open ends
 * use {@link LocalDate#MIN} and {@link LocalDate#MAX} so that comparisons and overlap tests need no
 * special cases; callers that draw or print days must check {@link #isOpenStart()} and
 * {@link #isOpenEnd()} first.
 *
 * <p>Years are proleptic ISO years (astronomical numbering): year 0 is 1 BCE, {@code -0500} is 501 BCE.
 * Two instances are equal when their normalised EDTF text is equal.
 */
public final class HistoricalDate implements Comparable<HistoricalDate> {

    // edtf() is the final tie-break so that the order agrees with equals(). Epoch days order exactly as
    // the LocalDates they stand for (LocalDate.MIN and MAX included) and cost no object per comparison:
    // sorting a million events compares some twenty million times.
    private static final Comparator<HistoricalDate> ORDER = Comparator
            .comparingLong(HistoricalDate::earliestEpochDay)
            .thenComparingLong(HistoricalDate::latestEpochDay)
            .thenComparing(HistoricalDate::edtf);

    private static final DateRange OPEN_START = new DateRange(LocalDate.MIN, LocalDate.MIN);
    private static final DateRange OPEN_END = new DateRange(LocalDate.MAX, LocalDate.MAX);

    private final String edtf;
    private final Part start;
    private final Part end;
    private final boolean interval;
    /** {@link #earliest()} and {@link #latest()} as epoch days, computed once: indexes and sorts read them per event. */
    private final long earliestEpochDay;
    private final long latestEpochDay;

    /** Both parts are null-able only for intervals (an open end); a single date passes the same part twice. */
    HistoricalDate(Part start, Part end, boolean interval) {
        if (!interval && (start == null || start != end)) {
            throw new IllegalArgumentException("a single date needs one part");
        }
        if (start == null && end == null) {
            throw new IllegalArgumentException("an interval needs at least one closed end");
        }
        this.start = start;
        this.end = end;
        this.interval = interval;
        this.edtf = interval
                ? (start == null ? ".." : start.text()) + "/" + (end == null ? ".." : end.text())
                : start.text();
        this.earliestEpochDay = startBounds().start().toEpochDay();
        this.latestEpochDay = endBounds().end().toEpochDay();
    }

    /**
     * Reads an EDTF date of the supported subset. Surrounding whitespace is ignored and a lower-case
     * {@code x} is read as {@code X}; {@code null} is treated like the empty string.
     *
     * @throws DateFormatException if the text is not a date of the subset, with a message, a hint and
     *                             the offset of the problem in {@code edtf}
     */
    public static HistoricalDate parse(String edtf) {
        return new HistoricalDateParser(edtf).parse();
    }

    /**
     * The interval from the start of {@code from} to the end of {@code to}: the same date as
     * {@code parse(from.edtf() + "/" + to.edtf())}, without reading text again. Readers of large files
     * parse each distinct day once and join days into ranges with this.
     *
     * @throws IllegalArgumentException if either is an interval itself
     * @throws DateFormatException      if {@code to} ends before {@code from} starts, as {@link #parse} says it
     */
    public static HistoricalDate interval(HistoricalDate from, HistoricalDate to) {
        if (from.interval || to.interval) {
            throw new IllegalArgumentException("an interval joins two single dates");
        }
        if (to.latestEpochDay < from.earliestEpochDay) {
            return parse(from.edtf + "/" + to.edtf); // throws, with the parser's own words
        }
        return new HistoricalDate(from.start, to.end, true);
    }

    /**
     * A day-precision date without qualifier.
     *
     * @throws IllegalArgumentException if the year needs more than four digits, which EDTF text of
     *                                  this subset cannot express
     */
    public static HistoricalDate ofDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        int year = day.getYear();
        if (year < -9999 || year > 9999) {
            throw new IllegalArgumentException("year " + year + " needs more than four digits");
        }
        return parse(String.format("%s%04d-%02d-%02d",
                year < 0 ? "-" : "", Math.abs(year), day.getMonthValue(), day.getDayOfMonth()));
    }

    /** The normalised text: trimmed, {@code X} in upper case, {@code -0000} written as {@code 0000}. */
    public String edtf() {
        return edtf;
    }

    public LocalDate earliest() {
        return startBounds().start();
    }

    public LocalDate latest() {
        return endBounds().end();
    }

    /** {@link #earliest()} as an epoch day ({@code LocalDate.MIN}'s for an open start). */
    public long earliestEpochDay() {
        return earliestEpochDay;
    }

    /** {@link #latest()} as an epoch day ({@code LocalDate.MAX}'s for an open end). */
    public long latestEpochDay() {
        return latestEpochDay;
    }

    public DateRange startBounds() {
        return start == null ? OPEN_START : start.bounds();
    }

    public DateRange endBounds() {
        return end == null ? OPEN_END : end.bounds();
    }

    public boolean isInterval() {
        return interval;
    }

    public boolean isOpenStart() {
        return start == null;
    }

    public boolean isOpenEnd() {
        return end == null;
    }

    public boolean isApproximate() {
        return (start != null && start.qualifier().approximate())
                || (end != null && end.qualifier().approximate());
    }

    public boolean isUncertain() {
        return (start != null && start.qualifier().uncertain())
                || (end != null && end.qualifier().uncertain());
    }

    public boolean isExactDay() {
        return !interval && start.precision() == Precision.DAY && start.qualifier() == Qualifier.NONE;
    }

    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(earliest()) && !day.isAfter(latest());
    }

    /**
     * Whether any day this date could mean lies in {@code from..to}, both inclusive.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return DateRange.of(from, to).overlaps(new DateRange(earliest(), latest()));
    }

    /**
     * The date in words in the UI's language; in English, UK style: "24 February 2022",
     * "about April 2022", "the 1980s", "1 – 10 April 2022".
     */
    public String inWords() {
        return inWords(org.balancingact.i18n.Messages.locale());
    }

    /** The date in words in a language: English, Belarusian, Russian or Ukrainian. */
    public String inWords(java.util.Locale locale) {
        if (!locale.getLanguage().equals("en") && !locale.getLanguage().isEmpty()) {
            return HistoricalDateLocalWords.of(start, end, interval, locale);
        }
        return HistoricalDateWords.of(start, end, interval);
    }

    /** By earliest day, then latest day (the narrower date first), then text. */
    @Override
    public int compareTo(HistoricalDate o) {
        return this == o ? 0 : ORDER.compare(this, o); // readers share one instance per date text
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HistoricalDate other && edtf.equals(other.edtf);
    }

    @Override
    public int hashCode() {
        return edtf.hashCode();
    }

    @Override
    public String toString() {
        return edtf;
    }

    /** How much of a single date is given. */
    enum Precision { YEAR, MONTH, DAY }

    /** The EDTF suffix of a single date. */
    enum Qualifier {
        NONE(""), APPROXIMATE("~"), UNCERTAIN("?"), APPROXIMATE_AND_UNCERTAIN("%");

        private final String symbol;

        Qualifier(String symbol) {
            this.symbol = symbol;
        }

        String symbol() {
            return symbol;
        }

        boolean approximate() {
            return this == APPROXIMATE || this == APPROXIMATE_AND_UNCERTAIN;
        }

        boolean uncertain() {
            return this == UNCERTAIN || this == APPROXIMATE_AND_UNCERTAIN;
        }

        static Qualifier of(char symbol) {
            return switch (symbol) {
                case '~' -> APPROXIMATE;
                case '?' -> UNCERTAIN;
                case '%' -> APPROXIMATE_AND_UNCERTAIN;
                default -> NONE;
            };
        }
    }

    /**
     * One side of a date: a year (with {@code unspecifiedDigits} trailing X, counted as 0 in
     * {@code year}), optionally a month and day (1 when not given), and a qualifier.
     */
    record Part(String text, Precision precision, int year, int unspecifiedDigits, int month, int day,
                Qualifier qualifier, DateRange bounds) {
        Part {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(precision, "precision");
            Objects.requireNonNull(qualifier, "qualifier");
            Objects.requireNonNull(bounds, "bounds");
        }

        /** Derives the bounds; the values must already be checked (month 1..12, day in the month). */
        static Part of(String text, Precision precision, int year, int unspecifiedDigits, int month, int day,
                       Qualifier qualifier) {
            DateRange bounds = switch (precision) {
                case YEAR -> DateRange.of(LocalDate.of(year, 1, 1),
                        LocalDate.of(lastYear(year, unspecifiedDigits), 12, 31));
                case MONTH -> {
                    YearMonth ym = YearMonth.of(year, month);
                    yield DateRange.of(ym.atDay(1), ym.atEndOfMonth());
                }
                case DAY -> {
                    LocalDate d = LocalDate.of(year, month, day);
                    yield DateRange.of(d, d);
                }
            };
            return new Part(text, precision, year, unspecifiedDigits, month, day, qualifier, bounds);
        }

        /** The last year a year with unspecified digits can stand for; {@code year} otherwise. */
        int lastYear() {
            return lastYear(year, unspecifiedDigits);
        }

        private static int lastYear(int year, int unspecifiedDigits) {
            int span = 1;
            for (int i = 0; i < unspecifiedDigits; i++) {
                span *= 10;
            }
            return year + span - 1;
        }
    }
}
