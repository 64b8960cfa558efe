package org.balancingact.shell.handout;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfShading;
import com.lowagie.text.pdf.PdfShadingPattern;
import java.awt.Color;

/**
 * The marks of the figure, made to survive a greyscale printer: they differ in shape and pattern, not
 * colour. A day is a diamond (hollow when only about that day); a date known to the month, year or
 * decade is a hatched box over all the days it may be; a period is a grey bar whose imprecise start or
 * end fades from white, from the earliest to the latest day it may be; approximate or uncertain dates
 * have a dashed outline. All coordinates are PDF's (y up); {@code y} is the middle of the mark.
 */
final class FigureMarks {
    static final float HEIGHT = 6;
    static final float DIAMOND = 6.5f;
    static final float BAR_GREY = 0.45f;
    private static final float[] DASH = {1.6f, 1.2f};

    private FigureMarks() {
    }

    static void diamond(PdfContentByte cb, float x, float y, boolean hollow) {
        float r = DIAMOND / 2;
        cb.moveTo(x, y + r);
        cb.lineTo(x + r, y);
        cb.lineTo(x, y - r);
        cb.lineTo(x - r, y);
        cb.closePath();
        cb.setLineWidth(0.7f);
        cb.setGrayStroke(0);
        if (hollow) {
            cb.setGrayFill(1);
            cb.fillStroke();
        } else {
            cb.setGrayFill(0);
            cb.fill();
        }
    }

    /** Some day (or days) within x0..x1: diagonal hatching in a box. */
    static void hatched(PdfContentByte cb, float x0, float x1, float y, boolean dashed) {
        float h = HEIGHT;
        float bottom = y - h / 2;
        cb.saveState();
        cb.rectangle(x0, bottom, x1 - x0, h);
        cb.clip();
        cb.newPath();
        cb.setLineWidth(0.45f);
        cb.setGrayStroke(0);
        for (float x = x0 - h; x < x1 + h; x += 2.2f) {
            cb.moveTo(x, bottom);
            cb.lineTo(x + h, bottom + h);
        }
        cb.stroke();
        cb.restoreState();
        outline(cb, x0, x1, y, dashed, 0);
    }

    /**
     * A period: a solid core from {@code core0} to {@code core1}, faded from white over an imprecise
     * start ({@code fade0}..{@code core0}) and end ({@code core1}..{@code fade1}); equal values mean a
     * precise end. {@code arrowLeft}/{@code arrowRight} mark an open end that runs off the axis.
     */
    static void period(PdfContentByte cb, float fade0, float core0, float core1, float fade1, float y,
                       boolean dashed, boolean arrowLeft, boolean arrowRight) {
        float bottom = y - HEIGHT / 2;
        Color grey = new Color(BAR_GREY, BAR_GREY, BAR_GREY);
        if (core1 >= core0) {
            cb.setGrayFill(BAR_GREY);
            cb.rectangle(core0, bottom, Math.max(0.8f, core1 - core0), HEIGHT);
            cb.fill();
        }
        if (core0 - fade0 > 0.1f) {
            fade(cb, fade0, core0, bottom, Color.WHITE, grey);
        }
        if (fade1 - core1 > 0.1f) {
            fade(cb, core1, fade1, bottom, grey, Color.WHITE);
        }
        // the outline: solid along the sure part, dashed or light along what is only possible
        cb.setLineWidth(0.5f);
        cb.setGrayStroke(0);
        if (dashed) {
            cb.setLineDash(DASH, 0);
        }
        cb.moveTo(fade0, bottom);
        cb.lineTo(fade1, bottom);
        cb.moveTo(fade0, bottom + HEIGHT);
        cb.lineTo(fade1, bottom + HEIGHT);
        if (fade0 >= core0 - 0.1f && !arrowLeft) {
            cb.moveTo(fade0, bottom);
            cb.lineTo(fade0, bottom + HEIGHT);
        }
        if (fade1 <= core1 + 0.1f && !arrowRight) {
            cb.moveTo(fade1, bottom);
            cb.lineTo(fade1, bottom + HEIGHT);
        }
        cb.stroke();
        cb.setLineDash(0);
        if (arrowLeft) {
            arrow(cb, fade0, y, -1);
        }
        if (arrowRight) {
            arrow(cb, fade1, y, 1);
        }
    }

    private static void fade(PdfContentByte cb, float x0, float x1, float bottom, Color from, Color to) {
        PdfShading shading = PdfShading.simpleAxial(cb.getPdfWriter(), x0, bottom, x1, bottom, from, to);
        cb.saveState();
        cb.setShadingFill(new PdfShadingPattern(shading));
        cb.rectangle(x0, bottom, x1 - x0, HEIGHT);
        cb.fill();
        cb.restoreState();
    }

    private static void arrow(PdfContentByte cb, float x, float y, int direction) {
        float r = HEIGHT * 0.8f;
        cb.setGrayFill(0);
        cb.moveTo(x + direction * r, y);
        cb.lineTo(x, y + r);
        cb.lineTo(x, y - r);
        cb.closePath();
        cb.fill();
    }

    static void outline(PdfContentByte cb, float x0, float x1, float y, boolean dashed, float grey) {
        cb.setLineWidth(0.5f);
        cb.setGrayStroke(grey);
        if (dashed) {
            cb.setLineDash(DASH, 0);
        }
        cb.rectangle(x0, y - HEIGHT / 2, x1 - x0, HEIGHT);
        cb.stroke();
        cb.setLineDash(0);
    }

    /** The break between two segments of the axis: two short slanted strokes. */
    static void axisBreak(PdfContentByte cb, float x, float y) {
        cb.setLineWidth(0.8f);
        cb.setGrayStroke(0);
        for (float dx : new float[] {-2, 2}) {
            cb.moveTo(x + dx - 1.8f, y - 4);
            cb.lineTo(x + dx + 1.8f, y + 4);
        }
        cb.stroke();
    }
}
