package org.balancingact.timeline;

import java.util.ArrayList;
import java.util.List;
import org.balancingact.index.LaneIndex;
import org.balancingact.model.Event;

/**
 * Decides, per lane and zoom level, which events are drawn one by one and which are replaced by a
 * cluster badge. Time is cut into columns a badge wide, fixed in day space (a column is
 * {@code [k * columnDays, (k + 1) * columnDays)}) so panning does not reshuffle clusters; a column
 * holding more events than fit becomes one badge with the count. Counting a column is two binary
 * searches in {@link LaneIndex}, so the cost follows the number of columns, not of events.
 *
 * <p>The kept event (the selection, a tour's step) is never counted into a badge: it is always drawn
 * as itself, and its column's badge holds the others. A badge also says how many of its events are
 * related to the selection ({@link RelatedStarts}), counted the same way, per column.
 */
final class ClusterLayout {
    /** A badge standing for {@code count} events starting in {@code [fromDay, toDay)}, {@code related} of them highlighted. */
    record Cluster(int lane, double fromDay, double toDay, int count, int related) {
        Cluster(int lane, double fromDay, double toDay, int count) {
            this(lane, fromDay, toDay, count, 0);
        }
    }

    /** What one lane shows at this zoom: badges, and the events drawn one by one. */
    record LaneContent(List<Cluster> clusters, List<Event> singles) {
    }

    private ClusterLayout() {
    }

    static LaneContent lane(LaneIndex index, int lane, double startDay, double endDay, double columnDays,
                            int capacity) {
        return lane(index, lane, startDay, endDay, columnDays, capacity, null, RelatedStarts.NONE);
    }

    /**
     * @param columnDays width of a column in days (a badge width at the current zoom)
     * @param capacity   most events a column shows one by one
     * @param kept       an event of this lane always drawn as itself (null: none)
     * @param related    the highlighted events' days in this lane, to count them per badge
     */
    static LaneContent lane(LaneIndex index, int lane, double startDay, double endDay, double columnDays,
                            int capacity, Event kept, RelatedStarts related) {
        return lane(index, lane, startDay, endDay, columnDays, capacity, kept, related, java.util.Set.of());
    }

    /**
     * @param badged columns ({@link #column}) made badges whatever their count: the rows had no room for
     *               one of their events (see {@link LanesInView})
     */
    static LaneContent lane(LaneIndex index, int lane, double startDay, double endDay, double columnDays,
                            int capacity, Event kept, RelatedStarts related, java.util.Set<Long> badged) {
        long first = (long) Math.floor(startDay / columnDays);
        long last = (long) Math.floor(endDay / columnDays);
        int columns = (int) (last - first + 1);
        int[] counts = new int[columns];
        LaneIndex.Part shorts = index.part(lane, 0);
        LaneIndex.Part longs = index.part(lane, 1);
        int[] bounds = new int[columns + 1];
        for (int c = 0; c <= columns; c++) {
            bounds[c] = shorts.firstStartingAtOrAfter((first + c) * columnDays);
        }
        for (int c = 0; c < columns; c++) {
            counts[c] = bounds[c + 1] - bounds[c];
        }
        // events that began before the first column and reach into view count in the first column
        double firstColumnStart = first * columnDays;
        List<Event> carried = new ArrayList<>();
        for (int i = shorts.firstStartingAtOrAfter(firstColumnStart - shorts.maxDays() - 1); i < bounds[0]; i++) {
            if (shorts.end(i) + 1 > startDay) {
                counts[0]++;
                carried.add(shorts.event(i));
            }
        }
        int[] longColumn = new int[longs.size()];
        int keptColumn = -1;
        for (int i = 0; i < longs.size(); i++) {
            longColumn[i] = -1;
            if (longs.start(i) < endDay && longs.end(i) + 1 > startDay) {
                int c = (int) Math.max(0, Math.floor(longs.start(i) / columnDays) - first);
                longColumn[i] = c;
                counts[c]++;
                if (same(longs.event(i), kept)) {
                    keptColumn = c;
                }
            }
        }
        if (kept != null && keptColumn < 0) {
            keptColumn = columnOf(shorts, bounds, carried, kept, first, columnDays);
        }
        if (keptColumn >= 0) {
            counts[keptColumn]--; // drawn as itself, whatever the others do
        }
        boolean[] asBadge = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            asBadge[c] = counts[c] > capacity || (counts[c] > 0 && badged.contains(first + c));
        }
        List<Cluster> clusters = new ArrayList<>();
        List<Event> singles = new ArrayList<>();
        if (keptColumn >= 0) {
            singles.add(kept);
        }
        for (int c = 0; c < columns; c++) {
            if (asBadge[c]) {
                double from = (first + c) * columnDays;
                double to = from + columnDays;
                clusters.add(new Cluster(lane, from, to, counts[c], related.countIn(lane, from, to, c == 0, startDay, kept)));
            } else if (counts[c] > 0) {
                if (c == 0) {
                    addAllBut(singles, carried, kept);
                }
                for (int i = bounds[c]; i < bounds[c + 1]; i++) {
                    if (!same(shorts.event(i), kept)) {
                        singles.add(shorts.event(i));
                    }
                }
            }
        }
        for (int i = 0; i < longs.size(); i++) {
            int c = longColumn[i];
            if (c >= 0 && !asBadge[c] && !same(longs.event(i), kept)) {
                singles.add(longs.event(i));
            }
        }
        return new LaneContent(clusters, singles);
    }

    /** The column a short event counts in, or -1 when it is not in view. */
    private static int columnOf(LaneIndex.Part shorts, int[] bounds, List<Event> carried, Event kept, long first,
                                double columnDays) {
        for (Event e : carried) {
            if (same(e, kept)) {
                return 0;
            }
        }
        long start = org.balancingact.index.TimeSpan.startDay(kept.when());
        int c = (int) (Math.floor(start / columnDays) - first);
        if (c < 0 || c + 1 >= bounds.length) {
            return -1;
        }
        for (int i = bounds[c]; i < bounds[c + 1]; i++) {
            if (same(shorts.event(i), kept)) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The column an event counts in at this view: the one of its first day, or the view's first column when
     * it began earlier (as the layout above counts it).
     */
    static long column(Event e, double startDay, double columnDays) {
        long first = (long) Math.floor(startDay / columnDays);
        return Math.max(first, (long) Math.floor(org.balancingact.index.TimeSpan.startDay(e.when()) / columnDays));
    }

    static boolean same(Event e, Event kept) {
        return kept != null && (e == kept || e.id().equals(kept.id()));
    }

    private static void addAllBut(List<Event> into, List<Event> from, Event but) {
        for (Event e : from) {
            if (!same(e, but)) {
                into.add(e);
            }
        }
    }
}
