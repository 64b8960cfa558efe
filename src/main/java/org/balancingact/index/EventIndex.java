package org.balancingact.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.balancingact.model.Event;

/**
 * Events by time. Short events sit in an array sorted by start, searched with a binary search bounded
 * by the longest short duration; the few long ones (open-ended or spanning years) are scanned
 * directly. That keeps a query proportional to what it returns, even for a million events.
 */
public final class EventIndex {
    /** Events longer than this many days are kept aside so they cannot widen every search. */
    static final long LONG_EVENT_DAYS = 400;

    private final Event[] shortEvents;
    private final long[] shortStarts;
    private final long maxShortDays;
    private final Event[] longEvents;
    private final long minDay;
    private final long maxDay;

    public EventIndex(List<Event> events) {
        Event[] shortOnes = new Event[events.size()];
        long[] starts = new long[events.size()];
        int shortCount = 0;
        List<Event> longOnes = new ArrayList<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        long longest = 0;
        boolean inOrder = true;
        for (Event event : events) {
            long start = TimeSpan.startDay(event.when());
            long end = TimeSpan.endDay(event.when());
            if (end - start > LONG_EVENT_DAYS) {
                longOnes.add(event);
            } else {
                inOrder &= shortCount == 0 || starts[shortCount - 1] <= start;
                shortOnes[shortCount] = event;
                starts[shortCount++] = start;
                longest = Math.max(longest, end - start);
            }
            // an open end says nothing about the data's extent: use the known side instead
            min = Math.min(min, event.when().isOpenStart() ? end : start);
            max = Math.max(max, event.when().isOpenEnd() ? start : end);
        }
        this.shortEvents = Arrays.copyOf(shortOnes, shortCount);
        if (!inOrder) {
            // a Timeline's events are in time order already; only other callers pay for this sort
            Arrays.sort(shortEvents, (a, b) -> Long.compare(TimeSpan.startDay(a.when()), TimeSpan.startDay(b.when())));
            for (int i = 0; i < shortCount; i++) {
                starts[i] = TimeSpan.startDay(shortEvents[i].when());
            }
        }
        this.shortStarts = Arrays.copyOf(starts, shortCount);
        this.maxShortDays = longest;
        this.longEvents = longOnes.toArray(Event[]::new);
        this.minDay = min == Long.MAX_VALUE ? LocalDate.of(2022, 1, 1).toEpochDay() : min;
        this.maxDay = max == Long.MIN_VALUE ? minDay + 365 : max;
    }

    public int size() {
        return shortEvents.length + longEvents.length;
    }

    /** First day of the data (open starts ignored): the timeline's "fit all" starts here. */
    public LocalDate firstDay() {
        return LocalDate.ofEpochDay(minDay);
    }

    /** Last day of the data (open ends ignored). */
    public LocalDate lastDay() {
        return LocalDate.ofEpochDay(maxDay);
    }

    /** Every event whose possible days overlap the inclusive range of epoch days {@code [from, to]}. */
    public List<Event> overlapping(long from, long to) {
        List<Event> found = new ArrayList<>();
        int first = lowerBound(shortStarts, from - maxShortDays);
        for (int i = first; i < shortEvents.length && shortStarts[i] <= to; i++) {
            if (TimeSpan.endDay(shortEvents[i].when()) >= from) {
                found.add(shortEvents[i]);
            }
        }
        for (Event event : longEvents) {
            if (TimeSpan.startDay(event.when()) <= to && TimeSpan.endDay(event.when()) >= from) {
                found.add(event);
            }
        }
        return found;
    }

    public List<Event> overlapping(LocalDate from, LocalDate to) {
        return overlapping(from.toEpochDay(), to.toEpochDay());
    }

    private static int lowerBound(long[] sorted, long key) {
        int at = Arrays.binarySearch(sorted, key);
        if (at < 0) {
            return -at - 1;
        }
        while (at > 0 && sorted[at - 1] == key) {
            at--;
        }
        return at;
    }
}
