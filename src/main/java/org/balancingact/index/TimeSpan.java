package org.balancingact.index;

import java.time.LocalDate;
import org.balancingact.model.HistoricalDate;

/**
 * Epoch-day bounds of a historical date. Open ends become far-away but finite days, so arithmetic on
 * them never overflows and an open-ended relation is "in force" at any later date.
 */
public final class TimeSpan {
    /** About 5,000 years either side of the common era: far beyond any timeline, safe to subtract. */
    public static final long FAR_PAST = LocalDate.of(-5000, 1, 1).toEpochDay();
    public static final long FAR_FUTURE = LocalDate.of(9999, 12, 31).toEpochDay();

    private TimeSpan() {
    }

    public static long startDay(HistoricalDate date) {
        return date.isOpenStart() ? FAR_PAST : date.earliestEpochDay();
    }

    public static long endDay(HistoricalDate date) {
        return date.isOpenEnd() ? FAR_FUTURE : date.latestEpochDay();
    }

    public static boolean overlaps(HistoricalDate date, LocalDate from, LocalDate to) {
        return overlaps(startDay(date), endDay(date), from.toEpochDay(), to.toEpochDay());
    }

    /** Whether the days {@code start..end} and {@code first..last} (epoch days, both ends included) meet. */
    public static boolean overlaps(long start, long end, long first, long last) {
        return start <= last && end >= first;
    }
}
