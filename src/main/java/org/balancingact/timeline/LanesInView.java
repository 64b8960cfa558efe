package org.balancingact.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.balancingact.index.LaneIndex;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;

/**
 * What the lanes hold for one view: per lane its badges ({@link ClusterLayout}) and its events placed in
 * rows ({@link LaneLayout}), and the height that takes. The skin draws it; the opening view scores
 * candidate ranges with it, so what is counted is exactly what would be drawn.
 */
final class LanesInView {
    /** Most events a badge-wide column shows one by one before it becomes a cluster. */
    static final int COLUMN_CAPACITY = 3;
    /**
     * Rows a lane may open past its {@code maxRows} so that no mark sits on another; an event with no room
     * even there is counted in its column's badge instead (a lane of 100,000 events would otherwise open
     * hundreds of rows, and the layout's cost grows with rows times events).
     */
    static final int OVERFLOW_ROWS = 8;
    /**
     * Events drawn one by one in a lane up to which every one with no room gets a row of its own (the
     * bundled data has 42); above it, rows past {@code maxRows + OVERFLOW_ROWS} are opened only for the
     * kept and related events, and the others count in badges.
     */
    static final int OWN_ROW_EVENTS = 256;
    /** Layouts that turn full columns into badges before the events still left open rows of their own. */
    static final int BADGE_ATTEMPTS = 3;

    /** The data, the view and the sizes a layout is made for. */
    record Request(LaneIndex index, LaneGrouping grouping, Timeline timeline, Set<String> collapsed, double startDay,
                   double endDay, double width, double height, RowMetrics metrics, Event kept,
                   RelatedStarts related, java.util.function.Predicate<Event> isRelated,
                   ToDoubleFunction<Event> labelWidth) {
        Request withDays(double start, double end) {
            return new Request(index, grouping, timeline, collapsed, start, end, width, height, metrics, kept, related,
                    isRelated, labelWidth);
        }

        /**
         * The same request, each event's title measured once however many layouts it is used in (the
         * framing search lays out hundreds of ranges; measuring text was half its cost).
         */
        Request measuringOnce() {
            java.util.Map<Event, Double> widths = new java.util.IdentityHashMap<>();
            ToDoubleFunction<Event> measure = labelWidth;
            return new Request(index, grouping, timeline, collapsed, startDay, endDay, width, height, metrics, kept,
                    related, isRelated, event -> widths.computeIfAbsent(event, measure::applyAsDouble));
        }

        Request keeping(Event event) {
            return new Request(index, grouping, timeline, collapsed, startDay, endDay, width, height, metrics, event,
                    related, isRelated, labelWidth);
        }
    }

    final List<LaneLayout.Lane> lanes;
    final List<List<ClusterLayout.Cluster>> clusters;
    /** Height of all lanes together. */
    final double contentHeight;
    /** The width the events were placed in (narrower by a scroll bar when the lanes need one). */
    final double width;

    private LanesInView(List<LaneLayout.Lane> lanes, List<List<ClusterLayout.Cluster>> clusters, double contentHeight,
                        double width) {
        this.lanes = lanes;
        this.clusters = clusters;
        this.contentHeight = contentHeight;
        this.width = width;
    }

    /**
     * Lays the lanes out; when they are taller than the room, again narrower by {@code scrollBarWidth}
     * (the scroll bar that then shows).
     */
    static LanesInView compute(Request request, double scrollBarWidth) {
        LanesInView wide = computeAt(request, request.width());
        if (wide.contentHeight <= request.height() || scrollBarWidth <= 0) {
            return wide;
        }
        return computeAt(request, Math.max(10, request.width() - scrollBarWidth));
    }

    boolean scrolls(double height) {
        return contentHeight > height;
    }

