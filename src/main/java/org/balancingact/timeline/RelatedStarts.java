package org.balancingact.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.Event;

/**
 * The days of the events related to the selection, per lane, sorted by start: what a cluster badge
 * needs to say "3 of these 14 are related". Built once when the selection changes (its cost follows
 * the related events, not the whole dataset), then counting a badge is two binary searches.
 */
final class RelatedStarts {
    static final RelatedStarts NONE = new RelatedStarts(Map.of());

    private final Map<Integer, long[][]> byLane; // lane -> {starts, sorted; ends, in the same order}
    private final Map<Integer, List<Event>> eventsByLane;

    private RelatedStarts(Map<Integer, long[][]> byLane) {
        this(byLane, Map.of());
    }

    private RelatedStarts(Map<Integer, long[][]> byLane, Map<Integer, List<Event>> eventsByLane) {
        this.byLane = byLane;
        this.eventsByLane = eventsByLane;
    }

    /**
     * For the explorer state's highlights: the events an actor, a relation or a quote highlights (an
     * event's selection needs none: the event itself is drawn, never counted in a badge).
     */
    static RelatedStarts forHighlights(TimelineView view, org.balancingact.index.LaneIndex index) {
        org.balancingact.explore.Highlights h = view.getState().getHighlights();
        if (!h.isActive() || h.selection() instanceof org.balancingact.explore.Selection.OfEvent || h.events().isEmpty()) {
            return NONE;
        }
        var timeline = view.getState().getTimeline();
        List<Event> events = new ArrayList<>();
        h.events().forEach(id -> timeline.event(id).filter(view.getState().getFilter()::accepts).ifPresent(events::add));
        return of(events, e -> TimelineSkin.laneIndexes(index, view.getLaneGrouping().keysOf(e, timeline)));
    }

    /**
     * @param related the highlighted events (the selection's related ones)
     * @param laneOf  the lane indexes an event is drawn in
     */
    static RelatedStarts of(Collection<Event> related, Function<Event, int[]> laneOf) {
        if (related.isEmpty()) {
            return NONE;
        }
        Map<Integer, List<Event>> lanes = new HashMap<>();
        for (Event event : related) {
            for (int lane : laneOf.apply(event)) {
                lanes.computeIfAbsent(lane, l -> new ArrayList<>()).add(event);
            }
        }
        Map<Integer, long[][]> byLane = new HashMap<>();
        for (Map.Entry<Integer, List<Event>> lane : lanes.entrySet()) {
            List<Event> events = lane.getValue();
            events.sort((a, b) -> Long.compare(TimeSpan.startDay(a.when()), TimeSpan.startDay(b.when())));
            long[] starts = new long[events.size()];
            long[] ends = new long[events.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = TimeSpan.startDay(events.get(i).when());
                ends[i] = TimeSpan.endDay(events.get(i).when());
            }
            byLane.put(lane.getKey(), new long[][] {starts, ends});
        }
        return new RelatedStarts(byLane, lanes);
    }

    /**
     * How many related events of a lane a badge over {@code [from, to)} holds: those starting in it and,
     * for the first column, those that began earlier and reach past {@code viewStart} (as
     * {@link ClusterLayout} counts them). The kept event is drawn as itself, so it is not counted.
     */
    int countIn(int lane, double from, double to, boolean firstColumn, double viewStart, Event kept) {
        long[][] days = byLane.get(lane);
        if (days == null) {
            return 0;
        }
        long[] starts = days[0];
        int lo = lowerBound(starts, from);
        int n = lowerBound(starts, to) - lo;
        if (firstColumn) {
            for (int i = 0; i < lo; i++) {
                if (days[1][i] + 1 > viewStart) {
                    n++;
                }
            }
        }
        if (kept != null && n > 0) {
            List<Event> events = eventsByLane.get(lane);
            long keptStart = TimeSpan.startDay(kept.when());
            for (int i = lowerBound(starts, keptStart); i < starts.length && starts[i] == keptStart; i++) {
                boolean counted = (keptStart >= from && keptStart < to)
                        || (firstColumn && keptStart < from && days[1][i] + 1 > viewStart);
                if (counted && ClusterLayout.same(events.get(i), kept)) {
                    n--;
                }
            }
        }
        return n;
    }

    boolean isEmpty() {
        return byLane.isEmpty();
    }

    private static int lowerBound(long[] sorted, double key) {
        int i = Arrays.binarySearch(sorted, (long) Math.ceil(key));
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == sorted[i]) {
            i--;
        }
        return i;
    }
}
