package org.balancingact.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Panning only as much as needed to bring an event's whole title into sight. */
class SelectionRevealTest {
    private static final double WIDTH = 1000;

    @Test
    void anEventInSightWithRoomForItsTitleNeedsNothing() {
        assertEquals(0, SelectionReveal.panDays(0, 100, WIDTH, 20, 20, 300, 10));
    }

    @Test
    void anEventLeftOfTheViewComesInAtTheLeftEdge() {
        double pan = SelectionReveal.panDays(100, 200, WIDTH, 40, 40, 300, 10);
        assertEquals(40 - 100 - 1, pan, 1e-9, "its day lands a margin from the left edge");
    }

    @Test
    void aTitleThatWouldRunPastTheRightEdgeMovesLeftJustEnough() {
        double pan = SelectionReveal.panDays(0, 100, WIDTH, 90, 90, 300, 10);
        double startX = (90 - pan) * WIDTH / 100;
        assertTrue(startX + 300 <= WIDTH - 10 + 1e-9, "the title fits");
        assertTrue(startX + 300 >= WIDTH - 10 - 1e-9, "and the view moved no further than that");
    }

    @Test
    void aPeriodBegunBeforeTheViewIsDrawnAtTheLeftEdgeAlready() {
        assertEquals(0, SelectionReveal.panDays(100, 200, WIDTH, 50, 150, 300, 10));
    }

    @Test
    void aTitleNearlyAsWideAsTheViewGoesWithoutMargins() {
        double pan = SelectionReveal.panDays(0, 100, WIDTH, 3, 3, 990, 26);
        double startX = (3 - pan) * WIDTH / 100;
        assertTrue(startX >= 0 && startX + 990 <= WIDTH, "the whole title fits from " + startX);
    }
}
