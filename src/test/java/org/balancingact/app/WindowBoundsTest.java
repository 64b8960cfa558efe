package org.balancingact.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where the window opens: maximised on a laptop, 85 % of a larger screen, a remembered size if sensible. */
class WindowBoundsTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);

    @Test
    void aFirstRunOnALaptopIsMaximisedToTheWholeScreen() {
        WindowBounds.Bounds b = WindowBounds.choose(LAPTOP, null);
        assertTrue(b.maximised(), "maximised up to 1366 pixels wide");
        assertEquals(new WindowBounds.Bounds(0, 0, 1366, 768, true), b,
                "and the same bounds given outright, for a desktop without a window manager");
        assertTrue(WindowBounds.choose(new Rectangle2D(0, 0, 1280, 720), null).maximised());
    }

    @Test
    void aFirstRunOnALargerScreenTakes85PercentCentred() {
        WindowBounds.Bounds b = WindowBounds.choose(FULL_HD, null);
        assertFalse(b.maximised());
        assertEquals(1632, b.width());
        assertEquals(918, b.height());
        assertEquals((1920 - 1632) / 2.0, b.x());
        assertEquals((1080 - 918) / 2.0, b.y());
    }

    @Test
    void aRememberedSizeIsKeptUnlessItIsBelowTheMinimum() {
        WindowBounds.Bounds remembered = new WindowBounds.Bounds(40, 30, 1400, 900, false);
        assertEquals(remembered, WindowBounds.choose(FULL_HD, remembered));
        WindowBounds.Bounds tiny = new WindowBounds.Bounds(100, 50, 198, 175, false);
        assertEquals(WindowBounds.choose(FULL_HD, null), WindowBounds.choose(FULL_HD, tiny),
                "a window once left at 198×175 (the Openbox bug) opens as on a first run");
        WindowBounds.Bounds maximised = new WindowBounds.Bounds(10, 10, 1500, 900, true);
        assertTrue(WindowBounds.choose(FULL_HD, maximised).maximised());
    }

    @Test
    void onAScreenSmallerThanTheMinimumTheMinimumGivesWay() {
        Rectangle2D netbook = new Rectangle2D(0, 0, 1024, 600);
        WindowBounds.Bounds remembered = new WindowBounds.Bounds(0, 0, 1024, 600, false);
        assertEquals(remembered, WindowBounds.choose(netbook, remembered));
    }
}