    private static LanesInView computeAt(Request r, double width) {
        LaneIndex index = r.index();
        RowMetrics m = r.metrics();
        double s = r.startDay();
        double e = r.endDay();
        double columnDays = m.badgePx() / width * (e - s);
        boolean oneLane = index.laneCount() == 1;
        int maxRows = oneLane ? Math.max(LaneLayout.MAX_ROWS, m.rowsIn(r.height())) : LaneLayout.MAX_ROWS;
        LaneLayout.Frame frame = new LaneLayout.Frame(s, e, width, maxRows, m.gap());
        List<String> keptLanes = r.kept() == null ? List.of() : r.grouping().keysOf(r.kept(), r.timeline());
        List<LaneLayout.Lane> lanes = new ArrayList<>(index.laneCount());
        List<List<ClusterLayout.Cluster>> clusters = new ArrayList<>(index.laneCount());
        double contentH = 0;
        for (int lane = 0; lane < index.laneCount(); lane++) {
            String key = index.laneKeys().get(lane);
            boolean closed = r.collapsed().contains(key);
            Event kept = keptLanes.contains(key) ? r.kept() : null;
            // a badge-wide column shows one by one as many events as there are rows to stack them in
            int capacity = closed ? 0 : Math.max(COLUMN_CAPACITY, oneLane ? 2 * maxRows : 0);
            String label = r.grouping().laneLabel(key, r.timeline());
            // a lane of few events grows a row for each event with no room (cheap: rows times events);
            // in a crowded one an event with no room in the lane's rows (and a few more) makes its column a
            // badge and the lane is laid out again, and the last try lets the few left open rows of their own
            Set<Long> badged = new HashSet<>();
            ClusterLayout.LaneContent content;
            LaneLayout.Lane laid;
            for (int attempt = 0; ; attempt++) {
                content = ClusterLayout.lane(index, lane, s, e, columnDays, capacity, kept, r.related(), badged);
                List<double[]> blocked = new ArrayList<>(content.clusters().size());
                for (ClusterLayout.Cluster c : content.clusters()) {
                    blocked.add(new double[] {(c.fromDay() - s) / (e - s) * width, (c.toDay() - s) / (e - s) * width});
                }
                boolean few = content.singles().size() <= OWN_ROW_EVENTS || attempt >= BADGE_ATTEMPTS;
                int growTo = few ? Integer.MAX_VALUE : maxRows + OVERFLOW_ROWS;
                laid = LaneLayout.layoutLane(key, label, lane, content.singles(), blocked, frame, kept, r.isRelated(),
                        r.labelWidth(), growTo, ev -> ClusterLayout.column(ev, s, columnDays));
                if (laid.overflow().isEmpty()) {
                    break;
                }
                for (Event out : laid.overflow()) {
                    badged.add(ClusterLayout.column(out, s, columnDays));
                }
            }
            lanes.add(laid);
            clusters.add(content.clusters());
            contentH += m.laneHeight(laid.rows());
        }
        return new LanesInView(lanes, clusters, contentH, width);
    }

    /**
     * The events whose whole title this layout would draw within {@code height} pixels of lanes (no
     * scrolling): what the opening view maximises.
     */
    java.util.Set<String> wholeTitlesInSight(double height, double width, RowMetrics m) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        double top = 0;
        for (LaneLayout.Lane lane : lanes) {
            for (LaneLayout.Placement p : lane.placements()) {
                double bottom = top + m.laneGap() / 2 + (p.row() + 1) * m.rowHeight();
                if (bottom <= height && p.labelWidth() > 0 && !p.labelTruncated() && p.labelX() >= 0
                        && p.labelX() + p.labelWidth() <= width && p.markX0() < width) {
                    seen.add(p.event().id());
                }
            }
            top += m.laneHeight(lane.rows());
            if (top >= height) {
                break;
            }
        }
        return seen;
    }

    /**
     * How far down the lanes are drawn when they scroll by {@code offset}: to the bottom of the last row
     * wholly in sight, so the edge never cuts a line of titles in half.
     */
    double wholeRowsInSight(double offset, double height, RowMetrics m) {
        double last = 0;
        double top = -offset;
        for (LaneLayout.Lane lane : lanes) {
            double rowsTop = top + m.laneGap() / 2;
            for (int r = 0; r < lane.rows(); r++) {
                double bottom = rowsTop + (r + 1) * m.rowHeight();
                if (bottom <= height && bottom > last) {
                    last = bottom;
                }
            }
            top += m.laneHeight(lane.rows());
            if (top > height) {
                break;
            }
        }
        return last > 0 ? last : height;
    }

    /** Top of the first row holding an event, in content coordinates (lanes unscrolled); -1 when none does. */
    double rowTopOf(String eventId, RowMetrics m) {
        double top = 0;
        for (LaneLayout.Lane lane : lanes) {
            for (LaneLayout.Placement p : lane.placements()) {
                if (p.event().id().equals(eventId)) {
                    return top + m.laneGap() / 2 + p.row() * m.rowHeight();
                }
            }
            top += m.laneHeight(lane.rows());
        }
        return -1;
    }
}
