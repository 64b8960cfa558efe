package org.balancingact.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The time cursor: a dashed line at the explorer state's focus date (the network's date), behind the
 * events, and a handle on the axis to drag it. The canvas draws titles without a background, so a line
 * behind them would still run through their letters ("pi|le up"): it stops short of every title and
 * badge it meets instead.
 */
final class TimeCursor {
    final Path line = new Path();
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
     * @param drawn  this frame's titles and badges, in the same coordinates: the line leaves a gap at each
     */
    void draw(LocalDate focus, double startDay, double endDay, double itemsX, double y, double width, double height,
              double axisHeight, double charWidth, DrawnRecord drawn) {
        double x = focus == null ? -1 : (focus.toEpochDay() + 0.5 - startDay) / (endDay - startDay) * width;
        boolean on = focus != null && x >= 0 && x <= width;
        line.setVisible(on);
        handle.setVisible(on);
        if (on) {
            double px = Math.round(itemsX + x) + 0.5;
            double hw = handleWidth(charWidth);
            double top = y + axisHeight - hw; // from the handle down: above it, the axis' labels
            line.getElements().setAll(segments(px, top, y + height, gapsAt(px, drawn)));
            handle.resizeRelocate(px - hw / 2, top, hw, hw);
        }
    }

    /** The vertical stretches, {@code {top, bottom}}, of the titles and badges the line at {@code px} would cross. */
    private static List<double[]> gapsAt(double px, DrawnRecord drawn) {
        List<double[]> gaps = new ArrayList<>();
        for (DrawnItem item : drawn.items) {
            addGap(gaps, item.label(), px);
        }
        for (DrawnCluster cluster : drawn.clusters) {
            addGap(gaps, cluster.bounds(), px);
        }
        gaps.sort(Comparator.comparingDouble(g -> g[0]));
        return gaps;
    }

    private static void addGap(List<double[]> gaps, Bounds box, double px) {
        if (box != null && px > box.getMinX() - 2 && px < box.getMaxX() + 2) {
            gaps.add(new double[] {box.getMinY() - 1, box.getMaxY() + 1});
        }
    }

    private static List<PathElement> segments(double px, double top, double bottom, List<double[]> gaps) {
        List<PathElement> elements = new ArrayList<>();
        double from = top;
        for (double[] gap : gaps) {
            if (gap[0] >= bottom) {
                break; // titles of rows scrolled out of sight below
            }
            if (gap[0] > from) {
                elements.add(new MoveTo(px, from));
                elements.add(new LineTo(px, gap[0]));
            }
            from = Math.max(from, gap[1]);
        }
        if (from < bottom) {
            elements.add(new MoveTo(px, from));
            elements.add(new LineTo(px, bottom));
        }
        return elements;
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
