package org.balancingact.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An air-raid log has dozens of alerts a day: the list and the timeline show them in the order of the
 * day, not in the order of their made-up ids ("row-12" before "row-9").
 */
class SameDayOrderTest {
    private static Event alert(String id, String time) {
        return new Event(id, "Alert " + id, HistoricalDate.parse("2022-03-15"), "", List.of(), List.of(), 2, List.of(),
                "", List.of(), Translations.NONE, time, Map.of());
    }

    @Test
    void eventsOfOneDayFollowTheirTimeOfDayThenTheirId() {
        Timeline timeline = new Timeline("log", "", List.of(), List.of(), List.of(), List.of(),
                List.of(alert("row-9", "16:10:34+00:00"), alert("row-12", "09:05:00+00:00"), alert("row-2", ""),
                        alert("row-1", "16:10:34+00:00")),
                List.of(), List.of());
        assertEquals(List.of("row-2", "row-12", "row-1", "row-9"), timeline.events().stream().map(Event::id).toList());
    }
}
