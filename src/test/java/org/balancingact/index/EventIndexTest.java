package org.balancingact.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.junit.jupiter.api.Test;

class EventIndexTest {
    private static Event event(String id, String when) {
        return new Event(id, id, HistoricalDate.parse(when), "", List.of(), List.of(), 2, List.of("q"), "", List.of());
    }

    @Test
    void findsPointsSpansAndFuzzyDatesThatOverlapARange() {
        EventIndex index = new EventIndex(List.of(event("a", "2022-02-24"), event("b", "2022-04"), event("c", "2014/2015"),
                event("d", "2022-02-24/.."), event("e", "198X")));
        Set<String> found = index.overlapping(LocalDate.of(2022, 4, 30), LocalDate.of(2022, 5, 2)).stream()
                .map(Event::id).collect(Collectors.toSet());
        assertEquals(Set.of("b", "d"), found);
        assertEquals(LocalDate.of(1980, 1, 1), index.firstDay());
    }

    @Test
    void agreesWithABruteForceScanOnRandomData() {
        Random random = new Random(7);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            LocalDate start = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(12000));
            int length = random.nextInt(10) == 0 ? random.nextInt(3000) : random.nextInt(40);
            events.add(event("e" + i, start + "/" + start.plusDays(length)));
        }
        EventIndex index = new EventIndex(events);
        for (int q = 0; q < 200; q++) {
            long from = LocalDate.of(1990, 1, 1).toEpochDay() + random.nextInt(12000);
            long to = from + random.nextInt(400);
            Set<String> expected = events.stream()
                    .filter(e -> TimeSpan.startDay(e.when()) <= to && TimeSpan.endDay(e.when()) >= from)
                    .map(Event::id).collect(Collectors.toSet());
            Set<String> actual = index.overlapping(from, to).stream().map(Event::id).collect(Collectors.toSet());
            assertEquals(expected, actual);
        }
    }
}
