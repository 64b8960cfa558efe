package org.balancingact.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.balancingact.explore.Emphasis;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Highlights;
import org.balancingact.explore.Selection;
import org.balancingact.model.Event;

/**
 * Draws a {@link TimelineView}: an axis with two levels of ticks, lanes with their headers, the
 * visible events as recycled-per-frame nodes, and the time cursor. Only events in the visible range
 * are turned into nodes. Handles the mouse and keyboard model of the control.
 */
public class TimelineSkin extends SkinBase<TimelineView> {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass RELATED = PseudoClass.getPseudoClass("related");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    static final PseudoClass APPROXIMATE = PseudoClass.getPseudoClass("approximate");

    private final Pane axis = new Pane();
    private final Pane headers = new Pane();
    private final Pane items = new Pane();
    private final Rectangle itemsClip = new Rectangle();
    private final ScrollBar vbar = new ScrollBar();
    private final Line cursorLine = new Line();
    private final Region cursorHandle = new Region();
    private final Text measure = new Text();
    private final Label fontProbe = new Label("M");

    private double headerWidth = 150;
    private double axisHeight = 44;
    private double rowHeight = 28;
    private double laneGap = 8;
    private double charWidth = 8;
    private double dragStartX = Double.NaN;
    private double dragStartDay;
    private boolean dragged;
    private boolean draggingCursor;
    private List<LaneLayout.Lane> lanes = List.of();
    private final List<EventNode> eventNodes = new ArrayList<>();
    /** Content is rebuilt when what it shows changed or the size did, not on every layout pass. */
    private boolean dirty = true;
    /** Set when the selection changes, so the lane of a newly selected event is scrolled into view once. */
    private boolean revealPending;
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    public TimelineSkin(TimelineView view) {
        super(view);
        axis.getStyleClass().add("axis");
        headers.getStyleClass().add("lane-headers");
        items.getStyleClass().add("items");
        items.setClip(itemsClip);
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.getStyleClass().add("lane-scroll");
        vbar.setVisible(false);
        cursorLine.getStyleClass().add("time-cursor");
        cursorLine.setMouseTransparent(true);
        cursorHandle.getStyleClass().add("time-cursor-handle");
        cursorHandle.setCursor(Cursor.H_RESIZE);
        cursorHandle.setId("time-cursor");
        cursorHandle.setManaged(false);
        getChildren().addAll(items, headers, axis, cursorLine, cursorHandle, vbar);

        ExplorerState state = view.getState();
        registerInvalidationListener(view.startDayProperty(), o -> invalidate());
        registerInvalidationListener(view.endDayProperty(), o -> invalidate());
        registerInvalidationListener(view.laneGroupingProperty(), o -> invalidate());
        // a hidden label tells the skin the font CSS gives this control (sizes follow the type scale)
        fontProbe.setVisible(false);
        fontProbe.setManaged(false);
        getChildren().add(fontProbe);
        registerInvalidationListener(fontProbe.fontProperty(), o -> invalidate());
        registerInvalidationListener(vbar.valueProperty(), o -> invalidate());
        registerInvalidationListener(state.highlightsProperty(), o -> invalidate());
        registerInvalidationListener(state.selectionProperty(), o -> {
            revealPending = true;
            invalidate();
        });
        registerInvalidationListener(state.timelineProperty(), o -> invalidate());
        registerInvalidationListener(state.filterProperty(), o -> invalidate());
        registerInvalidationListener(state.focusDateProperty(), o -> invalidate());

        installMouse(view);
        installKeyboard(view);
    }

    // ---- layout and drawing ------------------------------------------------------------------

    private void invalidate() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    // The content is drawn to fit whatever size the window gives; it must never push the window.
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 80;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 300;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (!dirty && w == drawnWidth && h == drawnHeight) {
            return;
        }
        dirty = false;
        drawnWidth = w;
        drawnHeight = h;
        TimelineView view = getSkinnable();
        measureFont(view);
        double itemsX = x + headerWidth;
        double itemsW = Math.max(10, w - headerWidth);
        double itemsY = y + axisHeight;
        double itemsH = Math.max(10, h - axisHeight);

        List<Event> visible = view.getState().eventIndex()
                .overlapping((long) Math.floor(view.getStartDay()), (long) Math.ceil(view.getEndDay()));
        visible = visible.stream().filter(view.getState().getFilter()::accepts).toList();
        lanes = LaneLayout.layout(view.getState().getTimeline(), view.getLaneGrouping(), visible,
                view.getStartDay(), view.getEndDay(), itemsW, this::labelWidth);

