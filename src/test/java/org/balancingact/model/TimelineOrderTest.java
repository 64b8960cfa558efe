package org.balancingact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.balancingact.testing.SeededCases;
import org.junit.jupiter.api.Test;

/**
 * A timeline keeps its events in time order (by date, then id; equal ones as given). Large inputs are
 * sorted by day numbers first and then per day, which must give exactly what a plain stable sort gives.
 */
class TimelineOrderTest {
    private static final String[] DATES = {"2001", "2001-03", "2001-03-04", "2001-03-04~", "2001-03-04?", "200X",
        "2001-03-04/2001-03-09", "2001-03-04/2002", "../2001-03-04", "2001-03-04/..", "1999-12-31", "-0500",
        "2001-03-05", "2001-03/2001-04"};
    private static final String[] IDS = {"a", "b", "c", "10", "9", "a-1"};

    /** Up to 200 events, each with a date and an id drawn from the short lists above, so many are equal. */
    private static List<Event> events(Random random) {
        int size = random.nextInt(201);
        List<Event> events = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            // the title tells equal events apart, so the test sees whether equal ones kept their order
            events.add(new Event(IDS[random.nextInt(IDS.length)], "t" + i, HistoricalDate.parse(DATES[random.nextInt(DATES.length)]),
                    "", List.of(), List.of(), 2, List.of(), "", List.of()));
        }
        return events;
    }

    /** 500 generated lists with a fixed seed; a failure names its case's seed ({@link SeededCases}). */
    @Test
    void eventsAreInStableTimeOrder() {
        SeededCases.check("events are in stable time order", 20261130L, 500, random -> {
            List<Event> events = events(random);
            List<Event> expected = events.stream()
                    .sorted(Comparator.comparing(Event::when).thenComparing(Event::id)).toList();
            assertEquals(titles(expected), titles(timeline(events).events()));
            Event[] sorted = Timeline.sortedByTime(events.toArray(new Event[0]));
            assertEquals(titles(expected), titles(List.of(sorted)));
        });
    }

    @Test
    void aLargeShuffledInputComesOutInTheSameOrderAsAPlainSort() {
        List<Event> events = new ArrayList<>();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 100_000; i++) {
            events.add(new Event(Integer.toString(random.nextInt(50_000)), "t" + i,
                    HistoricalDate.parse(DATES[random.nextInt(DATES.length)]), "", List.of(), List.of(), 2, List.of(), "", List.of()));
        }
        List<Event> expected = events.stream()
                .sorted(Comparator.comparing(Event::when).thenComparing(Event::id)).toList();
        Timeline timeline = timeline(events);
        assertEquals(titles(expected), titles(timeline.events()));
        // the id map of a large timeline is built on another thread; the first of equal ids wins, as for a small one
        Event first = expected.stream().filter(e -> e.id().equals("77")).findFirst().orElseThrow();
        assertSame(first, timeline.event("77").orElseThrow());
    }

    @Test
    void anIntervalJoinedFromTwoDaysIsTheParsedInterval() {
        HistoricalDate joined = HistoricalDate.interval(HistoricalDate.parse("2012-06-28"), HistoricalDate.parse("2012-06-30"));
        HistoricalDate parsed = HistoricalDate.parse("2012-06-28/2012-06-30");
        assertEquals(parsed, joined);
        assertEquals(parsed.earliest(), joined.earliest());
        assertEquals(parsed.latest(), joined.latest());
        assertEquals(parsed.inWords(java.util.Locale.ENGLISH), joined.inWords(java.util.Locale.ENGLISH));
        DateFormatException refused = org.junit.jupiter.api.Assertions.assertThrows(DateFormatException.class,
                () -> HistoricalDate.interval(HistoricalDate.parse("2012-06-30"), HistoricalDate.parse("2012-06-28")));
        assertEquals(org.junit.jupiter.api.Assertions.assertThrows(DateFormatException.class,
                () -> HistoricalDate.parse("2012-06-30/2012-06-28")).getMessage(), refused.getMessage());
    }

    private static Timeline timeline(List<Event> events) {
        return new Timeline("t", "", List.of(), List.of(), List.of(), List.of(), events, List.of(), List.of());
    }

    private static List<String> titles(List<Event> events) {
        return events.stream().map(Event::title).toList();
    }
}
