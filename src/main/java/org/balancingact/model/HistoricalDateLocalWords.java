package org.balancingact.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.balancingact.i18n.Messages;
import org.balancingact.model.HistoricalDate.Part;
import org.balancingact.model.HistoricalDate.Precision;

/**
 * Dates in words in Belarusian, Russian and Ukrainian. Month names come from java.time (CLDR), which
 * knows that "24 лютага 2022" takes the genitive and "люты 2022" the nominative; the little words
 * ("about", "from", "the 1980s") come from the UI bundles so translators see them with the rest.
 */
final class HistoricalDateLocalWords {
    private HistoricalDateLocalWords() {
    }

    static String of(Part start, Part end, boolean interval, Locale locale) {
        if (!interval || (start != null && end != null && start.text().equals(end.text()))) {
            return part(start, false, locale);
        }
        if (start == null) {
            return format(locale, "date.until", part(end, true, locale));
        }
        if (end == null) {
            return format(locale, "date.from", part(start, true, locale));
        }
        return part(start, false, locale) + HistoricalDateWords.DASH + part(end, false, locale);
    }

    /** @param governed whether a preposition precedes the date (Slavic months then take the genitive) */
    private static String part(Part p, boolean governed, Locale locale) {
        String words = bare(p, governed || p.qualifier().approximate(), locale);
        if (p.qualifier().approximate()) {
            words = format(locale, "date.about", words);
        }
        return p.qualifier().uncertain() ? format(locale, "date.uncertain", words) : words;
    }

    private static String bare(Part p, boolean genitive, Locale locale) {
        if (p.precision() == Precision.YEAR) {
            if (p.unspecifiedDigits() > 0) {
                return format(locale, "date.decade", Integer.toString(p.year()));
            }
            return year(p.year(), locale);
        }
        if (p.year() <= 0) {
            return HistoricalDateWords.part(p); // months before the common era are too rare to phrase per language
        }
        LocalDate day = LocalDate.of(p.year(), p.month(), p.precision() == Precision.DAY ? p.day() : 1);
        String pattern = p.precision() == Precision.DAY ? "d MMMM y" : genitive ? "MMMM y" : "LLLL y";
        return DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }

    private static String year(int year, Locale locale) {
        return year > 0 ? Integer.toString(year) : format(locale, "date.bce", Integer.toString(1 - year));
    }

    private static String format(Locale locale, String key, String value) {
        Locale before = Messages.locale();
        if (before.equals(Messages.supportedOrEnglish(locale))) {
            return Messages.get(key, value);
        }
        // a date asked for in another language than the UI's: look the word up in that language
        Messages.setLocale(locale);
        try {
            return Messages.get(key, value);
        } finally {
            Messages.setLocale(before);
        }
    }
}
