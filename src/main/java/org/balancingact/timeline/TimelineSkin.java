package org.balancingact.timeline;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Highlights;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.index.LaneIndex;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.Event;

/**
 * Draws a {@link TimelineView}: the axis, lane bands and sticky headers (a few nodes), the events and
 * cluster badges on one {@link Canvas} (so a frame costs what is on screen, not what is loaded), the
 * overview strip and the time cursor. Each frame: {@link LanesInView} places what is in view,
 * {@link LanePainter} draws it into a {@link DrawnRecord} (hit tests, keyboard, accessibility, tests and
 * the layout audit read that record). The selected event is always drawn as itself with its title: this
 * skin pans and scrolls until it is ({@link SelectionReveal}). Input lives in {@link TimelineInput}.
 */
public class TimelineSkin extends SkinBase<TimelineView> {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass RELATED = PseudoClass.getPseudoClass("related");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");

    private final Label fontProbe = new Label("M");
    private final TimelineAxis axis = new TimelineAxis(fontProbe);
    private final Pane bands = new Pane();
    private final Pane headers = new Pane();
    private final Canvas canvas = new Canvas();
    private final ScrollBar vbar = new ScrollBar();
    private final Line cursorLine = new Line();
    private final Region cursorHandle = new Region();
    private final OverviewStrip overview;
    private final Palette palette = new Palette();
    private final ItemPainter painter = new ItemPainter();
    private final LanePainter lanePainter;
    private final Rectangle bandsClip = new Rectangle();
    private final Rectangle headersClip = new Rectangle();
    /** The part of the canvas in use: the lanes, without the scroll bar's strip and the room below them. */
    private final Rectangle canvasClip = new Rectangle();

    private RowMetrics metrics = RowMetrics.of(javafx.scene.text.Font.getDefault(), false);
    private LaneIndex laneIndex;
    private RelatedStarts related = RelatedStarts.NONE;
    private final Set<String> collapsed = new HashSet<>();
    private final DrawnRecord record = new DrawnRecord();
    private String hoveredId;
    private boolean dirty = true;
    private boolean indexDirty = true;
    private boolean relatedDirty = true;
    /** Passes left to bring the selection into view (a pan or a scroll asks for another layout pass). */
    private int revealPasses;
    /** True while the view shows the opening frame the user has not moved away from: a resize frames again. */
    private boolean openingShown;
    /** Set while this skin itself moves the view (opening frame, reveal), so that is not taken for the user's move. */
    private boolean framing;
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    public TimelineSkin(TimelineView view) {
        super(view);
        bands.getStyleClass().add("lane-bands");
        bands.setMouseTransparent(true);
        headers.getStyleClass().add("lane-headers");
        bands.setClip(bandsClip);
        headers.setClip(headersClip);
        canvas.getStyleClass().add("items");
        canvas.setId("timeline-items");
        canvas.setClip(canvasClip);
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.getStyleClass().add("lane-scroll");
        vbar.setVisible(false);
        cursorLine.getStyleClass().add("time-cursor");
        cursorLine.setMouseTransparent(true);
        cursorHandle.getStyleClass().add("time-cursor-handle");
        cursorHandle.setCursor(Cursor.H_RESIZE);
        cursorHandle.setId("time-cursor");
        cursorHandle.setManaged(false);
        overview = new OverviewStrip(view, () -> laneIndex);
        fontProbe.setVisible(false);
        fontProbe.setManaged(false);
        lanePainter = new LanePainter(canvas, painter, new BadgeStamps(LanesInView.COLUMN_CAPACITY + 1), bands, headers,
                this::toggleCollapsed);
        // the time cursor's line runs behind the events, so it never crosses out a title
        getChildren().addAll(bands, cursorLine, canvas, headers, axis.node(), overview, cursorHandle, vbar, fontProbe,
                palette.node());

        ExplorerState state = view.getState();
        registerInvalidationListener(view.startDayProperty(), o -> viewMoved());
        registerInvalidationListener(view.endDayProperty(), o -> viewMoved());
        registerInvalidationListener(view.laneGroupingProperty(), o -> reindex());
        registerInvalidationListener(view.overviewVisibleProperty(), o -> invalidate());
        registerInvalidationListener(view.framingRequestProperty(), o -> invalidate());
        registerInvalidationListener(fontProbe.fontProperty(), o -> invalidate());
        registerInvalidationListener(vbar.valueProperty(), o -> invalidate());
        registerInvalidationListener(state.highlightsProperty(), o -> {
            relatedDirty = true;
            invalidate();
        });
        registerInvalidationListener(state.selectionProperty(), o -> {
            revealPasses = 3;
            invalidate();
        });
        registerInvalidationListener(state.timelineProperty(), o -> reindex());
        registerInvalidationListener(state.filterProperty(), o -> reindex());
        registerInvalidationListener(state.focusDateProperty(), o -> invalidate());
        new TimelineInput(view, this).install(cursorHandle);
        preloadFormats();
    }