        double contentH = 0;
        for (LaneLayout.Lane lane : lanes) {
            contentH += lane.rows() * rowHeight + laneGap;
        }
        boolean scroll = contentH > itemsH;
        vbar.setVisible(scroll);
        double barW = scroll ? vbar.prefWidth(-1) : 0;
        vbar.setMax(Math.max(0, contentH - itemsH));
        vbar.setVisibleAmount(itemsH);
        if (vbar.getValue() > vbar.getMax()) {
            vbar.setValue(vbar.getMax());
        }
        double offset = scroll ? vbar.getValue() : 0;
        itemsW -= barW;

        items.resizeRelocate(itemsX, itemsY, itemsW, itemsH);
        itemsClip.setWidth(itemsW);
        itemsClip.setHeight(itemsH);
        headers.resizeRelocate(x, itemsY, headerWidth, itemsH);
        axis.resizeRelocate(itemsX, y, itemsW, axisHeight);
        vbar.resizeRelocate(x + w - barW, itemsY, barW, itemsH);
        Rectangle headersClip = new Rectangle(headerWidth, itemsH);
        headers.setClip(headersClip);

        drawAxis(view, itemsW);
        drawLanes(view, itemsW, offset);
        if (revealPending && scroll && revealLaneOfSelection(itemsH)) {
            return; // the scroll bar moved: this layout pass runs again with the new offset
        }
        revealPending = false;
        drawCursor(view, itemsX, y, itemsW, h);
    }

    private void measureFont(TimelineView view) {
        measure.setFont(fontProbe.getFont());
        measure.setText("0000");
        charWidth = Math.max(4, measure.getLayoutBounds().getWidth() / 4);
        double lineHeight = measure.getLayoutBounds().getHeight();
        rowHeight = Math.ceil(lineHeight * 1.7);
        axisHeight = Math.ceil(lineHeight * 2.6);
        laneGap = Math.ceil(lineHeight * 0.5);
        headerWidth = Math.ceil(charWidth * 18);
    }

    private double labelWidth(Event event) {
        measure.setText(EventNode.labelText(event));
        return measure.getLayoutBounds().getWidth() + 4;
    }

    private void drawAxis(TimelineView view, double width) {
        axis.getChildren().clear();
        double s = view.getStartDay();
        double e = view.getEndDay();
        TickSpacing ticks = TickSpacing.compute(s, e, width, charWidth, Locale.getDefault());
        double pxPerDay = width / (e - s);
        double lineH = axisHeight / 2;
        List<TickSpacing.Tick> majors = ticks.majorTicks();
        for (int i = 0; i < majors.size(); i++) {
            TickSpacing.Tick tick = majors.get(i);
            double x = (tick.epochDay() - s) * pxPerDay;
            double nextX = i + 1 < majors.size() ? (majors.get(i + 1).epochDay() - s) * pxPerDay : width;
            // the major label sticks to the left edge while its period is still on screen
            double labelX = Math.max(x, 0) + 4;
            Text label = tickLabel(tick.label(), "major-tick-label");
            double labelW = textWidth(label);
            if (labelX + labelW > nextX - 4) {
                labelX = Math.min(labelX, nextX - labelW - 4);
                if (labelX < x) {
                    continue;
                }
            }
            label.relocate(labelX, (lineH - textHeight(label)) / 2);
            axis.getChildren().add(label);
            if (x >= 0) {
                axis.getChildren().add(tickLine(x, 0, axisHeight, "major-tick"));
            }
        }
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (TickSpacing.Tick tick : ticks.minorTicks()) {
            double x = (tick.epochDay() - s) * pxPerDay;
            if (x < -1 || x > width) {
                continue;
            }
            axis.getChildren().add(tickLine(x, lineH, axisHeight, "minor-tick"));
            Text label = tickLabel(tick.label(), "minor-tick-label");
            double labelW = textWidth(label);
            if (x + 3 > lastEnd && x + 3 + labelW < width) {
                label.relocate(x + 3, lineH + (lineH - textHeight(label)) / 2);
                axis.getChildren().add(label);
                lastEnd = x + 3 + labelW + 4;
            }
        }
        Line baseline = new Line(0, axisHeight - 0.5, width, axisHeight - 0.5);
        baseline.getStyleClass().add("axis-line");
        axis.getChildren().add(baseline);
    }

    private Text tickLabel(String text, String styleClass) {
        Text label = new Text(text);
        label.getStyleClass().add(styleClass);
        label.setTextOrigin(javafx.geometry.VPos.TOP);
        label.setManaged(false);
        return label;
    }

    /** Width the text will have once CSS styles it (major labels are bold); measured before that. */
    private double textWidth(Text text) {
        javafx.scene.text.Font base = fontProbe.getFont();
        measure.setFont(text.getStyleClass().contains("major-tick-label")
                ? javafx.scene.text.Font.font(base.getFamily(), javafx.scene.text.FontWeight.BOLD, base.getSize())
                : base);
        measure.setText(text.getText());
        double width = measure.getLayoutBounds().getWidth();
        measure.setFont(base);
        return width;
    }

    private double textHeight(Text text) {
        measure.setText("Ag");
        return measure.getLayoutBounds().getHeight();
    }

    private static Line tickLine(double x, double y0, double y1, String styleClass) {
        Line line = new Line(Math.round(x) + 0.5, y0, Math.round(x) + 0.5, y1);
        line.getStyleClass().add(styleClass);
        return line;
    }

    private void drawLanes(TimelineView view, double width, double offset) {
        items.getChildren().clear();
        headers.getChildren().clear();
        eventNodes.clear();
        Highlights highlights = view.getState().getHighlights();
        double y = -offset;
        boolean odd = false;
        for (LaneLayout.Lane lane : lanes) {
            double laneH = lane.rows() * rowHeight + laneGap;
            Region band = new Region();
            band.getStyleClass().addAll("lane-band", odd ? "lane-odd" : "lane-even");
            band.setManaged(false);
            band.resizeRelocate(0, y, width, laneH);
            band.setMouseTransparent(true);
            items.getChildren().add(band);

            Label header = new Label(lane.label());
            header.getStyleClass().add("lane-header");
            header.setId("lane:" + lane.key());
            header.setManaged(false);
            header.setMinWidth(0);
            header.resizeRelocate(0, y, headerWidth, Math.min(laneH, rowHeight));
            headers.getChildren().add(header);

            for (LaneLayout.Placement placement : lane.placements()) {
                EventNode node = new EventNode(placement.event(), width, rowHeight, placement);
                node.setManaged(false);
                node.relocate(0, y + laneGap / 2 + placement.row() * rowHeight);
                Emphasis emphasis = highlights.ofEvent(placement.event().id());
                node.pseudoClassStateChanged(SELECTED, emphasis == Emphasis.SELECTED);
                node.pseudoClassStateChanged(RELATED, emphasis == Emphasis.RELATED);
                node.pseudoClassStateChanged(DIMMED, emphasis == Emphasis.DIMMED);
                if (emphasis == Emphasis.SELECTED) {
                    node.toFront();
                }
                node.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY && !dragged && !e.isShiftDown()) {
                        view.getState().select(Selection.event(placement.event().id()));
                        view.requestFocus();
                        e.consume();
                    }
                });
                items.getChildren().add(node);
                eventNodes.add(node);
            }
            y += laneH;
            odd = !odd;
        }
        // selected items on top of their neighbours
        eventNodes.stream().filter(n -> n.getPseudoClassStates().contains(SELECTED)).forEach(Node::toFront);
    }

    private void drawCursor(TimelineView view, double itemsX, double y, double width, double h) {
        LocalDate focus = view.getState().getFocusDate();
        double s = view.getStartDay();
        double e = view.getEndDay();
        double x = focus == null ? -1 : (focus.toEpochDay() + 0.5 - s) / (e - s) * width;
        boolean on = focus != null && x >= 0 && x <= width;
        cursorLine.setVisible(on);
        cursorHandle.setVisible(on);
        if (on) {
            double px = Math.round(itemsX + x) + 0.5;
            cursorLine.setStartX(px);
            cursorLine.setEndX(px);
            cursorLine.setStartY(y);
            cursorLine.setEndY(y + h);
            double hw = Math.max(10, charWidth * 1.4);
            cursorHandle.resizeRelocate(px - hw / 2, y + axisHeight - hw, hw, hw);
        }
    }

    /** Scrolls the lanes so the first occurrence of the selected event is visible; true if it scrolled. */
    private boolean revealLaneOfSelection(double viewportHeight) {
        for (EventNode node : eventNodes) {
            if (node.getPseudoClassStates().contains(SELECTED)) {
                double top = node.getLayoutY();
                double bottom = top + rowHeight;
                revealPending = false;
                if (top < 0 || bottom > viewportHeight) {
                    vbar.setValue(Math.max(0, Math.min(vbar.getMax(), vbar.getValue() + top - viewportHeight / 3)));
                    dirty = true;
                    getSkinnable().requestLayout();
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    // ---- coordinates -------------------------------------------------------------------------

    /** The epoch day (fractional) under an x coordinate in the skinnable's coordinates. */
    public double dayAtX(double x) {
        TimelineView view = getSkinnable();
        double w = items.getWidth();
        return view.getStartDay() + (x - items.getLayoutX()) / w * (view.getEndDay() - view.getStartDay());
    }

    /** The x coordinate (skinnable's coordinates) of the start of an epoch day. */
    public double xOfDay(double day) {
        TimelineView view = getSkinnable();
        return items.getLayoutX() + (day - view.getStartDay()) / (view.getEndDay() - view.getStartDay()) * items.getWidth();
    }

    // ---- input --------------------------------------------------------------------------------

    private void installMouse(TimelineView view) {
        view.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getTouchCount() == 0 && !e.isInertia() && Math.abs(e.getDeltaY()) >= Math.abs(e.getDeltaX())
                    && !e.isShiftDown()) {
                if (e.getDeltaY() == 0) {
                    return;
                }
                double factor = e.getDeltaY() > 0 ? 1 / 1.25 : 1.25;
                view.zoom(factor, dayAtX(e.getX()));
            } else {
                double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
                view.pan(-dx / items.getWidth() * (view.getEndDay() - view.getStartDay()));
            }
            e.consume();
        });
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            if (e.getZoomFactor() > 0) {
                view.zoom(1 / e.getZoomFactor(), dayAtX(e.getX()));
            }
            e.consume();
        });
        cursorHandle.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            draggingCursor = true;
            e.consume();
        });
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            view.requestFocus();
            dragged = false;
            if (e.isShiftDown() && e.getButton() == MouseButton.PRIMARY) {
                setFocusDateAt(e.getX());
                draggingCursor = true;
                return;
            }
            if (!draggingCursor) {
                dragStartX = e.getX();
                dragStartDay = view.getStartDay();
            }
        });
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (draggingCursor) {
                setFocusDateAt(e.getX());
                dragged = true;
                return;
            }
            if (Double.isNaN(dragStartX)) {
                return;
            }
            double dx = e.getX() - dragStartX;
            if (Math.abs(dx) > 3) {
                dragged = true;
            }
            double span = view.getEndDay() - view.getStartDay();
            double start = dragStartDay - dx / items.getWidth() * span;
            view.setVisibleDays(start, start + span);
        });
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            dragStartX = Double.NaN;
            draggingCursor = false;
        });
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || dragged || e.isShiftDown()) {
                return;
            }
            if (e.getClickCount() == 2) {
                view.zoom(0.5, dayAtX(e.getX()));
            } else if (e.getX() > items.getLayoutX() && e.getY() > items.getLayoutY()) {
                view.getState().clearSelection(); // a click on empty space; clicks on events are consumed
            }
        });
    }

    private void setFocusDateAt(double x) {
        double day = Math.floor(dayAtX(x));
        getSkinnable().getState().setFocusDate(LocalDate.ofEpochDay((long) day));
    }

    private void installKeyboard(TimelineView view) {
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            double span = view.getEndDay() - view.getStartDay();
            KeyCode code = e.getCode();
            boolean handled = true;
            if (code == KeyCode.LEFT || code == KeyCode.KP_LEFT) {
                if (e.isShortcutDown()) {
                    view.pan(-span * 0.1);
                } else if (!e.isAltDown()) {
                    view.selectAdjacent(-1);
                } else {
                    handled = false;
                }
            } else if (code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT) {
                if (e.isShortcutDown()) {
                    view.pan(span * 0.1);
                } else if (!e.isAltDown()) {
                    view.selectAdjacent(+1);
                } else {
                    handled = false;
                }
            } else if ((code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) && !e.isShortcutDown()) {
                view.zoomIn();
            } else if ((code == KeyCode.MINUS || code == KeyCode.SUBTRACT) && !e.isShortcutDown()) {
                view.zoomOut();
            } else if (code == KeyCode.HOME) {
                view.fitAll();
            } else if (code == KeyCode.ESCAPE) {
                view.getState().clearSelection();
            } else {
                handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
    }

    /** Event nodes currently on screen, for tests and accessibility. */
    List<EventNode> eventNodes() {
        return eventNodes;
    }
}
