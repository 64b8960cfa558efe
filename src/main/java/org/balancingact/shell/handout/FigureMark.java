package org.balancingact.shell.handout;

import java.time.LocalDate;
import org.balancingact.model.HistoricalDate;

/**
 * Where an event's mark goes on a {@link TimeAxis}, drawn honestly from its date: a day, some time
 * within a range, or a period whose imprecise ends fade over every day they may be.
 *
 * @param fade0 where the earliest possible start is (the mark's left edge)
 * @param core0 from here the period has surely begun
 * @param core1 until here it surely lasts
 * @param fade1 where the latest possible end is (the mark's right edge)
 */
record FigureMark(Kind kind, float fade0, float core0, float core1, float fade1, boolean qualified,
                  boolean openStart, boolean openEnd) {
    enum Kind { DAY, WITHIN, PERIOD }

    /** Narrower marks are widened to this, about their middle, so that a month still shows at a decade's scale. */
    static final float MIN_WIDTH = 3;

    float x0() {
        return kind == Kind.DAY ? fade0 - FigureMarks.DIAMOND / 2 : fade0;
    }

    float x1() {
        return kind == Kind.DAY ? fade0 + FigureMarks.DIAMOND / 2 : fade1;
    }

    /** An open start runs from the axis' first day, an open end to its last (with an arrow). */
    static FigureMark of(HistoricalDate when, TimeAxis axis) {
        boolean qualified = when.isApproximate() || when.isUncertain();
        if (!when.isInterval()) {
            long from = when.earliestEpochDay();
            long to = when.latestEpochDay();
            if (from == to) {
                float x = (axis.x(from) + axis.xEnd(from)) / 2;
                return new FigureMark(Kind.DAY, x, x, x, x, qualified, false, false);
            }
            float[] span = widened(axis.x(from), axis.xEnd(to));
            return new FigureMark(Kind.WITHIN, span[0], span[0], span[1], span[1], qualified, false, false);
        }
        float fade0;
        float core0;
        if (when.isOpenStart()) {
            fade0 = core0 = axis.x0();
        } else {
            fade0 = axis.x(day(when.startBounds().start()));
            core0 = when.startBounds().days() > 1 ? axis.xEnd(day(when.startBounds().end())) : fade0;
        }
        float core1;
        float fade1;
        if (when.isOpenEnd()) {
            core1 = fade1 = axis.x1();
        } else {
            fade1 = axis.xEnd(day(when.endBounds().end()));
            core1 = when.endBounds().days() > 1 ? axis.x(day(when.endBounds().start())) : fade1;
        }
        if (core0 > core1) { // the imprecise ends overlap: nothing is sure, the fades meet
            float middle = Math.max(fade0, Math.min(fade1, (core0 + core1) / 2));
            core0 = core1 = middle;
        }
        if (fade1 - fade0 < MIN_WIDTH) {
            float[] span = widened(fade0, fade1);
            fade0 = core0 = span[0];
            fade1 = core1 = span[1];
        }
        return new FigureMark(Kind.PERIOD, fade0, core0, core1, fade1, qualified, when.isOpenStart(), when.isOpenEnd());
    }

    private static long day(LocalDate date) {
        return date.toEpochDay();
    }

    private static float[] widened(float x0, float x1) {
        if (x1 - x0 >= MIN_WIDTH) {
            return new float[] {x0, x1};
        }
        float middle = (x0 + x1) / 2;
        return new float[] {middle - MIN_WIDTH / 2, middle + MIN_WIDTH / 2};
    }
}