    /**
     * Loads, off the FX thread, what the first zooms would otherwise load on it: the language's month
     * names and date formats for the axis, the compact number format of the badges.
     */
    private static void preloadFormats() {
        Locale locale = Messages.locale();
        Thread preload = new Thread(() -> {
            TickSpacing.preload(locale);
            NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
            for (int count = 4; count < 2_000_000; count = count * 3 + 1) {
                compact.format(count);
            }
        }, "timeline-preload");
        preload.setDaemon(true);
        preload.setPriority(Thread.MIN_PRIORITY);
        preload.start();
    }

    private void reindex() {
        indexDirty = true;
        relatedDirty = true;
        collapsed.clear();
        invalidate();
    }

    private void viewMoved() {
        if (!framing) {
            openingShown = false; // the user (or a caller) moved the view: a resize keeps what they chose
        }
        invalidate();
    }

    void invalidate() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    /** Lanes and events by time, rebuilt only when the data, the filter or the grouping change. */
    LaneIndex laneIndex() {
        if (indexDirty || laneIndex == null) {
            TimelineView view = getSkinnable();
            LaneGrouping grouping = view.getLaneGrouping();
            var timeline = view.getState().getTimeline();
            List<Event> shown = view.shownEvents();
            laneIndex = new LaneIndex(shown, grouping.lanesOf(timeline), e -> grouping.keysOf(e, timeline));
            indexDirty = false;
            overview.dataChanged();
        }
        return laneIndex;
    }

    /** The highlighted events' days per lane, for the badges' related counts; rebuilt when the selection changes. */
    private RelatedStarts related(LaneIndex index) {
        if (relatedDirty) {
            relatedDirty = false;
            TimelineView view = getSkinnable();
            Highlights h = view.getState().getHighlights();
            if (!h.isActive() || h.selection() instanceof Selection.OfEvent || h.events().isEmpty()) {
                related = RelatedStarts.NONE;
            } else {
                var timeline = view.getState().getTimeline();
                List<Event> events = new ArrayList<>();
                h.events().forEach(id -> timeline.event(id).filter(view.getState().getFilter()::accepts).ifPresent(events::add));
                related = RelatedStarts.of(events, e -> laneIndexes(index, view.getLaneGrouping().keysOf(e, timeline)));
            }
        }
        return related;
    }

