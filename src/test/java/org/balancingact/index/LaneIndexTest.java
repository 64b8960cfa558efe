package org.balancingact.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.junit.jupiter.api.Test;

class LaneIndexTest {
    private static Event event(String id, String when, List<String> lanes) {
        return new Event(id, id, HistoricalDate.parse(when), "", lanes, List.of(), 2, List.of(), "", List.of());
    }

    private final List<Event> events = List.of(
            event("a", "2020-01-01", List.of("x")),
            event("b", "2020-02-01", List.of("x", "y")),
            event("c", "2020-03-01/2024-01-01", List.of("y")),
            event("d", "2021-01-01", List.of("z", "nowhere")));
    private final LaneIndex index = new LaneIndex(events, List.of("x", "y", "z"), Event::actorIds);

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void anEventWithSeveralLanesIsInEachAndLongOnesAreKeptAside() {
        assertEquals(2, index.part(0, 0).size());
        assertEquals(1, index.part(1, 0).size(), "b in y");
        assertEquals(1, index.part(1, 1).size(), "c is long");
        assertEquals("c", index.part(1, 1).event(0).id());
        assertEquals(1, index.part(2, 0).size(), "an unknown lane key is ignored");
    }

    @Test
    void countsWhatStartsInAHalfOpenRangeOfDays() {
        assertEquals(4, index.size());
        assertEquals(2, index.countStarting(day("2020-01-01"), day("2020-03-01")));
        assertEquals(3, index.countStarting(day("2020-01-01"), day("2020-03-02")));
        assertEquals(0, index.countStarting(day("2022-01-01"), day("2030-01-01")));
    }

    @Test
    void findsTheFirstEventStartingOnOrAfterADay() {
        LaneIndex.Part x = index.part(0, 0);
        assertEquals(0, x.firstStartingAtOrAfter(day("2019-12-31")));
        assertEquals(1, x.firstStartingAtOrAfter(day("2020-01-02")));
        assertEquals(2, x.firstStartingAtOrAfter(day("2025-01-01")));
    }
}
