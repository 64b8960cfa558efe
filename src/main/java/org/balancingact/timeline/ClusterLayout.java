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
 */
final class ClusterLayout {
    /** A badge standing for {@code count} events starting in {@code [fromDay, toDay)}. */
    record Cluster(int lane, double fromDay, double toDay, int count) {
    }

    /** What one lane shows at this zoom: badges, and the events drawn one by one. */
    record LaneContent(List<Cluster> clusters, List<Event> singles) {
    }

    private ClusterLayout() {
    }

    /**
     * @param columnDays width of a column in days (a badge width at the current zoom)
     * @param capacity   most events a column shows one by one
     */
    static LaneContent lane(LaneIndex index, int lane, double startDay, double endDay, double columnDays,
                            int capacity) {
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
        for (int i = 0; i < longs.size(); i++) {
            longColumn[i] = -1;
            if (longs.start(i) < endDay && longs.end(i) + 1 > startDay) {
                int c = (int) Math.max(0, Math.floor(longs.start(i) / columnDays) - first);
                longColumn[i] = c;
                counts[c]++;
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        List<Event> singles = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (counts[c] > capacity) {
                clusters.add(new Cluster(lane, (first + c) * columnDays, (first + c + 1) * columnDays, counts[c]));
            } else if (counts[c] > 0) {
                if (c == 0) {
                    singles.addAll(carried);
                }
                for (int i = bounds[c]; i < bounds[c + 1]; i++) {
                    singles.add(shorts.event(i));
                }
            }
        }
        for (int i = 0; i < longs.size(); i++) {
            int c = longColumn[i];
            if (c >= 0 && counts[c] <= capacity) {
                singles.add(longs.event(i));
            }
        }
        return new LaneContent(clusters, singles);
    }
}
