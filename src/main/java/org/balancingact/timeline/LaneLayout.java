package org.balancingact.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.Event;

/**
 * Places the visible events of each lane into rows so that no two labels overlap. Important events
 * are placed first, so when space runs short it is a background event whose label is shortened or
 * hidden, never a turning point.
 */
final class LaneLayout {
    /** Where one event goes: its lane and row, the pixel extent of its possible days, its label room. */
    record Placement(Event event, int lane, int row, double x0, double x1, double labelX, double labelWidth,
                     boolean labelTruncated) {
    }

    record Lane(String key, String label, int rows, List<Placement> placements) {
    }

    static final int MAX_ROWS = 4;
    /** Rows a lane may grow to so that no two marks overlap (labels alone never open these). */
    static final int OVERFLOW_ROWS = 8;
    static final double MIN_MARK_PX = 10;
    static final double GAP_PX = 8;
    static final double MIN_LABEL_PX = 36;

    private LaneLayout() {
    }

    /**
     * Places one lane's individually drawn events into rows; {@code blocked} pixel intervals (cluster
     * badges) are taken in every row, so no label runs into a badge.
     *
     * @param events     the lane's events drawn one by one, any order
     * @param labelWidth measured width of each event's full label
     */
    static Lane layoutLane(String key, String label, int laneIndex, List<Event> events, List<double[]> blocked,
                           double startDay, double endDay, double width,
                           java.util.function.ToDoubleFunction<Event> labelWidth) {
        double pxPerDay = width / Math.max(1e-9, endDay - startDay);
        List<Event> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparingInt(Event::importance).thenComparing(Event::when));
        List<List<double[]>> rows = new ArrayList<>();
        if (!blocked.isEmpty()) {
            rows.add(new ArrayList<>(blocked));
        }
        List<Placement> placements = new ArrayList<>();
        for (Event event : ordered) {
            double x0 = (Math.max(TimeSpan.startDay(event.when()), startDay - 1) - startDay) * pxPerDay;
            double x1 = (Math.min(TimeSpan.endDay(event.when()) + 1, endDay + 1) - startDay) * pxPerDay;
            if (x1 - x0 < MIN_MARK_PX) {
                double mid = (x0 + x1) / 2;
                x0 = mid - MIN_MARK_PX / 2;
                x1 = mid + MIN_MARK_PX / 2;
            }
            double labelX = Math.max(x1, Math.max(0, x0)) + 4;
            if (x1 - x0 > 3 * MIN_LABEL_PX && x0 < width) {
                labelX = Math.max(x0, 0) + 6; // a long bar carries its label inside
            }
            double want = labelWidth.applyAsDouble(event);
            if (labelX + want > width && x0 - want - 4 >= 0) {
                labelX = x0 - want - 4; // no room on the right edge: the label goes to the left of its mark
            }
            if (!blocked.isEmpty() && rows.size() < MAX_ROWS) {
                // badges block every row: copy them into rows opened later
                while (rows.size() < MAX_ROWS) {
                    rows.add(new ArrayList<>(blocked));
                }
            }
            // a label never runs past the right edge (a scroll bar may sit there): it is shortened instead
            placements.add(place(rows, blocked, event, laneIndex, x0, x1, labelX, Math.min(want, Math.max(0, width - 6 - labelX))));
        }
        int used = 1;
        for (Placement p : placements) {
            used = Math.max(used, p.row() + 1);
        }
        return new Lane(key, label, used, placements);
    }

    private static Placement place(List<List<double[]>> rows, List<double[]> blocked, Event event, int lane,
                                   double x0, double x1, double labelX, double want) {
        double fullStart = Math.min(x0, labelX);
        double fullEnd = Math.max(x1, labelX + want);
        for (int r = 0; r < rows.size(); r++) {
            if (free(rows.get(r), fullStart, fullEnd)) {
                rows.get(r).add(new double[] {fullStart, fullEnd + GAP_PX});
                return new Placement(event, lane, r, x0, x1, labelX, want, false);
            }
        }
        if (rows.size() < MAX_ROWS) {
            List<double[]> row = new ArrayList<>();
            row.add(new double[] {fullStart, fullEnd + GAP_PX});
            rows.add(row);
            return new Placement(event, lane, rows.size() - 1, x0, x1, labelX, want, false);
        }
        // no row has room for the whole label: take the row with the most room after the mark
        if (labelX < x0) {
            labelX = x1 + 4;
        }
        int bestRow = 0;
        double bestRoom = -1;
        for (int r = 0; r < rows.size(); r++) {
            if (!free(rows.get(r), x0, x1)) {
                continue;
            }
            double room = roomAfter(rows.get(r), labelX) ;
            if (room > bestRoom) {
                bestRoom = room;
                bestRow = r;
            }
        }
        if (bestRoom < 0 && rows.size() < OVERFLOW_ROWS && free(blocked, x0, x1)) {
            // every row is taken where the mark goes: a mark never sits on another, so the lane grows
            List<double[]> row = new ArrayList<>(blocked);
            row.add(new double[] {Math.min(x0, labelX), Math.max(x1, labelX + want) + GAP_PX});
            rows.add(row);
            return new Placement(event, lane, rows.size() - 1, x0, x1, labelX, want, false);
        }
        double room = Math.max(0, Math.min(want, bestRoom - GAP_PX));
        double labelWidth = room >= MIN_LABEL_PX ? room : 0;
        rows.get(bestRow).add(new double[] {x0, Math.max(x1, labelX + labelWidth) + GAP_PX});
        return new Placement(event, lane, bestRow, x0, x1, labelX, labelWidth, true);
    }

    private static boolean free(List<double[]> row, double from, double to) {
        for (double[] used : row) {
            if (from < used[1] && to > used[0]) {
                return false;
            }
        }
        return true;
    }

    private static double roomAfter(List<double[]> row, double x) {
        double room = Double.MAX_VALUE;
        for (double[] used : row) {
            if (used[0] >= x) {
                room = Math.min(room, used[0] - x);
            } else if (used[1] > x) {
                return 0;
            }
        }
        return room == Double.MAX_VALUE ? 10_000 : room;
    }
}
