package org.balancingact.shell.handout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A broken time axis for paper. A dataset's events often crowd a few months and leave decades empty
 * (the bundled one: the 1980s, 2014–15, then 2020–22, most of it in spring 2022). One linear axis would
 * squeeze the crowded months into a sliver, so the axis is cut into segments, each linear:
 * <ul>
 *   <li>spans of time without any event longer than {@link #GAP_DAYS} are left out;</li>
 *   <li>what remains is cut at the new years, and neighbouring years of similar density (events per day,
 *       within a factor {@link #DENSITY_RATIO}) are joined again;</li>
 *   <li>each segment gets width in proportion to the events it holds, at least {@link #MIN_WIDTH}.</li>
 * </ul>
 * The figure draws a break (⫽) between segments, so a reader sees where the scale changes. Pure
 * arithmetic on epoch days.
 */
public final class TimeAxis {
    static final long GAP_DAYS = 730;
    static final double DENSITY_RATIO = 3;
    static final float MIN_WIDTH = 48;
    /** The space left between two segments for the break mark. */
    public static final float BREAK = 10;

    /** A linear piece of the axis: days {@code fromDay..toDay} (inclusive) drawn from {@code x0} to {@code x1}. */
    public record Segment(long fromDay, long toDay, float x0, float x1) {
        public float x(long day) {
            double f = (day - fromDay) / (double) (toDay + 1 - fromDay);
            return (float) (x0 + f * (x1 - x0));
        }

        public float pointsPerDay() {
            return (x1 - x0) / (float) (toDay + 1 - fromDay);
        }
    }

    /** The days an event may cover: earliest and latest (open ends already closed by the caller). */
    public record Span(long earliest, long latest) {
    }

    private final List<Segment> segments;

    private TimeAxis(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    public List<Segment> segments() {
        return segments;
    }

    public float x0() {
        return segments.get(0).x0();
    }

    public float x1() {
        return segments.get(segments.size() - 1).x1();
    }

    /** Where a day is drawn; a day between segments goes to the nearer edge, one outside to the axis' end. */
    public float x(long day) {
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (day < s.fromDay()) {
                return i == 0 ? s.x0() : (day - segments.get(i - 1).toDay() < s.fromDay() - day
                        ? segments.get(i - 1).x1() : s.x0());
            }
            if (day <= s.toDay()) {
                return s.x(day);
            }
        }
        return x1();
    }

    /** Where the day after {@code day} begins, in {@code day}'s segment: the right edge of a mark ending on it. */
    public float xEnd(long day) {
        for (Segment s : segments) {
            if (day >= s.fromDay() && day <= s.toDay()) {
                return s.x(day + 1);
            }
        }
        return x(day);
    }

    /** A tick on the axis: years on the upper row, months (or nothing) on the lower one. */
    public record Tick(float x, String label, boolean year, boolean rightAligned) {
    }

    /**
     * Ticks per segment, as fine as its scale allows: months where a month has room for its name,
     * else years, five years or decades. Each segment says its first year (and, when it spans years at a
     * coarse scale, its last), so that a reader can tell what every piece between two breaks covers.
     */
    public List<Tick> ticks(java.util.Locale locale) {
        List<Tick> ticks = new ArrayList<>();
        for (Segment s : segments) {
            LocalDate from = LocalDate.ofEpochDay(s.fromDay());
            LocalDate to = LocalDate.ofEpochDay(s.toDay());
            float perMonth = s.pointsPerDay() * 30.44f;
            float perYear = s.pointsPerDay() * 365.25f;
            ticks.add(new Tick(s.x0(), Integer.toString(from.getYear()), true, false));
            if (perMonth >= 14) {
                for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
                    if (d.isBefore(from)) {
                        continue;
                    }
                    if (d.getDayOfYear() == 1 && !d.equals(from)) {
                        ticks.add(new Tick(s.x(d.toEpochDay()), Integer.toString(d.getYear()), true, false));
                    }
                    ticks.add(new Tick(s.x(d.toEpochDay()), d.getMonth()
                            .getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, locale), false, false));
                }
                continue;
            }
            int step = perYear >= 22 ? 1 : perYear * 5 >= 22 ? 5 : 10;
            for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
                if (year % step == 0) {
                    ticks.add(new Tick(s.x(LocalDate.of(year, 1, 1).toEpochDay()), Integer.toString(year), true, false));
                }
            }
            if (to.getYear() > from.getYear() && step > 1) {
                ticks.add(new Tick(s.x1(), Integer.toString(to.getYear()), true, true));
            }
        }
        return ticks;
    }

    /** An axis for these spans from {@code x0} to {@code x1}. */
    public static TimeAxis fit(List<Span> spans, float x0, float x1) {
        if (spans.isEmpty()) {
            long start = LocalDate.of(2022, 1, 1).toEpochDay(); // any year: there is nothing to place
            return new TimeAxis(List.of(new Segment(start, start + 364, x0, x1)));
        }
        List<Piece> pieces = new ArrayList<>();
        int era = 0;
        for (long[] range : eras(spans)) {
            for (long[] year : years(range[0], range[1])) {
                pieces.add(Piece.of(year[0], year[1], era, spans));
            }
            era++;
        }
        return new TimeAxis(place(joinSimilar(pieces, spans), x0, x1));
    }

    /**
     * Days {@code from..to} of one era, and how many events fall in them: an event counts by the share
     * of its days inside, so that a decade-long event weighs one in all, not one in each year.
     */
    private record Piece(long from, long to, int era, double events) {
        static Piece of(long from, long to, int era, List<Span> spans) {
            double events = 0;
            for (Span s : spans) {
                long inside = Math.min(to, s.latest()) - Math.max(from, s.earliest()) + 1;
                if (inside > 0) {
                    events += inside / (double) (s.latest() - s.earliest() + 1);
                }
            }
            return new Piece(from, to, era, events);
        }

        /** Events per day; an empty piece counts as a little, so that two empty years are alike. */
        double density() {
            return Math.max(events, 0.25) / (to - from + 1);
        }

        double weight() {
            return Math.max(events, 0.25);
        }
    }

    /** Runs of time covered by events, cut where more than {@link #GAP_DAYS} pass without one; whole months. */
    static List<long[]> eras(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(Span::earliest));
        List<long[]> eras = new ArrayList<>();
        long[] current = null;
        for (Span s : sorted) {
            if (current != null && s.earliest() - current[1] <= GAP_DAYS) {
                current[1] = Math.max(current[1], s.latest());
            } else {
                current = new long[] {s.earliest(), s.latest()};
                eras.add(current);
            }
        }
        for (long[] e : eras) {
            LocalDate from = LocalDate.ofEpochDay(e[0]).withDayOfMonth(1);
            LocalDate to = LocalDate.ofEpochDay(e[1]);
            e[0] = from.toEpochDay();
            e[1] = to.withDayOfMonth(to.lengthOfMonth()).toEpochDay();
        }
        return eras;
    }

    /** An era cut at each 1 January inside it. */
    private static List<long[]> years(long from, long to) {
        List<long[]> out = new ArrayList<>();
        long start = from;
        while (start <= to) {
            long nextYear = LocalDate.ofEpochDay(start).withDayOfYear(1).plusYears(1).toEpochDay();
            long end = Math.min(to, nextYear - 1);
            out.add(new long[] {start, end});
            start = end + 1;
        }
        return out;
    }

    /** Joins neighbouring pieces of one era while their densities differ by at most {@link #DENSITY_RATIO}. */
    private static List<Piece> joinSimilar(List<Piece> pieces, List<Span> spans) {
        List<Piece> out = new ArrayList<>(pieces);
        while (true) {
            int best = -1;
            double bestRatio = Double.MAX_VALUE;
            for (int i = 0; i + 1 < out.size(); i++) {
                Piece a = out.get(i);
                Piece b = out.get(i + 1);
                if (a.era() != b.era()) {
                    continue;
                }
                double ratio = Math.max(a.density(), b.density()) / Math.min(a.density(), b.density());
                if (ratio < bestRatio) {
                    bestRatio = ratio;
                    best = i;
                }
            }
            if (best < 0 || bestRatio > DENSITY_RATIO) {
                return out;
            }
            Piece a = out.get(best);
            Piece b = out.remove(best + 1);
            out.set(best, Piece.of(a.from(), b.to(), a.era(), spans));
        }
    }

    /** Widths in proportion to the events in each piece, none narrower than {@link #MIN_WIDTH}. */
    private static List<Segment> place(List<Piece> pieces, float x0, float x1) {
        int n = pieces.size();
        float available = (x1 - x0) - BREAK * (n - 1);
        float min = Math.min(MIN_WIDTH, available / n);
        boolean[] atMin = new boolean[n];
        float[] widths = new float[n];
        for (boolean changed = true; changed; ) {
            changed = false;
            double weight = 0;
            float fixed = 0;
            for (int i = 0; i < n; i++) {
                if (atMin[i]) {
                    fixed += min;
                } else {
                    weight += pieces.get(i).weight();
                }
            }
            for (int i = 0; i < n; i++) {
                widths[i] = atMin[i] ? min : (float) ((available - fixed) * pieces.get(i).weight() / weight);
                if (!atMin[i] && widths[i] < min) {
                    atMin[i] = true;
                    changed = true;
                }
            }
        }
        List<Segment> segments = new ArrayList<>();
        float x = x0;
        for (int i = 0; i < n; i++) {
            segments.add(new Segment(pieces.get(i).from(), pieces.get(i).to(), x, x + widths[i]));
            x += widths[i] + BREAK;
        }
        return segments;
    }
}
