package org.balancingact.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.Event;

/**
 * Chooses which days a view shows: of candidate ranges between the events' own dates, the one in which
 * the most titles can be read whole without scrolling, at the size the view really has. Each candidate
 * is scored by laying it out exactly as it would be drawn ({@link LanesInView}), so the count is what a
 * student will see. On the bundled data the opening view frames 2020–2022, where the article's story is,
 * instead of an even 2014–2022 scale whose last two years fold into badges.
 *
 * <p>The same search frames given events: a tour step's event with its neighbours (the stage's strip),
 * or everything an actor highlights (Zoom to selection). Searching costs a layout per candidate, so it is
 * done for files of up to {@link #MAX_EVENTS} events (a class's own timeline); a larger file opens on its
 * main period, as before.
 */
final class OpeningFrame {
    /** Files with more events than this are framed without a search. */
    static final int MAX_EVENTS = 300;
    /** Candidate edges: this many dates spread over the events (by count, not by time). */
    private static final int ANCHORS = 18;
    /** Room kept either side of the events a candidate frames, as a share of its span. */
    private static final double MARGIN = 0.03;
    /** Room for the titles of the last events, which are written to the right of their marks. */
    private static final double[] TITLE_ROOM = {0.15, 0.3, 0.5};

    /** A range, how many of the wanted events it shows readable, and how many events in all. */
    record Choice(double startDay, double endDay, int wanted, int readable) {
    }

    /**
     * What to frame: {@code events} that must be in the range (none: any range), which of them are
     * counted first ({@code wanted}, none: all events count the same), and on a tie whether the wider
     * range wins (more context, the opening view) or the narrower (a closer look).
     */
    record Goal(Collection<Event> events, boolean wider) {
        static final Goal OPENING = new Goal(List.of(), true);
    }

    private OpeningFrame() {
    }

    /**
     * @param base   the layout request at the view's real size (its days are replaced by each candidate's)
     * @param shown  the events shown (the filter applied)
     * @param height the lanes' room in pixels
     * @return the best range, or null when there are too many events to search or none to frame
     */
    static Choice choose(LanesInView.Request base, List<Event> shown, double height, Goal goal) {
        return choose(base, shown, height, goal, true);
    }

