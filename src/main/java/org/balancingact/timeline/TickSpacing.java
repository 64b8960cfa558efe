package org.balancingact.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balancingact.i18n.Messages;

/**
 * Two-level axis ticks that adapt to the zoom: decades over years, years over months, months over
 * days. The finer level is the smallest unit whose labels still fit without overlapping.
 */
public final class TickSpacing {
    /** Units from coarse to fine; each knows how to step and how to label itself. */
    public enum Unit {
        CENTURY, DECADE, YEAR, QUARTER, MONTH, WEEK, DAY;

        LocalDate floor(LocalDate d) {
            switch (this) {
                case CENTURY: return LocalDate.of(Math.floorDiv(d.getYear(), 100) * 100, 1, 1);
                case DECADE: return LocalDate.of(Math.floorDiv(d.getYear(), 10) * 10, 1, 1);
                case YEAR: return LocalDate.of(d.getYear(), 1, 1);
                case QUARTER: return LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
                case MONTH: return d.withDayOfMonth(1);
                case WEEK: return d.minusDays((d.getDayOfMonth() - 1) % 7);
                default: return d;
            }
        }

        LocalDate next(LocalDate d) {
            switch (this) {
                case CENTURY: return d.plusYears(100);
                case DECADE: return d.plusYears(10);
                case YEAR: return d.plusYears(1);
                case QUARTER: return d.plusMonths(3);
                case MONTH: return d.plusMonths(1);
                case WEEK: {
                    LocalDate n = d.plusDays(7);
                    // weeks restart on the 1st so that week ticks line up with month ticks
                    return n.getMonth() != d.getMonth() || n.getDayOfMonth() > 28 ? d.withDayOfMonth(1).plusMonths(1) : n;
                }
                default: return d.plusDays(1);
            }
        }

        /** Typical length in days, to pick a unit for a zoom level. */
        double days() {
            switch (this) {
                case CENTURY: return 36524.25;
                case DECADE: return 3652.425;
                case YEAR: return 365.2425;
                case QUARTER: return 91.31;
                case MONTH: return 30.44;
                case WEEK: return 7;
                default: return 1;
            }
        }

        /** Rough label width in characters, to know whether labels would overlap. */
        int labelChars() {
            switch (this) {
                case CENTURY: case DECADE: return 5;
                case YEAR: return 4;
                case QUARTER: return 4; // "Q1", "1 кв."
                case MONTH: return 3;
                default: return 2;
            }
        }

        /** The coarser level drawn above this one. */
        Unit major() {
            switch (this) {
                case CENTURY: case DECADE: return CENTURY;
                case YEAR: return DECADE;
                case QUARTER: case MONTH: return YEAR;
                default: return MONTH;
            }
        }
    }

    /** One tick: where (epoch day) and what it says. */
    public record Tick(LocalDate date, String label) {
        public long epochDay() {
            return date.toEpochDay();
        }
    }

    private final Unit minor;
    private final List<Tick> minorTicks;
    private final List<Tick> majorTicks;

    private TickSpacing(Unit minor, List<Tick> minorTicks, List<Tick> majorTicks) {
        this.minor = minor;
        this.minorTicks = minorTicks;
        this.majorTicks = majorTicks;
    }

    /**
     * @param startDay first visible epoch day (fractional)
     * @param endDay last visible epoch day
     * @param widthPx width of the axis
     * @param charWidthPx width of one label character at the current font size
     */
    public static TickSpacing compute(double startDay, double endDay, double widthPx, double charWidthPx, Locale locale) {
        double pxPerDay = widthPx / Math.max(1e-9, endDay - startDay);
        Unit chosen = Unit.CENTURY;
        for (Unit unit : Unit.values()) {
            double spacing = unit.days() * pxPerDay;
            double needed = (unit.labelChars() + 2) * charWidthPx;
            if (spacing >= needed) {
                chosen = unit;
            } else {
                break;
            }
        }
        LocalDate from = LocalDate.ofEpochDay((long) Math.floor(startDay));
        LocalDate to = LocalDate.ofEpochDay((long) Math.ceil(endDay));
        List<Tick> minorTicks = ticks(chosen, from, to, locale, false);
        Unit major = chosen.major();
        List<Tick> majorTicks = major == chosen ? List.of() : ticks(major, from, to, locale, true);
        return new TickSpacing(chosen, minorTicks, majorTicks);
    }

    private static List<Tick> ticks(Unit unit, LocalDate from, LocalDate to, Locale locale, boolean major) {
        List<Tick> ticks = new ArrayList<>();
        // start one unit early so a label that began off-screen can still be placed at the left edge
        LocalDate d = unit.floor(from);
        for (int guard = 0; !d.isAfter(to) && guard < 2000; guard++) {
            ticks.add(new Tick(d, label(unit, d, locale, major)));
            d = unit.next(d);
        }
        return ticks;
    }

    static String label(Unit unit, LocalDate d, Locale locale, boolean major) {
        switch (unit) {
            case CENTURY: case DECADE: return Messages.get("timeline.tick.decade", Integer.toString(d.getYear()));
            case YEAR: return Integer.toString(d.getYear());
            case QUARTER: return Messages.get("timeline.tick.quarter", Integer.toString((d.getMonthValue() - 1) / 3 + 1));
            case MONTH: return major
                    ? d.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + d.getYear()
                    : d.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale);
            default: return major ? monthYear(locale).format(d) : Integer.toString(d.getDayOfMonth());
        }
    }

    private static volatile DateTimeFormatter monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", Locale.ROOT);

    /** "March 2022" in the locale's standalone month name; parsing the pattern per tick was measurable. */
    private static DateTimeFormatter monthYear(Locale locale) {
        DateTimeFormatter formatter = monthYear;
        if (!formatter.getLocale().equals(locale)) {
            formatter = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
            monthYear = formatter;
        }
        return formatter;
    }

    /**
     * Labels one tick of every unit, so the locale's month names and the message formats are loaded
     * (several milliseconds the first time) before a zoom first needs them; safe on any thread.
     */
    static void preload(Locale locale) {
        LocalDate day = LocalDate.of(2000, 3, 1);
        for (Unit unit : Unit.values()) {
            label(unit, day, locale, true);
            label(unit, day, locale, false);
        }
    }

    /**
     * Loads, off the FX thread, what the first zooms would otherwise load on it: the language's month
     * names and date formats for the axis, the compact number format of the badges.
     */
    static void preloadInBackground(Locale locale) {
        Thread preload = new Thread(() -> {
            preload(locale);
            java.text.NumberFormat compact = java.text.NumberFormat.getCompactNumberInstance(locale,
                    java.text.NumberFormat.Style.SHORT);
            for (int count = 4; count < 2_000_000; count = count * 3 + 1) {
                compact.format(count);
            }
        }, "timeline-preload");
        preload.setDaemon(true);
        preload.setPriority(Thread.MIN_PRIORITY);
        preload.start();
    }

    public Unit minorUnit() {
        return minor;
    }

    public List<Tick> minorTicks() {
        return minorTicks;
    }

    public List<Tick> majorTicks() {
        return majorTicks;
    }
}
