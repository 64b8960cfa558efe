package org.balancingact.timeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.balancingact.explore.ExplorerState;
import org.balancingact.i18n.Messages;
import org.balancingact.index.LaneIndex;
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
    private final TimeCursor cursor = new TimeCursor();
    private final OverviewStrip overview;
    private final Palette palette = new Palette();
    private final ItemPainter painter = new ItemPainter();
    private final LanePainter lanePainter;
    private final Rectangle bandsClip = new Rectangle();
    private final Rectangle headersClip = new Rectangle();
    /** The part of the canvas in use: the lanes, without the scroll bar's strip and the room below them. */
    private final Rectangle canvasClip = new Rectangle();

    private RowMetrics metrics = RowMetrics.of(javafx.scene.text.Font.getDefault(), false);
    private javafx.scene.text.Font metricsFont;
    private LaneIndex laneIndex;
    private RelatedStarts related = RelatedStarts.NONE;
    private final Set<String> collapsed = new HashSet<>();
    private final DrawnRecord record = new DrawnRecord();
    private String hoveredId;
    private boolean dirty = true;
    private boolean indexDirty = true;
    private boolean relatedDirty = true;
    private final ViewFraming framing;
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
        overview = new OverviewStrip(view, () -> laneIndex);
        framing = new ViewFraming(view);
        fontProbe.setVisible(false);
        fontProbe.setManaged(false);
        lanePainter = new LanePainter(canvas, painter, new BadgeStamps(LanesInView.COLUMN_CAPACITY + 1, true), bands, headers,
                this::toggleCollapsed);
        // the time cursor's line runs behind the events and stops short of their titles (TimeCursor)
        getChildren().addAll(bands, cursor.line, canvas, headers, axis.node(), overview, cursor.handle, vbar, fontProbe,
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
            framing.selectionChanged();
            invalidate();
        });
        registerInvalidationListener(state.timelineProperty(), o -> reindex());
        registerInvalidationListener(state.filterProperty(), o -> reindex());
        registerInvalidationListener(state.focusDateProperty(), o -> invalidate());
        new TimelineInput(view, this).install(cursor.handle);
        TickSpacing.preloadInBackground(Messages.locale());
    }

    private void reindex() {
        indexDirty = true;
        relatedDirty = true;
        collapsed.clear();
        invalidate();
    }

    private void viewMoved() {
        framing.viewMoved();
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
            related = RelatedStarts.forHighlights(getSkinnable(), index);
        }
        return related;
    }

    static int[] laneIndexes(LaneIndex index, List<String> keys) {
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
        boolean oneLane = index.laneCount() == 1;
        if (fontProbe.getFont() != metricsFont || oneLane != (metrics.headerWidth() == 0)) {
            metrics = RowMetrics.of(fontProbe.getFont(), oneLane); // measured again only when the font changes
            metricsFont = fontProbe.getFont();
        }
        double overviewH = view.isOverviewVisible() ? metrics.overviewHeight() : 0;
        double itemsX = x + metrics.headerWidth();
        double itemsW = Math.max(10, w - metrics.headerWidth());
        double itemsY = y + metrics.axisHeight();
        double itemsH = Math.max(10, h - metrics.axisHeight() - overviewH);

        Event kept = view.selectedEvent().filter(view.getState().getFilter()::accepts).orElse(null);
        LanesInView.Request request = new LanesInView.Request(index, view.getLaneGrouping(), view.getState().getTimeline(),
                collapsed, view.getStartDay(), view.getEndDay(), itemsW, itemsH, metrics, kept, related(index),
                ev -> view.getState().getHighlights().ofEvent(ev.id()) == org.balancingact.explore.Emphasis.RELATED,
                this::labelWidth);
        if (framing.frameIfAsked(request, itemsH, resized)) {
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
        if (framing.revealing() && scroll) {
            scrollToLaneOfSelection(view, lanes, itemsH);
        }
        double offset = scroll ? vbar.getValue() : 0;
        itemsW = lanes.width;

        place(x, y, w, itemsX, itemsY, itemsW, itemsH, barW, scroll ? lanes.wholeRowsInSight(offset, itemsH, metrics)
                : lanes.contentHeight, overviewH);
        LocalDate focus = view.getState().getNetworkDate(); // null: no network, no cursor
        axis.draw(view, itemsW, metrics.axisHeight(), metrics.charWidth(), TimeCursor.handleSpan(
                focus, view.getStartDay(), view.getEndDay(), itemsW, metrics.charWidth()));
        record.itemsArea = new BoundingBox(itemsX, itemsY, itemsW, itemsH);
        record.lanesInSight = new BoundingBox(itemsX, itemsY, itemsW, canvasClip.getHeight());
        ItemPainter.Context context = new ItemPainter.Context(palette, ev -> view.getState().getHighlights().ofEvent(ev.id()),
                this::copiesOf, hoveredId);
        lanePainter.paint(lanes, new LanePainter.Frame(itemsW, itemsH, offset, itemsX, itemsY, view.getStartDay(),
                view.getEndDay(), metrics, metrics.headerWidth()), context, collapsed, record);
        if (framing.revealing() && framing.reveal(kept, record, vbar, metrics, itemsY, itemsH, this::labelWidth)) {
            invalidate();
            return; // the view moved or scrolled: this layout runs again
        }
        framing.revealed();
        cursor.draw(focus, view.getStartDay(), view.getEndDay(), itemsX, y, itemsW,
                metrics.axisHeight() + itemsH, metrics.axisHeight(), metrics.charWidth(), record);
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

    /** Before drawing: scrolls to the selected event's row when it is out of sight. */
    private void scrollToLaneOfSelection(TimelineView view, LanesInView lanes, double viewportHeight) {
        double rowTop = view.selectedEvent().map(e -> lanes.rowTopOf(e.id(), metrics)).orElse(-1.0);
        double offset = vbar.getValue();
        if (rowTop >= 0 && (rowTop < offset || rowTop + metrics.rowHeight() > offset + viewportHeight)) {
            vbar.setValue(Math.max(0, Math.min(vbar.getMax(), rowTop - viewportHeight / 3)));
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

    /** The names of the other lanes an item's event is drawn in (an event with two themes). */
    List<String> otherLanesOf(DrawnItem item) {
        TimelineView view = getSkinnable();
        var timeline = view.getState().getTimeline();
        if (laneIndex == null || laneIndex.laneCount() < 2) {
            return List.of();
        }
        String own = laneIndex.laneKeys().get(item.lane());
        return view.getLaneGrouping().keysOf(item.event(), timeline).stream().filter(k -> !k.equals(own))
                .map(k -> view.getLaneGrouping().laneLabel(k, timeline)).toList();
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
        return timeline.event(id).map(event -> record.inCluster(event, view.getStartDay(),
                laneIndexes(laneIndex(), view.getLaneGrouping().keysOf(event, timeline)))).orElse(false);
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
