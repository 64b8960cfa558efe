package org.balancingact.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.Event;

/**
 * Places the visible events of one lane into rows so that no two labels, marks or spans overlap.
 *
 * <p>A row is a line of text with a thin rail under it. A day is a diamond with its title after it; a
 * period is a short post at its first day, its title after the post and a rail along the bottom of the
 * row to its last day. Titles only compete with titles and marks, rails only with rails: a season of
 * claims (March–May 2022) no longer takes a whole row for one title, so the events that happened during
 * it can be read in the same row above its rail. Measured on the bundled data, this doubles what the
 * opening view can label (see docs/decisions).
 *
 * <p>Important events are placed first, so when room runs short it is a background event whose title is
 * shortened, never a turning point; the {@code kept} event (the selection, a tour's step) goes before
 * everything and always gets its whole title when the view is wide enough for it.
 */
final class LaneLayout {
    /**
     * Where one event goes: its row, the pixel extent of its possible days ({@code x0..x1}, at least a
     * mark wide), whether it is drawn as a post and rail (a period) or a diamond (a day), and the room
     * given to its title ({@code labelWidth} 0: no title).
     */
    record Placement(Event event, int lane, int row, double x0, double x1, boolean period, double labelX,
                     double labelWidth, boolean labelTruncated) {
        /** Where the mark starts: the post of a period (at the left edge if it began earlier), or the diamond. */
        double markX0() {
            return period ? Math.max(x0, 0) : x0;
        }
    }

    /**
     * One lane laid out; {@code overflow}: the events a bounded layout ({@link #layoutLane(String, String,
     * int, List, List, Frame, Event, java.util.function.Predicate, ToDoubleFunction, int)}) found no row
     * for (the caller counts them into badges), empty when every event was placed.
     */
    record Lane(String key, String label, int rows, List<Placement> placements, List<Event> overflow) {
        Lane(String key, String label, int rows, List<Placement> placements) {
            this(key, label, rows, placements, List.of());
        }
    }

    /** Rows a lane of several uses before titles are shortened (one lane alone uses what fits on screen). */
    static final int MAX_ROWS = 4;
    static final double MIN_MARK_PX = 10;
    /** Width of a period's post. */
    static final double POST_PX = 3;
    /** A period narrower than this is drawn as a day's diamond: a rail that short says nothing. */
    static final double MIN_RAIL_PX = 14;
    static final double MIN_LABEL_PX = 36;
    /** Space between a title and its own mark. */
    static final double LABEL_PAD = 4;
    /** Space kept free between a rail and the next rail in the same row. */
    static final double RAIL_GAP = 4;

    /** The geometry a lane is laid out in: view, width, rows, the gap between neighbours. */
    record Frame(double startDay, double endDay, double width, int maxRows, double gapPx) {
        double pxPerDay() {
            return width / Math.max(1e-9, endDay - startDay);
        }
    }

    private LaneLayout() {
    }

    /**
     * Places one lane's individually drawn events into rows; {@code blocked} pixel intervals (cluster
     * badges, drawn in the first row) are taken in that row, so no title runs into a badge.
     *
     * @param events     the lane's events drawn one by one, any order
     * @param kept       an event placed first and never shortened (null: none)
     * @param labelWidth measured width of each event's full title
     */
    static Lane layoutLane(String key, String label, int laneIndex, List<Event> events, List<double[]> blocked,
                           Frame frame, Event kept, ToDoubleFunction<Event> labelWidth) {
        return layoutLane(key, label, laneIndex, events, blocked, frame, kept, e -> false, labelWidth);
    }

    /**
     * @param related events placed right after the kept one, before the rest (an actor's events while
     *                the actor is selected: the link between the views stays readable)
     */
    static Lane layoutLane(String key, String label, int laneIndex, List<Event> events, List<double[]> blocked,
                           Frame frame, Event kept, java.util.function.Predicate<Event> related,
                           ToDoubleFunction<Event> labelWidth) {
        return layoutLane(key, label, laneIndex, events, blocked, frame, kept, related, labelWidth, Integer.MAX_VALUE,
                e -> 0);
    }