    private static int[] laneIndexes(LaneIndex index, List<String> keys) {
        return keys.stream().mapToInt(k -> index.laneKeys().indexOf(k)).filter(i -> i >= 0).toArray();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (!dirty && w == drawnWidth && h == drawnHeight) {
            return;
        }
        boolean resized = w != drawnWidth || h != drawnHeight;
        dirty = false;
        drawnWidth = w;
        drawnHeight = h;
        TimelineView view = getSkinnable();
        palette.refresh();
        LaneIndex index = laneIndex();
        metrics = RowMetrics.of(fontProbe.getFont(), index.laneCount() == 1);
        double overviewH = view.isOverviewVisible() ? metrics.overviewHeight() : 0;
        double itemsX = x + metrics.headerWidth();
        double itemsW = Math.max(10, w - metrics.headerWidth());
        double itemsY = y + metrics.axisHeight();
        double itemsH = Math.max(10, h - metrics.axisHeight() - overviewH);

        Event kept = view.selectedEvent().filter(view.getState().getFilter()::accepts).orElse(null);
        LanesInView.Request request = new LanesInView.Request(index, view.getLaneGrouping(), view.getState().getTimeline(),
                collapsed, view.getStartDay(), view.getEndDay(), itemsW, itemsH, metrics, kept, related(index),
                this::labelWidth);
        if (frameIfAsked(view, request, itemsH, resized)) {
            request = request.withDays(view.getStartDay(), view.getEndDay());
        }
        double barW = Math.max(vbar.prefWidth(-1), Math.ceil(metrics.charWidth() * 1.5));
        LanesInView lanes = LanesInView.compute(request, barW);
        boolean scroll = lanes.scrolls(itemsH);
        barW = scroll ? itemsW - lanes.width : 0;
        vbar.setVisible(scroll);
        vbar.setMax(Math.max(0, lanes.contentHeight - itemsH));
        vbar.setVisibleAmount(itemsH);
        if (vbar.getValue() > vbar.getMax()) {
            vbar.setValue(vbar.getMax());
        }
        if (revealPasses > 0 && scroll) {
            scrollToLaneOfSelection(view, lanes, itemsH);
        }
        double offset = scroll ? vbar.getValue() : 0;
        itemsW = lanes.width;

        place(x, y, w, itemsX, itemsY, itemsW, itemsH, barW, lanes.contentHeight - offset, overviewH);
        axis.draw(view, itemsW, metrics.axisHeight(), metrics.charWidth());
        record.itemsArea = new BoundingBox(itemsX, itemsY, itemsW, itemsH);
        record.lanesInSight = new BoundingBox(itemsX, itemsY, itemsW, canvasClip.getHeight());
        ItemPainter.Context context = new ItemPainter.Context(palette, ev -> view.getState().getHighlights().ofEvent(ev.id()),
                this::copiesOf, hoveredId);
        lanePainter.paint(lanes, new LanePainter.Frame(itemsW, itemsH, offset, itemsX, itemsY, view.getStartDay(),
                view.getEndDay(), metrics, metrics.headerWidth()), context, collapsed, record);
        if (revealPasses > 0 && revealSelection(view, kept, itemsY, itemsH)) {
            return; // the view moved: this layout runs again
        }
        revealPasses = 0;
        drawCursor(view, itemsX, y, itemsW, metrics.axisHeight() + itemsH);
        updateAccessibleText(view);
    }

    /** Sizes and places the nodes around the canvas for this frame. */
    private void place(double x, double y, double w, double itemsX, double itemsY, double itemsW, double itemsH,
                       double barW, double lanesH, double overviewH) {
        // The canvas keeps the size of the whole items area whether the scroll bar shows or not: a new
        // size is a new pixel buffer, allocated and cleared, and zooming in and out of the level where
        // the lanes start to need a scroll bar would otherwise reallocate it at every step. A clip
        // shows the part in use: the lanes, narrower by the scroll bar, and not the empty room below
        // the last lane, which the renderer would otherwise clear and blend pixel by pixel every frame.
        canvas.relocate(itemsX, itemsY);
        if (canvas.getWidth() != itemsW + barW || canvas.getHeight() != itemsH) {
            canvas.setWidth(itemsW + barW);
            canvas.setHeight(itemsH);
        }
        canvasClip.setWidth(itemsW);
        canvasClip.setHeight(Math.max(0, Math.min(itemsH, lanesH)));
        bands.resizeRelocate(itemsX, itemsY, itemsW, itemsH);
        // the clips are resized, not replaced: a new clip node is a new node to style every frame
        bandsClip.setWidth(itemsW);
        bandsClip.setHeight(itemsH);
        double headerW = metrics.headerWidth();
        headers.setVisible(headerW > 0);
        headers.resizeRelocate(x, itemsY, headerW, itemsH);
        headersClip.setWidth(headerW);
        headersClip.setHeight(itemsH);
        axis.node().resizeRelocate(itemsX, y, itemsW, metrics.axisHeight());
        vbar.resizeRelocate(x + w - barW, itemsY, barW, itemsH);
        overview.setVisible(overviewH > 0);
        overview.resizeRelocate(itemsX, itemsY + itemsH, itemsW, overviewH);
    }

