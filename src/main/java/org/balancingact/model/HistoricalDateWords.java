package org.balancingact.model;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.balancingact.model.HistoricalDate.Part;
import org.balancingact.model.HistoricalDate.Precision;
import org.balancingact.model.HistoricalDate.Qualifier;

/**
 * English wording of {@link HistoricalDate}, UK style ("24 February 2022"). Kept apart from the
 * parser so that the messages of refusals and the labels of the views use the same words.
 */
final class HistoricalDateWords {

    /** An en dash with spaces, as in "2020 – 2021": the sides of a range may themselves contain spaces. */
    static final String DASH = " \u2013 ";

    private HistoricalDateWords() {
    }

    /** {@code start} or {@code end} is null for an open end; a single date passes the same part twice. */
    static String of(Part start, Part end, boolean interval) {
        if (!interval) {
            return part(start);
        }
        if (start == null) {
            return "until " + part(end);
        }
        if (end == null) {
            return "from " + part(start);
        }
        if (start.text().equals(end.text())) {
            return part(start);
        }
        String shared = sharedYear(start, end);
        return shared != null ? shared : part(start) + DASH + part(end);
    }

    /** One side with its qualifier: "about April 2022 (uncertain)". */
    static String part(Part p) {
        return qualified(bare(p), p.qualifier());
    }

    static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Year 0 is 1 BCE (astronomical numbering); positive years carry no era. */
    static String year(int year) {
        return year > 0 ? Integer.toString(year) : (1 - year) + " BCE";
    }

    /**
     * "1 – 10 April 2022", "24 February – 17 May 2022", "February – May 2022": the year is said once
     * when both sides share it. Only for unqualified sides of equal precision, because a qualifier
     * written once could not say which side it belongs to.
     */
    private static String sharedYear(Part start, Part end) {
        if (start.qualifier() != Qualifier.NONE || end.qualifier() != Qualifier.NONE
                || start.precision() != end.precision() || start.year() != end.year()
                || start.precision() == Precision.YEAR) {
            return null;
        }
        String tail = " " + monthName(end.month()) + " " + year(end.year());
        if (start.precision() == Precision.MONTH) {
            return monthName(start.month()) + DASH + monthName(end.month()) + " " + year(end.year());
        }
        if (start.month() == end.month()) {
            return start.day() + DASH + end.day() + tail;
        }
        return start.day() + " " + monthName(start.month()) + DASH + end.day() + tail;
    }

    private static String bare(Part p) {
        return switch (p.precision()) {
            case DAY -> p.day() + " " + monthName(p.month()) + " " + year(p.year());
            case MONTH -> monthName(p.month()) + " " + year(p.year());
            case YEAR -> p.unspecifiedDigits() == 0 ? year(p.year()) : span(p);
        };
    }

    /** "the 1980s", "the 1900s"; a span starting at year 0 has no such name, so both ends are given. */
    private static String span(Part p) {
        if (p.year() == 0) {
            return "the years " + year(0) + DASH + year(p.lastYear());
        }
        return "the " + p.year() + "s";
    }

    private static String qualified(String words, Qualifier qualifier) {
        String about = qualifier.approximate() ? "about " + words : words;
        return qualifier.uncertain() ? about + " (uncertain)" : about;
    }
}
