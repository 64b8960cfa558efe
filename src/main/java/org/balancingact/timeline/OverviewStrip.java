package org.balancingact.timeline;

import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.balancingact.index.LaneIndex;

/**
 * The strip under the lanes: how many events start in each column over the whole zoom range (a
 * density drawn once per dataset), and the visible window as a rectangle. Dragging the rectangle pans,
 * dragging its edges resizes (zooms), pressing elsewhere centres the window there.
 */
final class OverviewStrip extends Region {
    private static final double EDGE_PX = 6;

    private final TimelineView view;
    private final Supplier<LaneIndex> index;
    private final Canvas density = new Canvas();
    private final Region barProbe = new Region();
    private final Region window = new Region();
    private boolean densityDirty = true;
    private double pressX;
    private double pressStart;
    private double pressEnd;
    private int dragMode; // 0 move, -1 left edge, +1 right edge

    OverviewStrip(TimelineView view, Supplier<LaneIndex> index) {
        this.view = view;
        this.index = index;
        getStyleClass().add("overview");
        setId("timeline-overview");
        barProbe.getStyleClass().add("overview-density");
        barProbe.setOpacity(0);
        barProbe.setManaged(false);
        window.getStyleClass().add("overview-window");
        window.setId("overview-window");
        window.setManaged(false);
        window.setCursor(Cursor.MOVE);
        getChildren().addAll(density, barProbe, window);
        view.startDayProperty().addListener(o -> requestLayout());
        view.endDayProperty().addListener(o -> requestLayout());
        barProbe.backgroundProperty().addListener(o -> dataChanged());
        installMouse();
    }

    void dataChanged() {
        densityDirty = true;
        requestLayout();
    }

    private double dayToX(double day) {
        double from = view.getLimitStart();
        double to = view.getLimitEnd();
        return (day - from) / (to - from) * getWidth();
    }

    private double xToDay(double x) {
        double from = view.getLimitStart();
        double to = view.getLimitEnd();
        return from + x / Math.max(1, getWidth()) * (to - from);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (density.getWidth() != w || density.getHeight() != h) {
            density.setWidth(w);
            density.setHeight(h);
            densityDirty = true;
        }
        if (densityDirty) {
            densityDirty = false;
            drawDensity(w, h);
        }
        double x0 = Math.max(0, dayToX(view.getStartDay()));
        double x1 = Math.min(w, dayToX(view.getEndDay()));
        window.resizeRelocate(Math.round(x0), 1, Math.max(4, Math.round(x1 - x0)), Math.max(1, h - 2));
    }

    /** Square-root heights: one busy month must not flatten a decade of steady events. */
    private void drawDensity(double w, double h) {
        GraphicsContext gc = density.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        LaneIndex events = index.get();
        if (events == null || w < 2) {
            return;
        }
        int columns = (int) Math.max(1, w / 2);
        int[] counts = new int[columns];
        int max = 1;
        for (int c = 0; c < columns; c++) {
            counts[c] = events.countStarting(xToDay(c * 2.0), xToDay((c + 1) * 2.0));
            max = Math.max(max, counts[c]);
        }
        gc.setFill(barProbe.getBackground() == null || barProbe.getBackground().getFills().isEmpty()
                ? javafx.scene.paint.Color.GRAY : barProbe.getBackground().getFills().get(0).getFill());
        double usable = h - 4;
        for (int c = 0; c < columns; c++) {
            if (counts[c] > 0) {
                double bar = Math.max(1, Math.sqrt(counts[c] / (double) max) * usable);
                gc.fillRect(c * 2.0, h - 2 - bar, 2, bar);
            }
        }
    }

    private void installMouse() {
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(edgeAt(e.getX()) != 0 ? Cursor.H_RESIZE : Cursor.DEFAULT));
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            view.requestFocus();
            dragMode = edgeAt(e.getX());
            double x0 = dayToX(view.getStartDay());
            double x1 = dayToX(view.getEndDay());
            if (dragMode == 0 && (e.getX() < x0 || e.getX() > x1)) {
                // a press beside the window centres it there, then the drag goes on moving it
                double span = view.getEndDay() - view.getStartDay();
                double day = xToDay(e.getX());
                view.setVisibleDays(day - span / 2, day + span / 2);
            }
            pressX = e.getX();
            pressStart = view.getStartDay();
            pressEnd = view.getEndDay();
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double days = xToDay(e.getX()) - xToDay(pressX);
            if (dragMode < 0) {
                view.setVisibleDays(Math.min(pressStart + days, pressEnd - TimelineView.MIN_SPAN_DAYS), pressEnd);
            } else if (dragMode > 0) {
                view.setVisibleDays(pressStart, Math.max(pressEnd + days, pressStart + TimelineView.MIN_SPAN_DAYS));
            } else {
                view.setVisibleDays(pressStart + days, pressEnd + days);
            }
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
    }

    /** -1 or +1 when {@code x} is on the window's left or right edge, else 0. */
    private int edgeAt(double x) {
        double x0 = dayToX(view.getStartDay());
        double x1 = dayToX(view.getEndDay());
        if (x1 - x0 > 3 * EDGE_PX) {
            if (Math.abs(x - x0) <= EDGE_PX) {
                return -1;
            }
            if (Math.abs(x - x1) <= EDGE_PX) {
                return 1;
            }
        }
        return 0;
    }

    /** Where the window rectangle is, in this strip's coordinates (for tests). */
    Region windowNode() {
        return window;
    }
}