    /**
     * The opening frame (a new file, or a resize before the user moved the view) and a caller's framing
     * ({@link TimelineView#frameEvent}, Zoom to selection): picks the range where the most of the wanted
     * titles can be read whole at this size. True when it moved the view.
     */
    private boolean frameIfAsked(TimelineView view, LanesInView.Request request, double lanesH, boolean resized) {
        TimelineView.FramingRequest asked = view.takeFramingRequest();
        boolean opening = asked != null ? asked.isOpening() : openingShown && resized;
        if (asked == null && !opening) {
            return false;
        }
        if (opening) {
            asked = null;
        }
        var timeline = view.getState().getTimeline();
        List<Event> events = asked == null ? List.of()
                : asked.eventIds().stream().map(timeline::event).flatMap(Optional::stream).toList();
        LanesInView.Request base = request;
        if (asked != null && asked.keepFirst() && !events.isEmpty()) {
            base = new LanesInView.Request(request.index(), request.grouping(), request.timeline(), request.collapsed(),
                    request.startDay(), request.endDay(), request.width(), request.height(), request.metrics(),
                    events.get(0), request.related(), request.labelWidth());
        }
        OpeningFrame.Choice choice = OpeningFrame.choose(base, view.shownEvents(), lanesH,
                asked == null ? OpeningFrame.Goal.OPENING : new OpeningFrame.Goal(events, false));
        if (choice == null) {
            return false;
        }
        if (asked != null && asked.animate()) {
            view.animateTo(choice.startDay(), choice.endDay());
            return false; // the animation moves the view frame by frame
        }
        framing = true;
        try {
            view.setVisibleDays(choice.startDay(), choice.endDay());
        } finally {
            framing = false;
        }
        openingShown = opening && asked == null;
        return true;
    }

    /** Pans until the selected event is drawn whole in sight; true when it moved the view. */
    private boolean revealSelection(TimelineView view, Event kept, double itemsY, double itemsH) {
        revealPasses--;
        if (kept == null) {
            return false;
        }
        Optional<DrawnItem> drawn = record.selected();
        if (drawn.isPresent() && drawn.get().wholeTitle() && record.readable().contains(kept.id())) {
            return false;
        }
        if (drawn.isPresent() && vbar.isVisible()) {
            double top = drawn.get().mark().getMinY() - itemsY;
            if (top < 0 || top + metrics.rowHeight() > itemsH) {
                vbar.setValue(Math.max(0, Math.min(vbar.getMax(), vbar.getValue() + top - itemsH / 3)));
                invalidate();
                return true;
            }
        }
        double width = record.itemsArea.getWidth();
        double pan = SelectionReveal.panDays(view.getStartDay(), view.getEndDay(), width, TimeSpan.startDay(kept.when()),
                TimeSpan.endDay(kept.when()), LaneLayout.POST_PX + LaneLayout.LABEL_PAD + labelWidth(kept),
                metrics.charWidth() * 2);
        if (pan == 0) {
            return false;
        }
        framing = true;
        try {
            view.setVisibleDays(view.getStartDay() + pan, view.getEndDay() + pan);
        } finally {
            framing = false;
        }
        openingShown = false;
        return true;
    }

    /** Before drawing: scrolls to the first lane of the selected event when it is out of sight. */
    private void scrollToLaneOfSelection(TimelineView view, LanesInView lanes, double viewportHeight) {
        Optional<Event> event = view.selectedEvent();
        if (event.isEmpty()) {
            return;
        }
        List<String> keys = view.getLaneGrouping().keysOf(event.get(), view.getState().getTimeline());
        double top = 0;
        for (LaneLayout.Lane lane : lanes.lanes) {
            if (keys.contains(lane.key())) {
                for (LaneLayout.Placement p : lane.placements()) {
                    if (p.event().id().equals(event.get().id())) {
                        double rowTop = top + metrics.laneGap() / 2 + p.row() * metrics.rowHeight();
                        double offset = vbar.getValue();
                        if (rowTop < offset || rowTop + metrics.rowHeight() > offset + viewportHeight) {
                            vbar.setValue(Math.max(0, Math.min(vbar.getMax(), rowTop - viewportHeight / 3)));
                        }
                        return;
                    }
                }
            }
            top += metrics.laneHeight(lane.rows());
        }
    }

    /** In how many lanes an event is drawn (an event with two themes, grouped by theme: two). */
    private int copiesOf(Event event) {
        if (laneIndex == null || laneIndex.laneCount() < 2) {
            return 1;
        }
        return getSkinnable().getLaneGrouping().keysOf(event, getSkinnable().getState().getTimeline()).size();
    }

    private void toggleCollapsed(String key) {
        if (!collapsed.remove(key)) {
            collapsed.add(key);
        }
        invalidate();
    }

