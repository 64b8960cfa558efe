package org.balancingact.timeline;

import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The axis above the lanes: two levels of adaptive ticks ({@link TickSpacing}), the major label
 * sticking to the left edge while its period is on screen, minor labels skipped rather than overlapped.
 * A few dozen nodes at most, whatever the data.
 */
final class TimelineAxis {
    private final Pane axis = new Pane();
    private final Text measure = new Text();
    private final TextWidths widths = new TextWidths();
    private final javafx.scene.control.Label fontProbe;

    private final NodePool<Text> majorLabels = new NodePool<>(axis, () -> newText("major-tick-label"));
    private final NodePool<Text> minorLabels = new NodePool<>(axis, () -> newText("minor-tick-label"));
    private final NodePool<Region> majorLines = new NodePool<>(axis, () -> newLine("major-tick"));
    private final NodePool<Region> minorLines = new NodePool<>(axis, () -> newLine("minor-tick"));
    private final Region baseline = newLine("axis-line");
    private javafx.scene.text.Font boldFont;
    private javafx.scene.text.Font boldOf;
    private double lineHeight;

    TimelineAxis(javafx.scene.control.Label fontProbe) {
        this.fontProbe = fontProbe;
        axis.getStyleClass().add("axis");
        axis.getChildren().add(baseline);
        // about what a 1920-pixel-wide axis shows at once
        majorLabels.reserve(8);
        minorLabels.reserve(32);
        majorLines.reserve(8);
        minorLines.reserve(48);
    }

    private static Text newText(String styleClass) {
        Text label = new Text();
        label.getStyleClass().add(styleClass);
        label.setTextOrigin(javafx.geometry.VPos.TOP);
        return label;
    }

    /**
     * A tick or the baseline: a region one pixel wide (or high) filled by CSS. The software renderer
     * fills a whole-pixel rectangle directly, where a stroked {@code Line} is a path to rasterise:
     * the axis' dozens of lines were an eighth of the render thread's time per frame.
     */
    private static Region newLine(String styleClass) {
        Region line = new Region();
        line.getStyleClass().add(styleClass);
        line.setManaged(false);
        line.setMouseTransparent(true);
        return line;
    }

    Pane node() {
        return axis;
    }

    /**
     * @param handle where the time cursor's handle covers the lower row ({@link TimeCursor#handleSpan}),
     *               or null: a minor label it would cover is written just past it instead
     */
    void draw(TimelineView view, double width, double axisHeight, double charWidth, double[] handle) {
        majorLabels.begin();
        minorLabels.begin();
        majorLines.begin();
        minorLines.begin();
        measure.setFont(fontProbe.getFont());
        measure.setText("Ag");
        lineHeight = measure.getLayoutBounds().getHeight();
        double s = view.getStartDay();
        double e = view.getEndDay();
        TickSpacing ticks = TickSpacing.compute(s, e, width, charWidth, org.balancingact.i18n.Messages.locale());
        double pxPerDay = width / (e - s);
        double lineH = axisHeight / 2;
        List<TickSpacing.Tick> majors = ticks.majorTicks();
        for (int i = 0; i < majors.size(); i++) {
            TickSpacing.Tick tick = majors.get(i);
            double x = (tick.epochDay() - s) * pxPerDay;
            double nextX = i + 1 < majors.size() ? (majors.get(i + 1).epochDay() - s) * pxPerDay : width;
            // the major label sticks to the left edge while its period is still on screen
            double labelX = Math.max(x, 0) + 4;
            double labelW = textWidth(tick.label(), true);
            if (labelX + labelW > nextX - 4) {
                labelX = Math.min(labelX, nextX - labelW - 4);
                if (labelX < x || labelX < 0) {
                    continue; // no room for the whole label before the next one: none rather than a cut one
                }
            }
            Text label = majorLabels.next();
            label.setText(tick.label());
            label.relocate(labelX, (lineH - lineHeight) / 2);
            if (x >= 0) {
                place(majorLines.next(), x, 0, axisHeight);
            }
        }
        double lastEnd = Double.NEGATIVE_INFINITY;
        List<TickSpacing.Tick> minors = ticks.minorTicks();
        for (int i = 0; i < minors.size(); i++) {
            TickSpacing.Tick tick = minors.get(i);
            double x = (tick.epochDay() - s) * pxPerDay;
            if (x < -1 || x > width) {
                continue;
            }
            place(minorLines.next(), x, lineH, axisHeight);
            double labelW = textWidth(tick.label(), false);
            double labelX = x + 3;
            if (handle != null && labelX < handle[1] + 2 && labelX + labelW > handle[0] - 2) {
                // under the handle "2022" reads "202▼": the label goes just past the handle if it still
                // ends before the next tick (inside the period it names), else it is left out
                double nextX = i + 1 < minors.size() ? (minors.get(i + 1).epochDay() - s) * pxPerDay : width;
                labelX = handle[1] + 3;
                if (labelX + labelW > nextX - 3) {
                    continue;
                }
            }
            if (labelX > lastEnd && labelX + labelW < width) {
                Text label = minorLabels.next();
                label.setText(tick.label());
                label.relocate(labelX, lineH + (lineH - lineHeight) / 2);
                lastEnd = labelX + labelW + 4;
            }
        }
        baseline.resizeRelocate(0, Math.round(axisHeight) - 1, Math.max(0, width), 1);
        majorLabels.finish();
        minorLabels.finish();
        majorLines.finish();
        minorLines.finish();
    }

    /** The pixel column a one-pixel line at {@code x} covers, from {@code y0} to {@code y1}. */
    private static void place(Region line, double x, double y0, double y1) {
        line.resizeRelocate(Math.round(x), y0, 1, Math.max(0, y1 - y0));
    }

    /** Width the text will have once CSS styles it (major labels are bold); measured before that. */
    private double textWidth(String text, boolean bold) {
        javafx.scene.text.Font base = fontProbe.getFont();
        if (bold && boldOf != base) {
            boldFont = javafx.scene.text.Font.font(base.getFamily(), javafx.scene.text.FontWeight.BOLD, base.getSize());
            boldOf = base;
        }
        return widths.width(text, bold ? boldFont : base);
    }
}