    /**
     * @param prune whether candidates that cannot beat the best found so far are skipped unscored (the
     *              same choice as scoring them all, which a test checks; the opening view scored 513
     *              layouts on the FX thread before the window's first frame, 22 % of that thread's work)
     */
    static Choice choose(LanesInView.Request base, List<Event> shown, double height, Goal goal, boolean prune) {
        if (shown.size() > MAX_EVENTS || shown.isEmpty()) {
            return null;
        }
        long[] starts = shown.stream().filter(e -> !e.when().isOpenStart())
                .mapToLong(e -> TimeSpan.startDay(e.when())).sorted().distinct().toArray();
        if (starts.length == 0) {
            return null;
        }
        long[] anchors = anchors(starts);
        double mustFrom = Double.MAX_VALUE;
        double mustTo = -Double.MAX_VALUE;
        Set<String> wanted = new java.util.HashSet<>();
        for (Event event : goal.events()) {
            if (!event.when().isOpenStart()) {
                mustFrom = Math.min(mustFrom, TimeSpan.startDay(event.when()));
                mustTo = Math.max(mustTo, TimeSpan.startDay(event.when()) + 1);
            }
            wanted.add(event.id());
        }
        LanesInView.Request measured = base.measuringOnce();
        Reach reach = Reach.of(shown, wanted);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < anchors.length; i++) {
            for (int j = i; j < anchors.length; j++) {
                double from = Math.min(anchors[i], mustFrom);
                double to = Math.max(anchors[j] + 1, mustTo);
                double span = Math.max(TimelineView.MIN_SPAN_DAYS * 4, to - from);
                for (double room : TITLE_ROOM) {
                    candidates.add(Candidate.of(from - span * MARGIN, to + span * room, reach,
                            base.metrics().badgePx() + 20, base.width()));
                }
            }
        }
        if (prune) {
            // the most events in range first: a good best early lets more of the rest be skipped
            candidates.sort(Comparator.comparingInt(Candidate::mostWanted).thenComparingInt(Candidate::mostReadable)
                    .reversed());
        }
        Choice best = null;
        for (Candidate c : candidates) {
            if (prune && best != null && (c.mostWanted() < best.wanted()
                    || c.mostWanted() == best.wanted() && c.mostReadable() < best.readable())) {
                continue; // at most as many wanted titles, and fewer titles in all: it cannot win
            }
            Choice candidate = score(measured, c.start(), c.end(), height, wanted);
            if (better(candidate, best, goal.wider())) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * A range to score, with what it can show at most: the events (and the wanted ones) that reach into
     * it, with room to spare either side for what the layout draws from just outside a range: the badge
     * columns it rounds out to, and a day just before it drawn at the left edge. A tenth of the span, or
     * a badge and 20 pixels in days, whichever is more (in narrow lanes a tenth is too little).
     */
    private record Candidate(double start, double end, int mostReadable, int mostWanted) {
        static Candidate of(double start, double end, Reach reach, double sparePx, double width) {
            double slack = Math.max((end - start) * 0.1, sparePx / Math.max(1, width) * (end - start));
            int readable = 0;
            int wantedIn = 0;
            for (int i = 0; i < reach.firstDays().length; i++) {
                // open ends are far-away days (TimeSpan), so they reach into every range
                if (reach.firstDays()[i] < end + slack && reach.lastDays()[i] + 1 > start - slack) {
                    readable++;
                    wantedIn += reach.wanted()[i] ? 1 : 0;
                }
            }
            return new Candidate(start, end, readable, wantedIn);
        }
    }

    /** Each shown event's first and last day and whether it is wanted, read once for all candidates. */
    private record Reach(long[] firstDays, long[] lastDays, boolean[] wanted) {
        static Reach of(List<Event> shown, Set<String> wanted) {
            long[] first = new long[shown.size()];
            long[] last = new long[shown.size()];
            boolean[] isWanted = new boolean[shown.size()];
            for (int i = 0; i < shown.size(); i++) {
                first[i] = TimeSpan.startDay(shown.get(i).when());
                last[i] = TimeSpan.endDay(shown.get(i).when());
                isWanted[i] = wanted.contains(shown.get(i).id());
            }
            return new Reach(first, last, isWanted);
        }
    }

    private static Choice score(LanesInView.Request base, double start, double end, double height, Set<String> wanted) {
        LanesInView lanes = LanesInView.compute(base.withDays(start, end), 0);
        Set<String> readable = lanes.wholeTitlesInSight(height, base.width(), base.metrics());
        int hits = 0;
        for (String id : wanted) {
            hits += readable.contains(id) ? 1 : 0;
        }
        return new Choice(start, end, hits, readable.size());
    }

    private static boolean better(Choice candidate, Choice best, boolean wider) {
        if (best == null) {
            return true;
        }
        if (candidate.wanted() != best.wanted()) {
            return candidate.wanted() > best.wanted();
        }
        if (candidate.readable() != best.readable()) {
            return candidate.readable() > best.readable();
        }
        if (!wider) {
            double span = candidate.endDay() - candidate.startDay();
            double bestSpan = best.endDay() - best.startDay();
            // then the earlier range: the order in which candidates are scored never decides
            return span != bestSpan ? span < bestSpan : candidate.startDay() < best.startDay();
        }
        // as many titles either way: less empty room after the last events (a view running a year past
        // the data looks as if nothing happened then), then more context before them
        if (candidate.endDay() != best.endDay()) {
            return candidate.endDay() < best.endDay();
        }
        return candidate.startDay() < best.startDay();
    }

    /**
     * The main period of a file's events, {@code {from, to}} in days, or null for fewer than three: a lone
     * event far from the rest (the article's analogy with the late 1980s) is left out, so it does not
     * squeeze everything else into a sliver. What a large file opens on.
     */
    static double[] mainPeriod(List<Event> all) {
        List<Event> events = all.stream().filter(e -> !e.when().isOpenStart() && !e.when().isOpenEnd()).toList();
        if (events.size() < 3) {
            return null;
        }
        long[] starts = events.stream().mapToLong(e -> TimeSpan.startDay(e.when())).sorted().toArray();
        long[] ends = events.stream().mapToLong(e -> TimeSpan.endDay(e.when())).sorted().toArray();
        int first = 0;
        int last = ends.length - 1;
        while (first < starts.length - 2 && starts[first + 1] - ends[Math.min(first, last)] > ends[last] - starts[first + 1]
                && ends[first] < starts[first + 1]) {
            first++;
        }
        while (last > first + 1 && starts[last] - ends[last - 1] > ends[last - 1] - starts[first]) {
            last--;
        }
        return new double[] {starts[first], ends[last] + 1};
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