    /** Whether a lane shows only badges (collapsed by a click on its header). */
    public boolean isCollapsed(String key) {
        return collapsed.contains(key);
    }

    /**
     * Room an event's title takes in the font of its state (the selected and related ones are bold), and
     * the "×2" of an event drawn in two lanes.
     */
    private double labelWidth(Event event) {
        var emphasis = getSkinnable().getState().getHighlights().ofEvent(event.id());
        return painter.textWidth(EventText.label(event), palette.look(emphasis).font()) + 4
                + painter.copiesWidth(copiesOf(event), palette);
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
            double hw = Math.max(10, metrics.charWidth() * 1.4);
            cursorHandle.resizeRelocate(px - hw / 2, y + metrics.axisHeight() - hw, hw, hw);
        }
    }

    /** The control speaks the selected event: title, date in words, approximate or uncertain. */
    private void updateAccessibleText(TimelineView view) {
        String text = view.selectedEvent().map(EventText::accessibleText).map(t -> Messages.get("timeline.accessible.selected", t))
                .orElse(Messages.get("timeline.accessible"));
        if (!text.equals(view.getAccessibleText())) {
            view.setAccessibleText(text);
        }
    }

    // ---- pointing ------------------------------------------------------------------------------

    /** The event under the pointer (its copies in other lanes light up with it), or null. */
    void setHovered(String eventId) {
        if (!java.util.Objects.equals(eventId, hoveredId)) {
            hoveredId = eventId;
            invalidate();
        }
    }

    String hovered() {
        return hoveredId;
    }

    // ---- what is on screen (hit tests, keyboard, tests, the layout audit) ---------------------

    /** Events drawn this frame, in drawing order (the selected ones last, on top). */
    public List<DrawnItem> drawnItems() {
        return List.copyOf(record.items);
    }

    public List<DrawnCluster> drawnClusters() {
        return List.copyOf(record.clusters);
    }

    /** The first drawn occurrence of an event, if it is on screen and not inside a cluster. */
    public Optional<DrawnItem> drawnItem(String id) {
        return record.item(id);
    }

    /**
     * The events a user can read now: drawn with their whole title, in sight (not scrolled away, not
     * past an edge), nothing drawn over the title. Each id once, whatever its copies.
     */
    public Set<String> readableEvents() {
        return Set.copyOf(record.readable());
    }

    /** Whether an event is counted in one of the badges drawn now (it is on screen, inside a cluster). */
    public boolean isInCluster(String id) {
        TimelineView view = getSkinnable();
        var timeline = view.getState().getTimeline();
        return timeline.event(id).map(event -> {
            List<String> keys = view.getLaneGrouping().keysOf(event, timeline);
            double start = Math.max(TimeSpan.startDay(event.when()), view.getStartDay());
            return record.clusters.stream().anyMatch(c -> keys.contains(laneIndex.laneKeys().get(c.cluster().lane()))
                    && start >= c.cluster().fromDay() - (c.cluster().toDay() - c.cluster().fromDay())
                    && start < c.cluster().toDay());
        }).orElse(false);
    }

    Optional<DrawnItem> itemAt(double x, double y) {
        return record.itemAt(x, y);
    }

    Optional<DrawnCluster> clusterAt(double x, double y) {
        return record.clusterAt(x, y);
    }

    /** The lane index at a y coordinate, or -1. */
    int laneAtY(double y) {
        return record.laneAtY(y);
    }

    boolean inItemsArea(double x, double y) {
        var area = record.itemsArea;
        return area.contains(x, y) && x < area.getMaxX() && y < area.getMaxY();
    }

    double itemsWidth() {
        return record.itemsArea.getWidth();
    }

    /** The epoch day (fractional) under an x coordinate in the skinnable's coordinates. */
    public double dayAtX(double x) {
        TimelineView view = getSkinnable();
        var area = record.itemsArea;
        return view.getStartDay() + (x - area.getMinX()) / area.getWidth() * (view.getEndDay() - view.getStartDay());
    }

    /** The x coordinate (skinnable's coordinates) of the start of an epoch day. */
    public double xOfDay(double day) {
        TimelineView view = getSkinnable();
        var area = record.itemsArea;
        return area.getMinX() + (day - view.getStartDay()) / (view.getEndDay() - view.getStartDay()) * area.getWidth();
    }

    OverviewStrip overview() {
        return overview;
    }
}
