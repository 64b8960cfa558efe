package org.balancingact.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive span of days, {@code start..end}. {@link LocalDate#MIN} and {@link LocalDate#MAX}
 * stand for open ends (see {@link HistoricalDate}), so every method copes with them.
 */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("the end " + end + " is before the start " + start);
        }
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether the two ranges share at least one day; touching ranges (same end and start day) do. */
    public boolean overlaps(DateRange other) {
        Objects.requireNonNull(other, "other");
        return !other.start.isAfter(end) && !other.end.isBefore(start);
    }

    /**
     * The number of days, both ends counted. Exact even for MIN..MAX: epoch days lie within about
     * ±3.7e11, so the difference cannot come near the limits of a long and needs no saturation.
     */
    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    /** The smallest range covering both; a gap between disjoint ranges is included. */
    public DateRange union(DateRange other) {
        Objects.requireNonNull(other, "other");
        LocalDate first = start.isBefore(other.start) ? start : other.start;
        LocalDate last = end.isAfter(other.end) ? end : other.end;
        return new DateRange(first, last);
    }

    @Override
    public String toString() {
        return start + ".." + end;
    }
}
