package org.balancingact.shell.handout;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Pages of one size filled from the top down: full-width lines, drawings of a given height (the
 * figure), then text in columns ({@link #columns}). A page break falls between two lines, never
 * inside one, and the first lines of a block stay together.
 */
public final class PageFlow {
    private final float width;
    private final float height;
    private final float margin;
    private final float footer;
    private final List<SheetPage> pages = new ArrayList<>();
    private float y;
    /** Where lines narrower than the page began on this page (columns may start beside them), else -1. */
    private float narrowTop = -1;
    private float narrowRight;

    /**
     * @param margin white space at every edge of the page
     * @param footer height kept free at the foot of the text area for the page footer
     */
    public PageFlow(float width, float height, float margin, float footer) {
        this.width = width;
        this.height = height;
        this.margin = margin;
        this.footer = footer;
        newPage();
    }

    public SheetPage page() {
        return pages.get(pages.size() - 1);
    }

    public List<SheetPage> pages() {
        return List.copyOf(pages);
    }

    public float left() {
        return margin;
    }

    public float contentWidth() {
        return width - 2 * margin;
    }

    public float top() {
        return margin;
    }

    /** The lowest y text may reach on a page (the footer sits below it). */
    public float bottom() {
        return height - margin - footer;
    }

    public float y() {
        return y;
    }

    public float room() {
        return bottom() - y;
    }

    public void newPage() {
        pages.add(new SheetPage(pages.size() + 1, width, height));
        y = top();
        narrowTop = -1;
    }

    /** Moves down; at the foot of a page, to the top of the next one. */
    public void skip(float space) {
        y = Math.min(bottom(), y + space);
    }

    /**
     * Full-width lines, in order; the first {@code keep} stay on one page (a heading with its first
     * lines), the rest break between pages where they must.
     */
    public void lines(List<Line> lines, int keep) {
        lines(lines, keep, contentWidth());
    }

    /**
     * Lines in the left {@code lineWidth} of the page; {@link #columns} that follow begin beside them
     * where a column fits to their right.
     */
    public void lines(List<Line> lines, int keep, float lineWidth) {
        float kept = 0;
        for (int i = 0; i < Math.min(keep, lines.size()); i++) {
            kept += lines.get(i).height();
        }
        if (kept > room() && y > top()) {
            newPage();
        }
        boolean narrow = lineWidth < contentWidth() - 0.01f;
        narrowTop = narrow ? y : -1;
        narrowRight = left() + lineWidth;
        for (Line line : lines) {
            if (line.height() > room() && y > top()) {
                newPage();
                narrowTop = narrow ? y : -1;
            }
            page().line(line, left(), lineWidth, y);
            y += line.height();
        }
    }

    /** Reserves a full-width area of this height (on a new page if it does not fit) and returns its top. */
    public float reserve(float areaHeight) {
        if (areaHeight > room() && y > top()) {
            newPage();
        }
        narrowTop = -1;
        float at = y;
        y += areaHeight;
        return at;
    }

    /**
     * Text in {@code count} columns from here to the end of the handout, page after page. On the page
     * where lines narrower than the page end, the first column may stand beside them ({@code minBeside}
     * points wide at least), however narrow, and the text is set to its width.
     */
    public Columns columns(int count, float gutter, float minBeside) {
        return new Columns(count, gutter, minBeside);
    }

    /** Draws every page's footer (it may say how many pages there are) and writes the PDF. */
    public void writeTo(OutputStream out, String title, IntFunction<List<Line>> footerOf) throws IOException {
        for (SheetPage p : pages) {
            float at = height - margin - footer * 0.6f;
            for (Line line : footerOf.apply(p.number())) {
                p.line(line, left(), contentWidth(), at);
            }
        }
        Rectangle size = new Rectangle(width, height);
        Document document = new Document(size, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            document.addTitle(title);
            document.addCreator("Balancing Act");
            document.open();
            for (SheetPage p : pages) {
                document.newPage();
                writer.setPageEmpty(false); // a page may hold only drawing, which Document cannot see
                p.paint(writer.getDirectContent());
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Columns filled one after the other, then the next page's: equal ones in a grid, except beside
     * narrow lines. Blocks are set for the width of the column they start in; a block's first lines
     * ({@code keep}) stay in one column, the rest may run on into the next (which is never narrower).
     */
    public final class Columns {
        private final int count;
        private final float gutter;
        private final float gridWidth;
        /** The columns of the current page, in reading order: {x, width, top}. */
        private final List<float[]> slots = new ArrayList<>();
        private int column;
        private float columnY;
        private float deepest;

        private Columns(int count, float gutter, float minBeside) {
            this.count = count;
            this.gutter = gutter;
            this.gridWidth = (contentWidth() - gutter * (count - 1)) / count;
            if (narrowTop >= 0) {
                for (int c = 0; c < count && gridX(c) + gridWidth <= narrowRight + 0.01f; c++) {
                    slots.add(new float[] {gridX(c), gridWidth, y});
                }
                float besideX = narrowRight + gutter;
                if (left() + contentWidth() - besideX >= minBeside) {
                    slots.add(new float[] {besideX, left() + contentWidth() - besideX, narrowTop});
                }
            } else {
                for (int c = 0; c < count; c++) {
                    slots.add(new float[] {gridX(c), gridWidth, y});
                }
            }
            if (slots.isEmpty()) {
                newGridPage();
            }
            this.columnY = slots.get(0)[2];
            this.deepest = y;
        }

        private float gridX(int c) {
            return left() + c * (gridWidth + gutter);
        }

        private float topOf(int c) {
            return slots.get(c)[2];
        }

        /**
         * @param lines       the block set for a column width
         * @param spaceBefore space above the block, dropped at the top of a column
         * @param keep        how many of the first lines must not be parted
         */
        public void block(java.util.function.Function<Float, List<Line>> lines, float spaceBefore, int keep) {
            List<Line> set = lines.apply(slots.get(column)[1]);
            float gap = columnY > topOf(column) ? spaceBefore : 0;
            // a column begun low on a page is short: move on until the kept lines fit (at worst, a new page);
            // lines set for this column would not fit a narrower next one, so then the block stays whole
            while (gap + kept(set, narrowerNext() ? set.size() : keep) > bottom() - columnY
                    && (columnY > topOf(column) || topOf(column) > top())) {
                nextColumn();
                set = lines.apply(slots.get(column)[1]);
                gap = 0;
            }
            columnY += gap;
            int next = 0;
            while (next < set.size()) {
                int fit = 0;
                float room = bottom() - columnY;
                while (next + fit < set.size() && set.get(next + fit).height() <= room) {
                    room -= set.get(next + fit).height();
                    fit++;
                }
                if (next + fit == set.size() - 1 && fit >= 2) {
                    fit--; // no last line alone at the head of the next column
                }
                if (fit == 0 && columnY <= topOf(column)) {
                    fit = 1; // a line taller than a column: set it anyway rather than loop
                }
                for (int i = next; i < next + fit; i++) {
                    float[] slot = slots.get(column);
                    page().line(set.get(i), slot[0], slot[1], columnY);
                    columnY += set.get(i).height();
                    deepest = Math.max(deepest, columnY);
                }
                next += fit;
                if (next < set.size()) {
                    nextColumn();
                }
            }
            y = deepest;
        }

        private boolean narrowerNext() {
            float next = column + 1 < slots.size() ? slots.get(column + 1)[1] : gridWidth;
            return next < slots.get(column)[1] - 0.5f;
        }

        private static float kept(List<Line> lines, int keep) {
            float kept = 0;
            for (int i = 0; i < Math.min(keep, lines.size()); i++) {
                kept += lines.get(i).height();
            }
            return kept;
        }

        private void nextColumn() {
            column++;
            if (column == slots.size()) {
                newGridPage();
            }
            columnY = topOf(column);
        }

        private void newGridPage() {
            newPage();
            slots.clear();
            for (int c = 0; c < count; c++) {
                slots.add(new float[] {gridX(c), gridWidth, top()});
            }
            column = 0;
            deepest = top();
        }
    }
}