    /**
     * Like the unbounded layout, but an event with no room in the first {@code growTo} rows opens no row of
     * its own: it is returned in {@link Lane#overflow()} instead. Opening rows without bound costs the
     * rows times the events (at 100,000 events a three-month view opened 200 rows for 1,800 events, 60 ms
     * a frame); the kept event always gets a row, and the related ones up to {@code 2 * growTo} rows.
     *
     * @param column the badge column of an event: once one event of a column overflows, the caller makes
     *               the column a badge, so its other events are not placed at all (they go to the overflow
     *               too; the kept event excepted), which keeps a crowded view's failed layout cheap
     */
    static Lane layoutLane(String key, String label, int laneIndex, List<Event> events, List<double[]> blocked,
                           Frame frame, Event kept, java.util.function.Predicate<Event> related,
                           ToDoubleFunction<Event> labelWidth, int growTo, ToLongFunction<Event> column) {
        List<Event> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing((Event e) -> !ClusterLayout.same(e, kept))
                .thenComparing(e -> !related.test(e)).thenComparingInt(Event::importance)
                .thenComparing(Event::when));
        Rows rows = new Rows(frame.gapPx());
        rows.ensure(1);
        for (double[] badge : blocked) {
            rows.texts.get(0).add(new double[] {badge[0], badge[1]});
            rows.rails.get(0).add(new double[] {badge[0], badge[1]});
        }
        int maxRows = Math.max(1, frame.maxRows());
        List<Placement> placements = new ArrayList<>();
        List<Event> overflow = new ArrayList<>();
        long roomy = Math.max(growTo, 2L * growTo);
        Set<Long> full = new HashSet<>();
        for (Event event : ordered) {
            boolean isKept = ClusterLayout.same(event, kept);
            if (!isKept && !full.isEmpty() && full.contains(column.applyAsLong(event))) {
                overflow.add(event);
                continue;
            }
            long limit = isKept ? Integer.MAX_VALUE : related.test(event) ? roomy : growTo;
            Placement placed = place(rows, event, laneIndex, frame, maxRows, labelWidth.applyAsDouble(event), limit);
            if (placed == null) {
                overflow.add(event);
                full.add(column.applyAsLong(event));
            } else {
                placements.add(placed);
            }
        }
        int used = 1;
        for (Placement p : placements) {
            used = Math.max(used, p.row() + 1);
        }
        return new Lane(key, label, used, placements, overflow);
    }

    /** @param growTo rows the lane may have after this event opens one; null when it would need more */
    private static Placement place(Rows rows, Event event, int lane, Frame frame, int maxRows, double want,
                                   long growTo) {
        double width = frame.width();
        double pxPerDay = frame.pxPerDay();
        double s = frame.startDay();
        double x0 = (Math.max(TimeSpan.startDay(event.when()), s - 1) - s) * pxPerDay;
        double x1 = (Math.min(TimeSpan.endDay(event.when()) + 1, frame.endDay() + 1) - s) * pxPerDay;
        boolean period = x1 - x0 >= MIN_RAIL_PX;
        if (!period) {
            double mid = (x0 + x1) / 2;
            x0 = mid - MIN_MARK_PX / 2;
            x1 = mid + MIN_MARK_PX / 2;
        }
        Shape shape = new Shape(x0, x1, period);
        // the title after the mark; at the right edge, before it (then a wider gap keeps it apart from
        // whatever stands to its left, so two titles never read as one phrase)
        double right = shape.markEnd() + LABEL_PAD;
        double left = shape.markStart() - LABEL_PAD - want;
        boolean rightFits = right + want <= width - 2;
        boolean leftFits = left >= 0 && shape.markEnd() <= width - 2;
        // after the mark in the first row with room; else before it (where the rows to the left are
        // free: a busy month's titles can use the quiet months before it)
        for (int pass = 0; pass < 2; pass++) {
            boolean after = pass == 0;
            if (after ? !rightFits : !leftFits) {
                continue;
            }
            for (int r = 0; r < maxRows; r++) {
                rows.ensure(r + 1);
                if (after ? rows.fits(r, shape, right, want, 0) : rows.fits(r, shape, left, want, 2 * rows.gap)) {
                    return rows.take(r, event, lane, shape, after ? right : left, want, false);
                }
            }
        }
        rows.trimTo(1);
        // no row has room for the whole title: the row with the most room after the mark, title shortened
        int bestRow = -1;
        double bestRoom = -1;
        for (int r = 0; r < rows.count(); r++) {
            double room = rows.roomAfter(r, shape, right, width - 2);
            if (room > bestRoom) {
                bestRoom = room;
                bestRow = r;
            }
        }
        if (bestRow < 0 && rows.count() >= growTo) {
            return null;
        }
        if (bestRow < 0) {
            // every row is taken where the mark goes: a mark never sits on another and no event is left
            // out, so the lane grows (a scroll bar shows; how many can grow so is bounded by the badges:
            // a badge-wide column holds only so many events one by one)
            rows.ensure(rows.count() + 1);
            int r = rows.count() - 1;
            double room = Math.max(0, Math.min(want, width - 2 - right));
            return rows.take(r, event, lane, shape, right, room >= Math.min(want, MIN_LABEL_PX) ? room : 0, room < want);
        }
        double room = Math.max(0, Math.min(want, bestRoom));
        double granted = room >= MIN_LABEL_PX || room >= want ? room : 0;
        return rows.take(bestRow, event, lane, shape, right, granted, granted < want);
    }

    /** The pixel parts of one event's drawing: its mark in the text line, its rail (periods). */
    private record Shape(double x0, double x1, boolean period) {
        double markStart() {
            return period ? Math.max(x0, 0) : x0;
        }

        double markEnd() {
            return period ? markStart() + POST_PX : x1;
        }
    }

    /** What each row holds: taken stretches of its text line, and of its rail line. */
    private static final class Rows {
        final List<Intervals> texts = new ArrayList<>();
        final List<Intervals> rails = new ArrayList<>();
        final double gap;

        Rows(double gap) {
            this.gap = gap;
        }

        int count() {
            return texts.size();
        }

        void ensure(int n) {
            while (texts.size() < n) {
                texts.add(new Intervals());
                rails.add(new Intervals());
            }
        }

        /** Drops trailing rows opened by a search that placed nothing in them. */
        void trimTo(int n) {
            while (texts.size() > n && texts.get(texts.size() - 1).isEmpty() && rails.get(rails.size() - 1).isEmpty()) {
                texts.remove(texts.size() - 1);
                rails.remove(rails.size() - 1);
            }
        }

        /**
         * Whether the mark, a title at {@code labelX} and (for a period) the rail fit in row {@code r};
         * {@code leftGap}: extra room wanted before a title that stands before its mark.
         */
        boolean fits(int r, Shape shape, double labelX, double labelWidth, double leftGap) {
            double from = Math.min(shape.markStart(), labelX - leftGap);
            double to = Math.max(shape.markEnd(), labelX + labelWidth);
            if (!free(texts.get(r), from, to, gap)) {
                return false;
            }
            // a post stands in the rail line too, so another rail must not run through it
            double railTo = shape.period() ? shape.x1() : shape.markEnd();
            return !shape.period() || free(rails.get(r), shape.markStart(), railTo, RAIL_GAP);
        }

        /** Room for a title after the mark in row {@code r}, or -1 when the mark itself does not fit there. */
        double roomAfter(int r, Shape shape, double labelX, double limit) {
            if (!free(texts.get(r), shape.markStart(), shape.markEnd(), gap)
                    || (shape.period() && !free(rails.get(r), shape.markStart(), shape.x1(), RAIL_GAP))) {
                return -1;
            }
            double room = limit - labelX;
            Intervals row = texts.get(r);
            if (labelX >= row.rightmost + gap) {
                // everything in the row ends (with its gap) before the title starts: nothing limits it
                return Math.max(0, room);
            }
            for (double[] used : row) {
                if (used[0] >= labelX) {
                    room = Math.min(room, used[0] - gap - labelX);
                } else if (used[1] + gap > labelX) {
                    return 0;
                }
            }
            return Math.max(0, room);
        }

        Placement take(int r, Event event, int lane, Shape shape, double labelX, double labelWidth, boolean truncated) {
            ensure(r + 1);
            double from = Math.min(shape.markStart(), labelWidth > 0 ? labelX : shape.markStart());
            double to = Math.max(shape.markEnd(), labelX + labelWidth);
            texts.get(r).add(new double[] {from, to});
            if (shape.period()) {
                rails.get(r).add(new double[] {shape.markStart(), shape.x1()});
            }
            return new Placement(event, lane, r, shape.x0(), shape.x1(), shape.period(), labelX, labelWidth, truncated);
        }

        private static boolean free(Intervals row, double from, double to, double gap) {
            if (from >= row.rightmost + gap) {
                return true;
            }
            // events arrive in time order, so a conflict is most often with what was placed last
            for (int i = row.size() - 1; i >= 0; i--) {
                double[] used = row.get(i);
                if (from < used[1] + gap && to + gap > used[0]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A row's occupied stretches, remembering how far right they reach: events are placed in time order, so
     * most questions ("is there room from here on?") are answered without walking the row. A crowded
     * 100,000-event view asked them rows × events times a zoom step (51–131 ms once per play).
     */
    private static final class Intervals extends ArrayList<double[]> {
        double rightmost = Double.NEGATIVE_INFINITY;

        @Override
        public boolean add(double[] stretch) {
            rightmost = Math.max(rightmost, Math.max(stretch[0], stretch[1]));
            return super.add(stretch);
        }
    }
}
