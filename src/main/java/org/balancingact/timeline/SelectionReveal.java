package org.balancingact.timeline;

/**
 * How far to pan so that an event not readable in the view becomes so: its mark in sight and its whole
 * title beside it. Only as much as needed: an event just off the left edge comes in at the left, one
 * whose title would run past the right edge moves left just enough. Zooming is never needed for the
 * title itself (the kept event is never put in a badge and is placed first in its lane); the caller
 * scrolls the lanes for the rest.
 */
final class SelectionReveal {
    private SelectionReveal() {
    }

    /**
     * @param startDay   first visible day
     * @param endDay     end of the view (exclusive)
     * @param width      the lanes' width in pixels
     * @param eventStart the event's first possible day
     * @param eventEnd   its last possible day
     * @param titlePx    room its mark and whole title need after its first day
     * @param marginPx   room kept between the title and the view's edge
     * @return days to add to both ends of the view (negative: towards the past); 0 when panning cannot help
     */
    static double panDays(double startDay, double endDay, double width, double eventStart, double eventEnd,
                          double titlePx, double marginPx) {
        double pxPerDay = width / Math.max(1e-9, endDay - startDay);
        double startX = (eventStart - startDay) * pxPerDay;
        boolean begunBefore = startX < 0;
        boolean endedBefore = eventEnd + 1 <= startDay + marginPx / pxPerDay;
        if (begunBefore && !endedBefore) {
            // its mark stands at the left edge, its title after it: nothing to move for
            return 0;
        }
        if (startX < marginPx && titlePx + 2 * marginPx <= width) {
            return (eventStart - startDay) - marginPx / pxPerDay;
        }
        // the title and a margin after it; a title nearly as wide as the view (large type, a long
        // language) goes without the margins, from as near the left edge as it needs
        double room = titlePx + 2 * marginPx <= width ? titlePx + marginPx : Math.min(titlePx + 2, width);
        if (startX > width - room) {
            return (startX - (width - room)) / pxPerDay;
        }
        return 0;
    }
}
