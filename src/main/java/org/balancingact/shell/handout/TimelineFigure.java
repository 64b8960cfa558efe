package org.balancingact.shell.handout;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.balancingact.model.HistoricalDate;

/**
 * The timeline drawn for paper, as vectors: lanes across the page's width, every event once with its
 * whole title beside its mark, a broken time axis on top, a legend below. Nothing is clustered or
 * scrolled: the figure grows down (and onto the next page, axis repeated, if a dataset needs it).
 */
public final class TimelineFigure {
    public static final String LABEL_SECTION = "figure-label";
    public static final String LANE_SECTION = "figure-lane";
    public static final String AXIS_SECTION = "figure-axis";
    /** Sizes in points. The brief for paper: no text under 7 pt. */
    public static final float LABEL_SIZE = 7.5f;
    public static final float AXIS_SIZE = 7;
    /** The closest rows may be; {@link #fitTo} opens them up to {@link #MAX_ROW} where the page has room. */
    static final float ROW = 9.6f;
    static final float MAX_ROW = 11.5f;
    static final float LANE_PAD = 1.5f;
    static final float AXIS_HEIGHT = 24;
    /** Room kept at each end of the axis so that a diamond on the first or last day is whole. */
    static final float INSET = 5;
    static final long OPEN_DAYS = 182;
    /** Every other lane is shaded this light grey (1 is white), to guide the eye along it. */
    static final float LANE_GREY = 0.93f;

    private final HandoutFonts fonts;
    private final Locale locale;
    private final TimeAxis axis;
    private final float left;
    private final float right;
    private final float plotX0;
    private final float laneColumn;
    private final Map<String, List<Placed>> lanes = new LinkedHashMap<>();
    private float row = ROW;

    /** An item with its mark, its label text and where packing put it. */
    private record Placed(FigureItem item, FigureMark mark, String label, FigureRows.Placement at) {
    }

    /**
     * @param laneOrder lanes in the order they are drawn; a lane no item is in is left out, and lanes of
     *                  items not named here follow the others, so that every item is drawn
     */
    public TimelineFigure(HandoutFonts fonts, Locale locale, List<FigureItem> items, List<String> laneOrder,
                          float left, float width) {
        this.fonts = fonts;
        this.locale = locale;
        this.left = left;
        this.right = left + width;
        float widest = 0;
        for (FigureItem item : items) {
            widest = Math.max(widest, fonts.bold().getWidthPoint(item.lane(), LABEL_SIZE));
        }
        this.laneColumn = Math.min(widest + 8, width * 0.13f);
        this.plotX0 = left + laneColumn;
        long first = items.stream().map(FigureItem::when).filter(w -> !w.isOpenStart())
                .mapToLong(HistoricalDate::earliestEpochDay).min().orElse(0);
        long last = items.stream().map(FigureItem::when).filter(w -> !w.isOpenEnd())
                .mapToLong(HistoricalDate::latestEpochDay).max().orElse(first);
        List<TimeAxis.Span> spans = new ArrayList<>();
        for (FigureItem item : items) {
            HistoricalDate w = item.when();
            // an open end runs to the edge of the axis: at least half a year of it, so the arrow has room
            long from = w.isOpenStart() ? Math.min(first, w.latestEpochDay() - OPEN_DAYS) : w.earliestEpochDay();
            long to = w.isOpenEnd() ? Math.max(last, from + OPEN_DAYS) : w.latestEpochDay();
            spans.add(new TimeAxis.Span(from, to));
        }
        this.axis = TimeAxis.fit(spans, plotX0 + INSET, right - INSET);
        java.util.Set<String> order = new java.util.LinkedHashSet<>(laneOrder);
        items.forEach(i -> order.add(i.lane()));
        for (String lane : order) {
            List<FigureItem> inLane = items.stream().filter(i -> i.lane().equals(lane)).toList();
            if (!inLane.isEmpty()) {
                lanes.put(lane, pack(inLane));
            }
        }
    }

