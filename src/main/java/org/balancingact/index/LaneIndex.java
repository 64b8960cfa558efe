package org.balancingact.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.balancingact.model.Event;

/**
 * Events by lane and time, in primitive arrays so that counting what falls in a pixel column is a pair
 * of binary searches, even at a million events. Per lane, short events sit in arrays sorted by start
 * (a prefix-count structure: the number starting in {@code [a, b)} is {@code lowerBound(b) - lowerBound(a)});
 * the few long ones (open-ended or spanning more than {@link EventIndex#LONG_EVENT_DAYS}) are kept
 * aside and scanned, so they cannot widen every search. An event with several lane keys is in each lane.
 */
public final class LaneIndex {
    private final List<String> laneKeys;
    private final Lane[] lanes;
    private final long[] allStarts;

    /** One lane: parallel arrays sorted by start day. */
    static final class Lane {
        long[] starts;
        long[] ends;
        Event[] events;
        int size;
        long maxDays;

        Lane(int capacity) {
            starts = new long[capacity];
            ends = new long[capacity];
            events = new Event[capacity];
        }

        void add(long start, long end, Event event) {
            if (size == starts.length) {
                int grown = Math.max(16, size * 2);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                events = Arrays.copyOf(events, grown);
            }
            starts[size] = start;
            ends[size] = end;
            events[size] = event;
            size++;
            maxDays = Math.max(maxDays, end - start);
        }
    }

    /**
     * @param events  in time order (as {@link org.balancingact.model.Timeline#events()} keeps them)
     * @param laneKeys the lanes in display order
     * @param keysOf  the lanes of one event; keys not in {@code laneKeys} are ignored
     */
    public LaneIndex(List<Event> events, List<String> laneKeys, Function<Event, List<String>> keysOf) {
        this.laneKeys = List.copyOf(laneKeys);
        int n = this.laneKeys.size();
        Map<String, Integer> laneOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            laneOf.put(this.laneKeys.get(i), i);
        }
        // first every (event, lane) pair and the size of each lane, then each lane's arrays at their exact
        // size: a million events would otherwise regrow (and copy) every lane's arrays some twenty times
        Event[] all = events.toArray(new Event[0]);
        int[] pairEvent = new int[all.length];
        int[] pairSlot = new int[all.length]; // slot 2 * lane holds the lane's short events, 2 * lane + 1 its long ones
        int pairs = 0;
        int[] slotSizes = new int[2 * n];
        long[] starts = new long[all.length];
        boolean inOrder = true;
        for (int i = 0; i < all.length; i++) {
            long start = TimeSpan.startDay(all[i].when());
            long end = TimeSpan.endDay(all[i].when());
            starts[i] = start;
            inOrder &= i == 0 || starts[i - 1] <= start;
            int part = end - start > EventIndex.LONG_EVENT_DAYS ? 1 : 0;
            List<String> keys = keysOf.apply(all[i]);
            for (int k = 0; k < keys.size(); k++) {
                Integer lane = laneOf.get(keys.get(k));
                if (lane != null) {
                    if (pairs == pairEvent.length) {
                        pairEvent = Arrays.copyOf(pairEvent, pairs * 2);
                        pairSlot = Arrays.copyOf(pairSlot, pairs * 2);
                    }
                    pairEvent[pairs] = i;
                    pairSlot[pairs++] = 2 * lane + part;
                    slotSizes[2 * lane + part]++;
                }
            }
        }
        Lane[] slots = new Lane[2 * n];
        for (int slot = 0; slot < slots.length; slot++) {
            slots[slot] = new Lane(slotSizes[slot]);
        }
        for (int p = 0; p < pairs; p++) {
            Event event = all[pairEvent[p]];
            slots[pairSlot[p]].add(starts[pairEvent[p]], TimeSpan.endDay(event.when()), event);
        }
        if (!inOrder) {
            Arrays.sort(starts); // a Timeline's events are in time order already
        }
        this.allStarts = starts;
        this.lanes = new Lane[2 * n];
        for (int slot = 0; slot < slots.length; slot++) {
            lanes[slot] = sorted(slots[slot]);
        }
    }

    /** Sorts a lane by start if the input was not in time order. */
    private static Lane sorted(Lane lane) {
        for (int i = 1; i < lane.size; i++) {
            if (lane.starts[i] < lane.starts[i - 1]) {
                Integer[] order = new Integer[lane.size];
                for (int k = 0; k < order.length; k++) {
                    order[k] = k;
                }
                Arrays.sort(order, (a, b) -> Long.compare(lane.starts[a], lane.starts[b]));
                Lane copy = new Lane(lane.size);
                for (int k : order) {
                    copy.add(lane.starts[k], lane.ends[k], lane.events[k]);
                }
                return copy;
            }
        }
        return lane;
    }

    public List<String> laneKeys() {
        return laneKeys;
    }

    public int laneCount() {
        return laneKeys.size();
    }

    /** Number of events (all lanes, each counted once). */
    public int size() {
        return allStarts.length;
    }

    /** How many events (each once) start in {@code [fromDay, toDay)}: the overview's density. */
    public int countStarting(double fromDay, double toDay) {
        return lowerBound(allStarts, allStarts.length, toDay) - lowerBound(allStarts, allStarts.length, fromDay);
    }

    // ---- one lane: "part" 0 holds the short events, part 1 the long ones ----

    /** The short (part 0) or long (part 1) events of a lane. */
    public Part part(int lane, int part) {
        return new Part(lanes[2 * lane + part]);
    }

    /** A read-only view of one sorted part of a lane. */
    public static final class Part {
        private final Lane lane;

        Part(Lane lane) {
            this.lane = lane;
        }

        public int size() {
            return lane.size;
        }

        public long start(int i) {
            return lane.starts[i];
        }

        public long end(int i) {
            return lane.ends[i];
        }

        public Event event(int i) {
            return lane.events[i];
        }

        /** The longest event of this part, in days: how far back a search must look for overlaps. */
        public long maxDays() {
            return lane.maxDays;
        }

        /** Index of the first event starting on or after {@code day}. */
        public int firstStartingAtOrAfter(double day) {
            return lowerBound(lane.starts, lane.size, day);
        }
    }

    private static int lowerBound(long[] sorted, int size, double key) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
