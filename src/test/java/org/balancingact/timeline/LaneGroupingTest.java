package org.balancingact.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Timeline;
import org.balancingact.testing.SampleTimeline;
import org.junit.jupiter.api.Test;

/** Which lanes events go to, and in what order the lanes are listed. */
class LaneGroupingTest {
    private static Event event(String id, List<String> actors, List<String> themes) {
        return new Event(id, id, HistoricalDate.parse("2022-03"), "", actors, themes, 2, List.of(), "", List.of());
    }

    @Test
    void actorLanesListTheMostActiveFirstAndTiesInOrderOfAppearance() {
        Timeline sample = SampleTimeline.create();
        // in time order: exercise (ru, by), invasion (ru, ua), talk (luka); ru has two events, the others one
        assertEquals(List.of("ru", "by", "ua", "luka"), LaneGrouping.ACTOR.lanesOf(sample));
        // Lukashenko's talk counts for his country: by has two events too, ua one
        assertEquals(List.of("ru", "by", "ua"), LaneGrouping.COUNTRY.lanesOf(sample));
    }

    @Test
    void anEventIsInEachOfItsLanesOnceAndWithoutKeysInOther() {
        Timeline sample = SampleTimeline.create();
        Event repeated = event("x", List.of("ua", "ua"), List.of("war", "diplomacy", "war"));
        assertEquals(List.of("ua"), LaneGrouping.ACTOR.keysOf(repeated, sample));
        assertEquals(List.of("war", "diplomacy"), LaneGrouping.THEME.keysOf(repeated, sample));
        Event bare = event("y", List.of(), List.of());
        assertEquals(List.of(LaneGrouping.OTHER), LaneGrouping.ACTOR.keysOf(bare, sample));
        assertEquals(List.of(LaneGrouping.OTHER), LaneGrouping.THEME.keysOf(bare, sample));
        assertEquals(List.of(LaneGrouping.OTHER), LaneGrouping.COUNTRY.keysOf(bare, sample));
        assertEquals(List.of("all"), LaneGrouping.NONE.keysOf(bare, sample));
    }
}
