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
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Highlights;
import org.balancingact.i18n.Messages;
import org.balancingact.index.LaneIndex;
import org.balancingact.model.Event;

/**
 * Draws a {@link TimelineView}: the axis, lane bands and sticky headers (a few nodes), the events and
 * cluster badges on one {@link Canvas} (so a frame costs what is on screen, not what is loaded), the
 * overview strip and the time cursor. What was drawn is kept as {@link DrawnItem}s for hit tests,
 * the keyboard model, accessibility and tests. Input lives in {@link TimelineInput}.
 */
public class TimelineSkin extends SkinBase<TimelineView> {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass RELATED = PseudoClass.getPseudoClass("related");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    static final PseudoClass COLLAPSED = PseudoClass.getPseudoClass("collapsed");
    /** Most events a badge-wide column shows one by one before it becomes a cluster. */
    static final int COLUMN_CAPACITY = 3;

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
    private final BadgeStamps stamps = new BadgeStamps(COLUMN_CAPACITY + 1);
    private int[] badgeCounts = new int[512];
    private final Text measure = new Text();
    private final Rectangle bandsClip = new Rectangle();
    private final Rectangle headersClip = new Rectangle();
    private final NodePool<Region> bandPool = new NodePool<>(bands, Region::new);
    private final NodePool<Label> headerPool = new NodePool<>(headers, this::newHeader);

    private double headerWidth = 150;
    private double axisHeight = 44;
    private double rowHeight = 28;
    private double laneGap = 8;
    private double charWidth = 8;
    private double overviewHeight = 40;

    private LaneIndex laneIndex;
    private final Set<String> collapsed = new HashSet<>();
    private final List<DrawnItem> drawnItems = new ArrayList<>();
    private final List<DrawnCluster> drawnClusters = new ArrayList<>();
    private final List<double[]> laneSpans = new ArrayList<>();
    private boolean dirty = true;
    private boolean indexDirty = true;
    private boolean revealPending;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    /** Where the lanes are shown: the items area left of the scroll bar (when it shows). */
    private Bounds itemsArea = new BoundingBox(0, 0, 0, 0);
    /** The part of the canvas in use: the lanes, without the scroll bar's strip and the room below them. */
    private final Rectangle canvasClip = new Rectangle();

    /** A cluster badge as drawn: the bounds in the control's coordinates and the days it covers. */
    public record DrawnCluster(ClusterLayout.Cluster cluster, Bounds bounds) {
        public int count() {
            return cluster.count();
        }

        /** First day of the column the badge stands for (fractional epoch day). */
        public double fromDay() {
            return cluster.fromDay();
        }

        public double toDay() {
            return cluster.toDay();
        }
    }

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
        getChildren().addAll(bands, canvas, headers, axis.node(), overview, cursorLine, cursorHandle, vbar, fontProbe,
                palette.node());

