package org.balancingact.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.junit.jupiter.api.Test;

/** Rows of one lane: titles never overlap or run together, periods share rows above their rails. */
class LaneLayoutTest {
    /** Spring 2022 on 1200 pixels: about 6.6 pixels a day. */
    private static final LaneLayout.Frame SPRING = new LaneLayout.Frame(day("2022-02-01"), day("2022-08-01"), 1200, 6, 16);
    private static final double TITLE_PX = 200;

    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    private static Event event(String id, String when, int importance) {
        return new Event(id, id, HistoricalDate.parse(when), "", List.of(), List.of("a"), importance, List.of(), "", List.of());
    }

    private static LaneLayout.Lane layout(LaneLayout.Frame frame, Event kept, Event... events) {
        return LaneLayout.layoutLane("a", "A", 0, List.of(events), List.of(), frame, kept, e -> TITLE_PX);
    }

    private static LaneLayout.Placement of(LaneLayout.Lane lane, String id) {
        return lane.placements().stream().filter(p -> p.event().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDayDuringASeasonOfClaimsIsReadInTheSameRowAboveItsRail() {
        LaneLayout.Lane lane = layout(SPRING, null, event("claims", "2022-03/2022-05", 1), event("letter", "2022-05-06", 1));
        LaneLayout.Placement claims = of(lane, "claims");
        LaneLayout.Placement letter = of(lane, "letter");
        assertTrue(claims.period(), "three months are a period: a post and a rail");
        assertFalse(letter.period());
        assertEquals(0, letter.row(), "the title of the day sits in the period's row, above its rail");
        assertEquals(1, lane.rows());
        assertTrue(letter.x0() > claims.labelX() + claims.labelWidth(), "after the period's title, not over it");
    }

    @Test
    void twoPeriodsAtTheSameTimeTakeTwoRows() {
        LaneLayout.Lane lane = layout(SPRING, null, event("one", "2022-03/2022-05", 1), event("two", "2022-04/2022-06", 1));
        assertNotEquals(of(lane, "one").row(), of(lane, "two").row(), "rails never overlap in a row");
    }

    @Test
    void twoTitlesInARowKeepAClearGap() {
        LaneLayout.Lane lane = layout(SPRING, null, event("first", "2022-03-01", 1), event("second", "2022-04-10", 1));
        LaneLayout.Placement first = of(lane, "first");
        LaneLayout.Placement second = of(lane, "second");
        if (first.row() == second.row()) {
            assertTrue(second.x0() - (first.labelX() + first.labelWidth()) >= SPRING.gapPx(),
                    "a gap, so two titles never read as one phrase");
        }
    }

    @Test
    void aTitleThatWouldRunPastTheRightEdgeStandsBeforeItsMark() {
        LaneLayout.Lane lane = layout(SPRING, null, event("late", "2022-07-25", 1));
        LaneLayout.Placement late = of(lane, "late");
        assertEquals(TITLE_PX, late.labelWidth(), "whole");
        assertTrue(late.labelX() + late.labelWidth() <= late.x0(), "before its diamond");
    }

    @Test
    void theKeptEventComesFirstAndGetsItsWholeTitle() {
        List<Event> busy = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            busy.add(event("key" + i, "2022-03-0" + (1 + i % 5), 1));
        }
        Event kept = event("background", "2022-03-02", 3);
        busy.add(kept);
        LaneLayout.Lane lane = LaneLayout.layoutLane("a", "A", 0, busy, List.of(), SPRING, kept, e -> TITLE_PX);
        LaneLayout.Placement p = of(lane, "background");
        assertEquals(0, p.row());
        assertFalse(p.labelTruncated());
        assertEquals(TITLE_PX, p.labelWidth());
    }

    @Test
    void anEventWithNoRoomGetsARowOfItsOwnRatherThanBeingDrawnOverAnotherOrLeftOut() {
        List<Event> sameDay = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sameDay.add(event("e" + i, "2022-03-01", 2));
        }
        LaneLayout.Frame oneRow = new LaneLayout.Frame(SPRING.startDay(), SPRING.endDay(), 1200, 1, 16);
        LaneLayout.Lane lane = LaneLayout.layoutLane("a", "A", 0, sameDay, List.of(), oneRow, null, e -> TITLE_PX);
        assertEquals(20, lane.placements().size(), "every event is placed");
        assertEquals(20, lane.rows(), "one mark a row: the lane grows past the rows it was given");
        assertEquals(20, lane.placements().stream().mapToInt(LaneLayout.Placement::row).distinct().count());
    }

    @Test
    void aBoundedLayoutHandsBackWhatHasNoRoomButAlwaysPlacesTheKeptEvent() {
        List<Event> sameDay = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sameDay.add(event("e" + i, "2022-03-01", 2));
        }
        Event kept = event("kept", "2022-03-01", 3);
        sameDay.add(kept);
        LaneLayout.Frame oneRow = new LaneLayout.Frame(SPRING.startDay(), SPRING.endDay(), 1200, 1, 16);
        LaneLayout.Lane lane = LaneLayout.layoutLane("a", "A", 0, sameDay, List.of(), oneRow, kept, e -> false,
                e -> TITLE_PX, 5, e -> e.id().equals("e19") ? 1 : 0);
        assertEquals(5, lane.rows(), "the lane grows no further than it was allowed");
        assertEquals(0, of(lane, "kept").row(), "the kept event is placed first, whole");
        assertEquals(21, lane.placements().size() + lane.overflow().size(), "every event is placed or handed back");
        assertEquals(16, lane.overflow().size());
        assertTrue(lane.overflow().stream().noneMatch(e -> e.id().equals("kept")));
    }
}
