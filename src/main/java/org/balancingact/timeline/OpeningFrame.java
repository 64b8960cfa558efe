package org.balancingact.timeline;

import java.util.Arrays;
import java.util.List;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.Event;

/**
 * Chooses which days a view opens on: of a set of candidate ranges between the events' own dates, the
 * one in which the most titles can be read whole without scrolling, at the size the view really has.
 * Each candidate is scored by laying it out exactly as it would be drawn ({@link LanesInView}), so the
 * count is what a student will see. On the bundled data this frames 2020–2022, where the article's story
 * is, instead of an even 2014–2022 scale whose last two years fold into badges.
 *
 * <p>Searching costs a layout per candidate, so it is done for files of up to {@link #MAX_EVENTS} events
 * (a class's own timeline); a larger file opens on its main period, as before.
 */
final class OpeningFrame {
    /** Files with more events than this open on their main period without a search. */
    static final int MAX_EVENTS = 300;
    /** Candidate edges: this many dates spread over the events (by count, not by time). */
    private static final int ANCHORS = 18;
    /** Room kept either side of the events a candidate frames, as a share of its span. */
    private static final double MARGIN = 0.03;
    /** Room for the titles of the last events, which are written to the right of their marks. */
    private static final double[] TITLE_ROOM = {0.15, 0.3, 0.5};

    /** A range and how many whole titles it shows. */
    record Choice(double startDay, double endDay, int readable) {
    }

    private OpeningFrame() {
    }

    /**
     * @param base    the layout request at the view's real size (its days are replaced by each candidate's)
     * @param events  the events shown (the filter applied), in time order
     * @param height  the lanes' room in pixels
     * @param within  when not null, only ranges holding this event are considered (framing one event in
     *                its context: the tour strip, {@link TimelineView#frameEvent})
     * @param wider   on a tie, whether the wider range wins (more context) or the narrower (closer look)
     * @return the best range, or null when there are too many events to search or too few to choose from
     */
    static Choice choose(LanesInView.Request base, List<Event> events, double height, Event within, boolean wider) {
        if (events.size() > MAX_EVENTS || events.isEmpty()) {
            return null;
        }
        long[] starts = events.stream().filter(e -> !e.when().isOpenStart())
                .mapToLong(e -> TimeSpan.startDay(e.when())).sorted().distinct().toArray();
        if (starts.length == 0) {
            return null;
        }
        long[] anchors = anchors(starts);
        double keepFrom = within == null ? Double.NaN : TimeSpan.startDay(within.when());
        Choice best = null;
        for (int i = 0; i < anchors.length; i++) {
            for (int j = i; j < anchors.length; j++) {
                double from = anchors[i];
                double to = anchors[j] + 1;
                double span = Math.max(TimelineView.MIN_SPAN_DAYS * 4, to - from);
                if (!Double.isNaN(keepFrom) && (keepFrom < from || keepFrom >= to)) {
                    continue;
                }
                for (double room : TITLE_ROOM) {
                    double start = from - span * MARGIN;
                    double end = to + span * room;
                    Choice candidate = score(base, start, end, height);
                    if (better(candidate, best, wider)) {
                        best = candidate;
                    }
                }
            }
        }
        return best;
    }

    private static Choice score(LanesInView.Request base, double start, double end, double height) {
        LanesInView lanes = LanesInView.compute(base.withDays(start, end), 0);
        return new Choice(start, end, lanes.wholeTitlesInSight(height, base.width(), base.metrics()));
    }

    private static boolean better(Choice candidate, Choice best, boolean wider) {
        if (best == null || candidate.readable() > best.readable()) {
            return true;
        }
        if (candidate.readable() < best.readable()) {
            return false;
        }
        double span = candidate.endDay() - candidate.startDay();
        double bestSpan = best.endDay() - best.startDay();
        return wider ? span > bestSpan : span < bestSpan;
    }

    /** Up to {@link #ANCHORS} start days spread evenly by count, the first and the last included. */
    private static long[] anchors(long[] starts) {
        if (starts.length <= ANCHORS) {
            return starts;
        }
        long[] anchors = new long[ANCHORS];
        for (int k = 0; k < ANCHORS; k++) {
            anchors[k] = starts[(int) Math.round(k * (starts.length - 1) / (double) (ANCHORS - 1))];
        }
        return Arrays.stream(anchors).distinct().toArray();
    }
}
