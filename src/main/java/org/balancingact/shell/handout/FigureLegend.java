package org.balancingact.shell.handout;

import com.lowagie.text.pdf.PdfContentByte;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The key under the figure: each kind of mark drawn small, with what it means, in the interface
 * language. Entries run left to right and wrap.
 */
public final class FigureLegend {
    public static final String SECTION = "figure-legend";
    public static final float SIZE = 7;
    static final float ROW = 10;
    static final float SAMPLE = 16;

    /** What a sample looks like: drawn with its left edge at x and its middle at y (PDF coordinates). */
    public enum Sample {
        DAY((cb, xy) -> FigureMarks.diamond(cb, xy[0] + SAMPLE / 2, xy[1], false)),
        ABOUT_DAY((cb, xy) -> FigureMarks.diamond(cb, xy[0] + SAMPLE / 2, xy[1], true)),
        WITHIN((cb, xy) -> FigureMarks.hatched(cb, xy[0], xy[0] + SAMPLE, xy[1], false)),
        PERIOD((cb, xy) -> FigureMarks.period(cb, xy[0], xy[0], xy[0] + SAMPLE, xy[0] + SAMPLE, xy[1], false, false, false)),
        FUZZY((cb, xy) -> FigureMarks.period(cb, xy[0], xy[0] + 6, xy[0] + SAMPLE - 6, xy[0] + SAMPLE, xy[1], false, false, false)),
        QUALIFIED((cb, xy) -> FigureMarks.hatched(cb, xy[0], xy[0] + SAMPLE, xy[1], true)),
        BREAK((cb, xy) -> {
            cb.setLineWidth(0.8f);
            cb.setGrayStroke(0);
            cb.moveTo(xy[0], xy[1] - 3);
            cb.lineTo(xy[0] + 5, xy[1] - 3);
            cb.moveTo(xy[0] + 11, xy[1] - 3);
            cb.lineTo(xy[0] + SAMPLE, xy[1] - 3);
            cb.stroke();
            FigureMarks.axisBreak(cb, xy[0] + SAMPLE / 2, xy[1] - 3);
        }),
        NONE((cb, xy) -> { });

        private final BiConsumer<PdfContentByte, float[]> drawing;

        Sample(BiConsumer<PdfContentByte, float[]> drawing) {
            this.drawing = drawing;
        }
    }

    public record Entry(Sample sample, String text, boolean bold) {
    }

    private FigureLegend() {
    }

    /** How tall the legend is across this width. */
    public static float height(HandoutFonts fonts, List<Entry> entries, float width) {
        return rows(fonts, entries, width).size() * ROW + 4;
    }

    /** Draws the entries below the flow's position, across its width. */
    public static void draw(PageFlow flow, HandoutFonts fonts, List<Entry> entries) {
        List<List<Entry>> rows = rows(fonts, entries, flow.contentWidth());
        float top = flow.reserve(rows.size() * ROW + 4) + 4;
        SheetPage page = flow.page();
        for (List<Entry> r : rows) {
            float x = flow.left();
            float middle = page.pdfY(top + ROW / 2);
            for (Entry e : r) {
                if (e.sample() != Sample.NONE) {
                    float sx = x;
                    page.draw(cb -> e.sample().drawing.accept(cb, new float[] {sx, middle}));
                    x += SAMPLE + 3;
                }
                Line.Run run = new Line.Run(e.text(), fonts.of(e.bold()), SIZE, 0, 0.1f);
                page.text(SECTION, run, x, top + Line.baseline(ROW, SIZE));
                x += run.width() + 12;
            }
            top += ROW;
        }
    }

    private static List<List<Entry>> rows(HandoutFonts fonts, List<Entry> entries, float width) {
        List<List<Entry>> rows = new ArrayList<>();
        List<Entry> row = new ArrayList<>();
        float used = 0;
        for (Entry e : entries) {
            float w = widthOf(e, fonts);
            if (used + w > width && !row.isEmpty()) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(e);
            used += w + 12;
        }
        rows.add(row);
        return rows;
    }

    private static float widthOf(Entry e, HandoutFonts fonts) {
        return (e.sample() == Sample.NONE ? 0 : SAMPLE + 3) + fonts.of(e.bold()).getWidthPoint(e.text(), SIZE);
    }
}
