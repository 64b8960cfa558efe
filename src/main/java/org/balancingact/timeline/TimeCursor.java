package org.balancingact.timeline;

import java.time.LocalDate;
import javafx.scene.Cursor;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * The time cursor: a dashed line at the explorer state's focus date (the network's date), behind the
 * events so it never crosses out a title, and a handle on the axis to drag it.
 */
final class TimeCursor {
    final Line line = new Line();
    final Region handle = new Region();

    TimeCursor() {
        line.getStyleClass().add("time-cursor");
        line.setMouseTransparent(true);
        handle.getStyleClass().add("time-cursor-handle");
        handle.setCursor(Cursor.H_RESIZE);
        handle.setId("time-cursor");
        handle.setManaged(false);
    }

    /**
     * @param itemsX left of the lanes, {@code y} top of the axis, {@code height} the axis and lanes together
     */
    void draw(LocalDate focus, double startDay, double endDay, double itemsX, double y, double width, double height,
              double axisHeight, double charWidth) {
        double x = focus == null ? -1 : (focus.toEpochDay() + 0.5 - startDay) / (endDay - startDay) * width;
        boolean on = focus != null && x >= 0 && x <= width;
        line.setVisible(on);
        handle.setVisible(on);
        if (on) {
            double px = Math.round(itemsX + x) + 0.5;
            line.setStartX(px);
            line.setEndX(px);
            line.setStartY(y);
            line.setEndY(y + height);
            double hw = handleWidth(charWidth);
            handle.resizeRelocate(px - hw / 2, y + axisHeight - hw, hw, hw);
        }
    }

    private static double handleWidth(double charWidth) {
        return Math.max(10, charWidth * 1.4);
    }

    /**
     * Where the handle will cover the axis' lower row, {@code {left, right}} in the axis' own
     * coordinates (0 at the left of the lanes), or null when the date is not in view: the axis keeps its
     * labels clear of it.
     */
    static double[] handleSpan(LocalDate focus, double startDay, double endDay, double width, double charWidth) {
        double x = focus == null ? -1 : (focus.toEpochDay() + 0.5 - startDay) / (endDay - startDay) * width;
        if (focus == null || x < 0 || x > width) {
            return null;
        }
        double hw = handleWidth(charWidth);
        return new double[] {x - hw / 2 - 1, x + hw / 2 + 1};
    }
}
