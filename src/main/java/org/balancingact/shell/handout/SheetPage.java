package org.balancingact.shell.handout;

import com.lowagie.text.pdf.PdfContentByte;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One page as it is filled: the drawing to do on it, in order, and a record of its text. Layout fills
 * pages first and draws them afterwards, so every page can say how many pages there are.
 * Coordinates given to this class run down from the page's top (as a reader reads); PDF's run up, and
 * only {@link #pdfY} converts.
 */
public final class SheetPage {
    private final int number;
    private final float width;
    private final float height;
    private final List<Consumer<PdfContentByte>> drawing = new ArrayList<>();
    private final List<DrawnText> texts = new ArrayList<>();
    private final List<DrawnMark> marks = new ArrayList<>();

    SheetPage(int number, float width, float height) {
        this.number = number;
        this.width = width;
        this.height = height;
    }

    public int number() {
        return number;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** PDF's y (up from the bottom) of a y measured down from the top. */
    public float pdfY(float fromTop) {
        return height - fromTop;
    }

    /** Text with its baseline at {@code baselineY} (down from the top). */
    public void text(String section, Line.Run run, float x, float baselineY) {
        if (run.text().isEmpty()) {
            return;
        }
        texts.add(new DrawnText(number, section, run.text(), run.size(), run.font().getPostscriptFontName()
                .contains("Bold"), x, baselineY, run.width()));
        float y = pdfY(baselineY);
        drawing.add(cb -> {
            cb.beginText();
            cb.setFontAndSize(run.font(), run.size());
            cb.setGrayFill(run.gray());
            cb.setTextMatrix(x, y);
            cb.showText(run.text());
            cb.endText();
        });
    }

    /** A line of set text with its top at {@code top}. */
    public void line(Line line, float x, float lineWidth, float top) {
        if (line.shaded()) {
            float y = pdfY(top + line.height());
            drawing.add(cb -> {
                cb.setGrayFill(0.93f);
                cb.rectangle(x - 2, y, lineWidth + 4, line.height());
                cb.fill();
            });
        }
        float baseline = top + Line.baseline(line.height(), line.runs().isEmpty() ? 9 : line.runs().get(0).size());
        for (Line.Run run : line.runs()) {
            text(line.section(), run, x + run.dx(), baseline);
        }
        if (line.ruled()) {
            float y = pdfY(top + line.height() - 1);
            drawing.add(cb -> {
                cb.setGrayStroke(0.55f);
                cb.setLineWidth(0.5f);
                cb.moveTo(x, y);
                cb.lineTo(x + lineWidth, y);
                cb.stroke();
            });
        }
    }

    /** Any other drawing (the figure's marks), in PDF coordinates. */
    public void draw(Consumer<PdfContentByte> op) {
        drawing.add(op);
    }

    public List<DrawnText> texts() {
        return List.copyOf(texts);
    }

    /** Notes where the figure drew an event's mark (the drawing itself is added with {@link #draw}). */
    void mark(String eventId, String label, float x0, float x1, float middle) {
        marks.add(new DrawnMark(number, eventId, label, x0, x1, middle));
    }

    public List<DrawnMark> marks() {
        return List.copyOf(marks);
    }

    void paint(PdfContentByte cb) {
        for (Consumer<PdfContentByte> op : drawing) {
            cb.saveState();
            op.accept(cb);
            cb.restoreState();
        }
    }
}