    private List<Placed> pack(List<FigureItem> inLane) {
        List<FigureMark> marks = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (FigureItem item : inLane) {
            marks.add(FigureMark.of(item.when(), axis));
            labels.add(labelOf(item));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inLane.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> marks.get(i).x0()).thenComparingDouble(i -> marks.get(i).x1()));
        List<FigureRows.Item> rowItems = new ArrayList<>();
        for (int i : order) {
            BaseFont font = fonts.of(inLane.get(i).key());
            rowItems.add(new FigureRows.Item(marks.get(i).x0(), marks.get(i).x1(),
                    font.getWidthPoint(labels.get(i), LABEL_SIZE)));
        }
        List<FigureRows.Placement> placements = FigureRows.pack(rowItems, plotX0 + 1, right - 1);
        List<Placed> placed = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            placed.add(new Placed(inLane.get(i), marks.get(i), labels.get(i), placements.get(k)));
        }
        return placed;
    }

    /** The title, and "(≈)", "(?)" or "(≈?)" after it when the date is approximate or uncertain. */
    static String labelOf(FigureItem item) {
        HistoricalDate w = item.when();
        String mark = (w.isApproximate() ? "≈" : "") + (w.isUncertain() ? "?" : "");
        return mark.isEmpty() ? item.label() : item.label() + " (" + mark + ")";
    }

    /** The kinds of mark the figure draws, so that the legend explains those and no others. */
    public java.util.Set<FigureLegend.Sample> samplesUsed() {
        java.util.Set<FigureLegend.Sample> used = java.util.EnumSet.noneOf(FigureLegend.Sample.class);
        for (List<Placed> lane : lanes.values()) {
            for (Placed p : lane) {
                FigureMark m = p.mark();
                switch (m.kind()) {
                    case DAY -> used.add(m.qualified() ? FigureLegend.Sample.ABOUT_DAY : FigureLegend.Sample.DAY);
                    case WITHIN -> used.add(FigureLegend.Sample.WITHIN);
                    case PERIOD -> used.add(m.core0() > m.fade0() + 0.1f || m.fade1() > m.core1() + 0.1f
                            ? FigureLegend.Sample.FUZZY : FigureLegend.Sample.PERIOD);
                }
                if (m.qualified()) {
                    used.add(FigureLegend.Sample.QUALIFIED);
                }
            }
        }
        if (axis.segments().size() > 1) {
            used.add(FigureLegend.Sample.BREAK);
        }
        return used;
    }

    /** Opens the rows up (never beyond {@link #MAX_ROW}) so that the figure fills this height, if it can. */
    public void fitTo(float available) {
        int rows = 0;
        for (List<Placed> lane : lanes.values()) {
            rows += rowsOf(lane);
        }
        float spare = available - AXIS_HEIGHT - lanes.size() * 2 * LANE_PAD;
        row = rows == 0 ? ROW : Math.max(ROW, Math.min(MAX_ROW, spare / rows));
    }

    private static int rowsOf(List<Placed> lane) {
        return Math.max(1, FigureRows.rowCount(lane.stream().map(Placed::at).toList()));
    }

    private float laneHeight(List<Placed> lane) {
        return rowsOf(lane) * row + 2 * LANE_PAD;
    }

    /** Draws the figure from the flow's current position down. */
    public void draw(PageFlow flow) {
        if (AXIS_HEIGHT + lanes.values().stream().findFirst().map(this::laneHeight).orElse(0f) > flow.room()) {
            flow.newPage();
        }
        float top = flow.reserve(AXIS_HEIGHT);
        SheetPage page = flow.page();
        drawAxis(page, top);
        int index = 0;
        for (Map.Entry<String, List<Placed>> lane : lanes.entrySet()) {
            float h = laneHeight(lane.getValue());
            float at = flow.reserve(h);
            if (flow.page() != page) { // continued on a new page: the axis again above the lanes
                page = flow.page();
                drawAxis(page, at);
                flow.reserve(AXIS_HEIGHT);
                at += AXIS_HEIGHT;
            }
            drawLane(page, lane.getKey(), lane.getValue(), at, h, index++ % 2 == 1);
        }
    }

    private void drawAxis(SheetPage page, float top) {
        List<TimeAxis.Tick> ticks = axis.ticks(locale);
        float[] lastEnd = {-1, -1};
        for (TimeAxis.Tick tick : ticks) {
            int row = tick.year() ? 0 : 1;
            BaseFont font = tick.year() ? fonts.bold() : fonts.regular();
            float w = font.getWidthPoint(tick.label(), AXIS_SIZE);
            float x = tick.rightAligned() ? tick.x() - w : tick.x() + 1;
            if (x < lastEnd[row] + 3) {
                continue;
            }
            lastEnd[row] = x + w;
            page.text(AXIS_SECTION, new Line.Run(tick.label(), font, AXIS_SIZE, 0, 0.15f), x, top + 8 + row * 8.5f);
            float tickX = tick.x();
            float y0 = page.pdfY(top + AXIS_HEIGHT - (tick.year() ? 7 : 4));
            float y1 = page.pdfY(top + AXIS_HEIGHT);
            page.draw(cb -> {
                cb.setLineWidth(0.5f);
                cb.setGrayStroke(0.2f);
                cb.moveTo(tickX, y0);
                cb.lineTo(tickX, y1);
                cb.stroke();
            });
        }
        float y = page.pdfY(top + AXIS_HEIGHT);
        List<TimeAxis.Segment> segments = axis.segments();
        page.draw(cb -> {
            cb.setLineWidth(0.8f);
            cb.setGrayStroke(0);
            for (TimeAxis.Segment s : segments) {
                cb.moveTo(s.x0(), y);
                cb.lineTo(s.x1(), y);
            }
            cb.stroke();
            for (int i = 1; i < segments.size(); i++) {
                FigureMarks.axisBreak(cb, (segments.get(i - 1).x1() + segments.get(i).x0()) / 2, y);
            }
        });
    }

    private void drawLane(SheetPage page, String name, List<Placed> items, float top, float h, boolean shaded) {
        float pdfTop = page.pdfY(top);
        List<TimeAxis.Tick> ticks = axis.ticks(locale);
        List<TimeAxis.Segment> segments = axis.segments();
        page.draw(cb -> {
            if (shaded) {
                cb.setGrayFill(LANE_GREY);
                cb.rectangle(left, pdfTop - h, right - left, h);
                cb.fill();
            }
            for (TimeAxis.Tick tick : ticks) { // light rules under the ticks, so a date can be read off
                cb.setLineWidth(tick.year() ? 0.5f : 0.3f);
                cb.setGrayStroke(tick.year() ? 0.65f : 0.8f);
                cb.moveTo(tick.x(), pdfTop);
                cb.lineTo(tick.x(), pdfTop - h);
                cb.stroke();
            }
            cb.setGrayFill(1); // the breaks cut through every lane
            for (int i = 1; i < segments.size(); i++) {
                float x0 = segments.get(i - 1).x1() + 2;
                float x1 = segments.get(i).x0() - 2;
                cb.rectangle(x0, pdfTop - h, x1 - x0, h);
            }
            cb.fill();
        });
        List<String> nameLines = TextWrap.wrap(name, fonts.bold(), LABEL_SIZE, laneColumn - 6);
        for (int i = 0; i < nameLines.size(); i++) {
            page.text(LANE_SECTION, new Line.Run(nameLines.get(i), fonts.bold(), LABEL_SIZE, 0, 0),
                    left + 2, top + LANE_PAD + Line.baseline(row, LABEL_SIZE) + i * (LABEL_SIZE + 1.5f));
        }
        for (Placed p : items) {
            float markTop = top + LANE_PAD + p.at().markRow() * row;
            float middle = page.pdfY(markTop + row / 2);
            FigureMark m = p.mark();
            page.mark(p.item().id(), p.label(), m.x0(), m.x1(), markTop + row / 2);
            page.draw(cb -> {
                switch (m.kind()) {
                    case DAY -> FigureMarks.diamond(cb, m.fade0(), middle, m.qualified());
                    case WITHIN -> FigureMarks.hatched(cb, m.fade0(), m.fade1(), middle, m.qualified());
                    case PERIOD -> FigureMarks.period(cb, m.fade0(), m.core0(), m.core1(), m.fade1(), middle,
                            m.qualified(), m.openStart(), m.openEnd());
                }
            });
            float labelTop = top + LANE_PAD + p.at().labelRow() * row;
            Line.Run run = new Line.Run(p.label(), fonts.of(p.item().key()), LABEL_SIZE, 0, 0);
            // the lane's own ground under the label, so that no grid line runs through its letters
            float groundX = p.at().labelX() - 1;
            float groundW = run.width() + 2;
            float groundY = page.pdfY(labelTop + row - 1);
            float groundH = row - 2;
            page.draw(cb -> {
                cb.setGrayFill(shaded ? LANE_GREY : 1);
                cb.rectangle(groundX, groundY, groundW, groundH);
                cb.fill();
            });
            page.text(LABEL_SECTION, run, p.at().labelX(), labelTop + Line.baseline(row, LABEL_SIZE));
        }
    }
}