        ExplorerState state = view.getState();
        registerInvalidationListener(view.startDayProperty(), o -> invalidate());
        registerInvalidationListener(view.endDayProperty(), o -> invalidate());
        registerInvalidationListener(view.laneGroupingProperty(), o -> reindex());
        registerInvalidationListener(fontProbe.fontProperty(), o -> invalidate());
        registerInvalidationListener(vbar.valueProperty(), o -> invalidate());
        registerInvalidationListener(state.highlightsProperty(), o -> invalidate());
        registerInvalidationListener(state.selectionProperty(), o -> {
            revealPending = true;
            invalidate();
        });
        registerInvalidationListener(state.timelineProperty(), o -> reindex());
        registerInvalidationListener(state.filterProperty(), o -> reindex());
        registerInvalidationListener(state.focusDateProperty(), o -> invalidate());
        new TimelineInput(view, this).install(cursorHandle);
        preloadFormats();
    }

    /**
     * Loads, off the FX thread, what the first zooms would otherwise load on it: the locale's month
     * names and date formats for the axis, the compact number format of the badges.
     */
    private static void preloadFormats() {
        Locale locale = Locale.getDefault();
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
        collapsed.clear();
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
            ExplorerState state = view.getState();
            LaneGrouping grouping = view.getLaneGrouping();
            var timeline = state.getTimeline();
            var filter = state.getFilter();
            List<Event> shown = timeline.events().stream().filter(filter::accepts).toList();
            laneIndex = new LaneIndex(shown, grouping.lanesOf(timeline), e -> grouping.keysOf(e, timeline));
            indexDirty = false;
            overview.dataChanged();
        }
        return laneIndex;
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
        measureFont();
        palette.refresh();
        LaneIndex index = laneIndex();
        double itemsX = x + headerWidth;
        double itemsW = Math.max(10, w - headerWidth);
        double itemsY = y + axisHeight;
        double itemsH = Math.max(10, h - axisHeight - overviewHeight);

        // first the lanes' content, to know the height they need
        double s = view.getStartDay();
        double e = view.getEndDay();
        double badgePx = badgePx();
        List<LaneLayout.Lane> lanes = new ArrayList<>();
        List<List<ClusterLayout.Cluster>> clusters = new ArrayList<>();
        boolean scroll = false;
        double barW = 0;
        double contentH = 0;
        for (int pass = 0; pass < 2; pass++) {
            double width = itemsW - barW;
            double columnDays = badgePx / width * (e - s);
            lanes.clear();
            clusters.clear();
            contentH = 0;
            for (int lane = 0; lane < index.laneCount(); lane++) {
                String key = index.laneKeys().get(lane);
                boolean closed = collapsed.contains(key);
                ClusterLayout.LaneContent content = ClusterLayout.lane(index, lane, s, e, columnDays,
                        closed ? 0 : COLUMN_CAPACITY);
                List<double[]> blocked = new ArrayList<>();
                for (ClusterLayout.Cluster c : content.clusters()) {
                    blocked.add(new double[] {(c.fromDay() - s) / (e - s) * width,
                        (c.toDay() - s) / (e - s) * width + LaneLayout.GAP_PX});
                }
                String label = view.getLaneGrouping().laneLabel(key, view.getState().getTimeline());
                lanes.add(LaneLayout.layoutLane(key, label, lane, content.singles(), blocked, s, e, width,
                        this::labelWidth));
                clusters.add(content.clusters());
                contentH += lanes.get(lane).rows() * rowHeight + laneGap;
            }
            scroll = contentH > itemsH;
            vbar.setMax(Math.max(0, contentH - itemsH));
            if (!scroll || barW > 0) {
                break;
            }
            // again, narrower, now that a scroll bar takes room; before its first CSS pass a hidden
            // scroll bar says it is 0 wide, so an em-based width stands in
            barW = Math.max(vbar.prefWidth(-1), Math.ceil(charWidth * 1.5));
        }
        vbar.setVisible(scroll);
        vbar.setVisibleAmount(itemsH);
        if (vbar.getValue() > vbar.getMax()) {
            vbar.setValue(vbar.getMax());
        }
        double offset = scroll ? vbar.getValue() : 0;
        if (revealPending && scroll) {
            // a newly selected event whose lane is scrolled out of sight: bring its first lane into view
            // (the drawn-item check below cannot, because what is out of sight is never drawn)
            double laneTop = laneTopOfSelection(view, lanes);
            if (laneTop >= 0 && (laneTop < offset || laneTop + 2 * rowHeight > offset + itemsH)) {
                vbar.setValue(Math.max(0, Math.min(vbar.getMax(), laneTop)));
                offset = vbar.getValue();
            }
        }
        itemsW -= barW;

        canvas.relocate(itemsX, itemsY);
        itemsArea = new BoundingBox(itemsX, itemsY, itemsW, itemsH);
        // The canvas keeps the size of the whole items area whether the scroll bar shows or not: a new
        // size is a new pixel buffer, allocated and cleared, and zooming in and out of the level where
        // the lanes start to need a scroll bar would otherwise reallocate it at every step. A clip
        // shows the part in use: the lanes, narrower by the scroll bar, and not the empty room below
        // the last lane, which the renderer would otherwise clear and blend pixel by pixel every frame
        // (a third of the area in the fitted 100k view).
        if (canvas.getWidth() != itemsW + barW || canvas.getHeight() != itemsH) {
            canvas.setWidth(itemsW + barW);
            canvas.setHeight(itemsH);
        }
        canvasClip.setWidth(itemsW);
        canvasClip.setHeight(Math.max(0, Math.min(itemsH, contentH - offset)));
        bands.resizeRelocate(itemsX, itemsY, itemsW, itemsH);
        // the clips are resized, not replaced: a new clip node is a new node to style every frame
        bandsClip.setWidth(itemsW);
        bandsClip.setHeight(itemsH);
        headers.resizeRelocate(x, itemsY, headerWidth, itemsH);
        headersClip.setWidth(headerWidth);
        headersClip.setHeight(itemsH);
        axis.node().resizeRelocate(itemsX, y, itemsW, axisHeight);
        vbar.resizeRelocate(x + w - barW, itemsY, barW, itemsH);
        overview.resizeRelocate(itemsX, itemsY + itemsH, itemsW, overviewHeight);

        axis.draw(view, itemsW, axisHeight, charWidth);
        paint(view, lanes, clusters, itemsW, itemsH, offset, itemsX, itemsY);
        if (revealPending && scroll && revealLaneOfSelection(itemsY, itemsH)) {
            return; // the scroll bar moved: this layout pass runs again with the new offset
        }
        revealPending = false;
        drawCursor(view, itemsX, y, itemsW, axisHeight + itemsH);
        updateAccessibleText(view);
    }

    private void paint(TimelineView view, List<LaneLayout.Lane> lanes, List<List<ClusterLayout.Cluster>> clusters,
                       double width, double height, double offset, double itemsX, double itemsY) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        // only the part the clip shows: what lies outside it is never seen
        gc.clearRect(0, 0, canvasClip.getWidth(), canvasClip.getHeight());
        bandPool.begin();
        headerPool.begin();
        drawnItems.clear();
        drawnClusters.clear();
        laneSpans.clear();
        Highlights highlights = view.getState().getHighlights();
        double s = view.getStartDay();
        double e = view.getEndDay();
        double y = -offset;
        // a selected event inside a badge: the badge is outlined so the selection is never lost
        double selectedDay = view.selectedEvent()
                .map(ev -> Math.max((double) org.balancingact.index.TimeSpan.startDay(ev.when()), s)).orElse(Double.NaN);
        List<String> selectedLanes = view.selectedEvent()
                .map(ev -> view.getLaneGrouping().keysOf(ev, view.getState().getTimeline())).orElse(List.of());
        double badgeH = Math.round(rowHeight * 0.8);
        prepareBadges(lanes, clusters, height, offset, badgeH);
        for (int i = 0; i < lanes.size(); i++) {
            LaneLayout.Lane lane = lanes.get(i);
            double laneH = lane.rows() * rowHeight + laneGap;
            laneSpans.add(new double[] {itemsY + y, itemsY + y + laneH});
            if (y + laneH >= 0 && y <= height) {
                Region band = bandPool.next();
                String stripe = i % 2 == 1 ? "lane-odd" : "lane-even";
                if (!band.getStyleClass().contains(stripe)) {
                    band.getStyleClass().setAll("lane-band", stripe);
                }
                band.resizeRelocate(0, y, width, laneH);
                Label header = headerPool.next();
                header.setText(lane.label());
                header.setId("lane:" + lane.key());
                header.setUserData(lane.key());
                header.pseudoClassStateChanged(COLLAPSED, collapsed.contains(lane.key()));
                header.resizeRelocate(0, Math.max(y, Math.min(0, y + laneH - rowHeight)), headerWidth,
                        Math.min(laneH, rowHeight));
                double top = y + laneGap / 2;
                painter.paintEvents(gc, lane, i, top, rowHeight, width, palette, ev -> highlights.ofEvent(ev.id()),
                        drawnItems, itemsX, itemsY);
                boolean selectedInLane = selectedLanes.contains(lane.key());
                for (ClusterLayout.Cluster c : clusters.get(i)) {
                    double x0 = (c.fromDay() - s) / (e - s) * width;
                    BoundingBox box = painter.paintCluster(gc, stamps, x0, top + (rowHeight - badgeH) / 2, c.count());
                    if (selectedInLane && selectedDay >= c.fromDay() && selectedDay < c.toDay()) {
                        painter.outline(gc, box, palette.look(org.balancingact.explore.Emphasis.SELECTED).fill());
                    }
                    drawnClusters.add(new DrawnCluster(c, new BoundingBox(box.getMinX() + itemsX,
                            box.getMinY() + itemsY, box.getWidth(), box.getHeight())));
                }
            }
            y += laneH;
        }
        bandPool.finish();
        headerPool.finish();
    }

    /** Pictures for the badges of the lanes in sight, at the badge size and colours of this frame. */
    private void prepareBadges(List<LaneLayout.Lane> lanes, List<List<ClusterLayout.Cluster>> clusters, double height,
                               double offset, double badgeH) {
        var window = canvas.getScene() == null ? null : canvas.getScene().getWindow();
        double scale = window == null ? 1 : Math.max(window.getRenderScaleX(), window.getRenderScaleY());
        double badgeW = Math.max(4, badgePx() - 3);
        stamps.setLook(new BadgeStamps.Look(badgeW, badgeH, palette.badgeFill(), palette.badgeText(),
                palette.badgeFont(), scale), count -> painter.badgeText(count, stamps.width(), palette));
        int n = 0;
        double y = -offset;
        for (int i = 0; i < lanes.size(); i++) {
            double laneH = lanes.get(i).rows() * rowHeight + laneGap;
            if (y + laneH >= 0 && y <= height) {
                for (ClusterLayout.Cluster c : clusters.get(i)) {
                    if (n == badgeCounts.length) {
                        badgeCounts = java.util.Arrays.copyOf(badgeCounts, n * 2);
                    }
                    badgeCounts[n++] = c.count();
                }
            }
            y += laneH;
        }
        stamps.prepare(badgeCounts, n);
    }

    /** Width of a badge's column: room for a four-digit count. */
    private double badgePx() {
        return Math.max(24, charWidth * 4.5);
    }

    /** A lane header: its label, and a click collapses or opens the lane. */
    private Label newHeader() {
        Label header = new Label();
        header.getStyleClass().add("lane-header");
        header.setMinWidth(0);
        header.setOnMouseClicked(click -> toggleCollapsed((String) header.getUserData()));
        return header;
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

    private void measureFont() {
        measure.setFont(fontProbe.getFont());
        measure.setText("0000");
        charWidth = Math.max(4, measure.getLayoutBounds().getWidth() / 4);
        double lineHeight = measure.getLayoutBounds().getHeight();
        rowHeight = Math.ceil(lineHeight * 1.7);
        axisHeight = Math.ceil(lineHeight * 2.6);
        laneGap = Math.ceil(lineHeight * 0.5);
        headerWidth = Math.ceil(charWidth * 18);
        overviewHeight = Math.ceil(lineHeight * 2.4);
    }

    private double labelWidth(Event event) {
        return painter.textWidth(EventText.label(event), palette.look(org.balancingact.explore.Emphasis.NORMAL).font())
                + 4;
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

    /** The control speaks the selected event: title, date in words, approximate or uncertain. */
    private void updateAccessibleText(TimelineView view) {
        String text = view.selectedEvent().map(EventText::accessibleText).map(t -> Messages.get("timeline.accessible.selected", t))
                .orElse(Messages.get("timeline.accessible"));
        if (!text.equals(view.getAccessibleText())) {
            view.setAccessibleText(text);
        }
    }

    /** Top of the first lane that holds the selected event, in content coordinates; -1 when none does. */
    private double laneTopOfSelection(TimelineView view, List<LaneLayout.Lane> lanes) {
        return view.selectedEvent().map(event -> {
            List<String> keys = view.getLaneGrouping().keysOf(event, view.getState().getTimeline());
            double y = 0;
            for (LaneLayout.Lane lane : lanes) {
                if (keys.contains(lane.key())) {
                    return y;
                }
                y += lane.rows() * rowHeight + laneGap;
            }
            return -1.0;
        }).orElse(-1.0);
    }

    /** Scrolls the lanes so the first occurrence of the selected event is visible; true if it scrolled. */
    private boolean revealLaneOfSelection(double itemsY, double viewportHeight) {
        for (DrawnItem item : drawnItems) {
            if (item.emphasis() == org.balancingact.explore.Emphasis.SELECTED) {
                double top = item.mark().getMinY() - itemsY;
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

    // ---- what is on screen (hit tests, keyboard, tests) --------------------------------------

    /** Events drawn this frame, in drawing order; the selected one last. */
    public List<DrawnItem> drawnItems() {
        return List.copyOf(drawnItems);
    }

    public List<DrawnCluster> drawnClusters() {
        return List.copyOf(drawnClusters);
    }

    /** The first drawn occurrence of an event, if it is on screen and not inside a cluster. */
    public Optional<DrawnItem> drawnItem(String id) {
        Bounds view = itemsArea;
        // an occurrence wholly in sight first (a lane half scrolled out may hold the first one)
        Optional<DrawnItem> whole = drawnItems.stream().filter(i -> i.id().equals(id)
                && view.contains(i.mark().getCenterX(), i.mark().getCenterY())
                && (i.label() == null || view.contains(i.label().getCenterX(), i.label().getCenterY()))).findFirst();
        return whole.isPresent() ? whole
                : drawnItems.stream().filter(i -> i.id().equals(id) && view.intersects(i.mark())).findFirst();
    }

    /** Whether an event is counted in one of the badges drawn now (it is on screen, inside a cluster). */
    public boolean isInCluster(String id) {
        TimelineView view = getSkinnable();
        var timeline = view.getState().getTimeline();
        return timeline.event(id).map(event -> {
            List<String> keys = view.getLaneGrouping().keysOf(event, timeline);
            double start = Math.max(org.balancingact.index.TimeSpan.startDay(event.when()), view.getStartDay());
            return drawnClusters.stream().anyMatch(c -> keys.contains(laneIndex.laneKeys().get(c.cluster().lane()))
                    && start >= c.cluster().fromDay() - (c.cluster().toDay() - c.cluster().fromDay())
                    && start < c.cluster().toDay());
        }).orElse(false);
    }

    /** The item under a point; none where a badge is, badges are drawn on top. */
    Optional<DrawnItem> itemAt(double x, double y) {
        if (clusterAt(x, y).isPresent()) {
            return Optional.empty();
        }
        for (int i = drawnItems.size() - 1; i >= 0; i--) {
            if (drawnItems.get(i).contains(x, y)) {
                return Optional.of(drawnItems.get(i));
            }
        }
        return Optional.empty();
    }

    Optional<DrawnCluster> clusterAt(double x, double y) {
        return drawnClusters.stream().filter(c -> c.bounds().contains(x, y)).findFirst();
    }

    /** The lane index at a y coordinate, or -1. */
    int laneAtY(double y) {
        for (int i = 0; i < laneSpans.size(); i++) {
            if (y >= laneSpans.get(i)[0] && y < laneSpans.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    boolean inItemsArea(double x, double y) {
        return itemsArea.contains(x, y) && x < itemsArea.getMaxX() && y < itemsArea.getMaxY();
    }

    double itemsWidth() {
        return itemsArea.getWidth();
    }

    /** The epoch day (fractional) under an x coordinate in the skinnable's coordinates. */
    public double dayAtX(double x) {
        TimelineView view = getSkinnable();
        return view.getStartDay() + (x - itemsArea.getMinX()) / itemsArea.getWidth() * (view.getEndDay() - view.getStartDay());
    }

    /** The x coordinate (skinnable's coordinates) of the start of an epoch day. */
    public double xOfDay(double day) {
        TimelineView view = getSkinnable();
        return itemsArea.getMinX() + (day - view.getStartDay()) / (view.getEndDay() - view.getStartDay()) * itemsArea.getWidth();
    }

    OverviewStrip overview() {
        return overview;
    }
}
