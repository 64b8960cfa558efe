package org.balancingact.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The timeline's sizes, all derived from its font so the type scale zooms everything together: a row is
 * a line of text with a thin rail under it; the axis holds two lines of tick labels; the overview strip
 * is a little over one line high.
 *
 * @param lineHeight    height of a line of text
 * @param charWidth     width of a digit
 * @param rowHeight     one row of a lane: the title's line and the rail under it
 * @param railHeight    thickness of a period's rail
 * @param laneGap       space between two lanes
 * @param headerWidth   the lane names' column (0 when there is one lane: it would only say "All events")
 * @param axisHeight    the axis above the lanes
 * @param overviewHeight the overview strip under them
 * @param gap           the clear space between two neighbours in a row, so two titles never read as one
 */
record RowMetrics(double lineHeight, double charWidth, double rowHeight, double railHeight, double laneGap,
                  double headerWidth, double axisHeight, double overviewHeight, double gap) {

    static RowMetrics of(Font font, boolean oneLane) {
        Text measure = new Text("0000");
        measure.setFont(font);
        double charWidth = Math.max(4, measure.getLayoutBounds().getWidth() / 4);
        double line = measure.getLayoutBounds().getHeight();
        double rail = Math.max(3, Math.round(line * 0.18));
        return new RowMetrics(line, charWidth, Math.ceil(line * 1.3), rail, Math.ceil(line * 0.5),
                oneLane ? 0 : Math.ceil(charWidth * 18), Math.ceil(line * 2.15), Math.ceil(line * 1.45),
                Math.ceil(charWidth * 1.6));
    }

    /** Width of a badge's column: room for a four-digit count. */
    double badgePx() {
        return Math.max(24, charWidth * 4.5);
    }

    /** Height of a lane of {@code rows} rows, its gap included. */
    double laneHeight(int rows) {
        return rows * rowHeight + laneGap;
    }

    /** How many rows fit in {@code height} pixels of one lane. */
    int rowsIn(double height) {
        return (int) Math.max(1, Math.floor((height - laneGap) / rowHeight));
    }
}
