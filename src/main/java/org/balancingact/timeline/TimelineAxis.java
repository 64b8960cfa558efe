package org.balancingact.timeline;

import java.util.List;
import java.util.Locale;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * The axis above the lanes: two levels of adaptive ticks ({@link TickSpacing}), the major label
 * sticking to the left edge while its period is on screen, minor labels skipped rather than overlapped.
 * A few dozen nodes at most, whatever the data.
 */
final class TimelineAxis {
    private final Pane axis = new Pane();
    private final Text measure = new Text();
    private final javafx.scene.control.Label fontProbe;

    TimelineAxis(javafx.scene.control.Label fontProbe) {
        this.fontProbe = fontProbe;
        axis.getStyleClass().add("axis");
    }

    Pane node() {
        return axis;
    }

    void draw(TimelineView view, double width, double axisHeight, double charWidth) {
        axis.getChildren().clear();
        double s = view.getStartDay();
        double e = view.getEndDay();
        TickSpacing ticks = TickSpacing.compute(s, e, width, charWidth, Locale.getDefault());
        double pxPerDay = width / (e - s);
        double lineH = axisHeight / 2;
        List<TickSpacing.Tick> majors = ticks.majorTicks();
        for (int i = 0; i < majors.size(); i++) {
            TickSpacing.Tick tick = majors.get(i);
            double x = (tick.epochDay() - s) * pxPerDay;
            double nextX = i + 1 < majors.size() ? (majors.get(i + 1).epochDay() - s) * pxPerDay : width;
            // the major label sticks to the left edge while its period is still on screen
            double labelX = Math.max(x, 0) + 4;
            Text label = tickLabel(tick.label(), "major-tick-label");
            double labelW = textWidth(label);
            if (labelX + labelW > nextX - 4) {
                labelX = Math.min(labelX, nextX - labelW - 4);
                if (labelX < x) {
                    continue;
                }
            }
            label.relocate(labelX, (lineH - textHeight(label)) / 2);
            axis.getChildren().add(label);
            if (x >= 0) {
                axis.getChildren().add(tickLine(x, 0, axisHeight, "major-tick"));
            }
        }
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (TickSpacing.Tick tick : ticks.minorTicks()) {
            double x = (tick.epochDay() - s) * pxPerDay;
            if (x < -1 || x > width) {
                continue;
            }
            axis.getChildren().add(tickLine(x, lineH, axisHeight, "minor-tick"));
            Text label = tickLabel(tick.label(), "minor-tick-label");
            double labelW = textWidth(label);
            if (x + 3 > lastEnd && x + 3 + labelW < width) {
                label.relocate(x + 3, lineH + (lineH - textHeight(label)) / 2);
                axis.getChildren().add(label);
                lastEnd = x + 3 + labelW + 4;
            }
        }
        Line baseline = new Line(0, axisHeight - 0.5, width, axisHeight - 0.5);
        baseline.getStyleClass().add("axis-line");
        axis.getChildren().add(baseline);
    }

    private Text tickLabel(String text, String styleClass) {
        Text label = new Text(text);
        label.getStyleClass().add(styleClass);
        label.setTextOrigin(javafx.geometry.VPos.TOP);
        label.setManaged(false);
        return label;
    }

    /** Width the text will have once CSS styles it (major labels are bold); measured before that. */
    private double textWidth(Text text) {
        javafx.scene.text.Font base = fontProbe.getFont();
        measure.setFont(text.getStyleClass().contains("major-tick-label")
                ? javafx.scene.text.Font.font(base.getFamily(), javafx.scene.text.FontWeight.BOLD, base.getSize())
                : base);
        measure.setText(text.getText());
        double width = measure.getLayoutBounds().getWidth();
        measure.setFont(base);
        return width;
    }

    private double textHeight(Text text) {
        measure.setText("Ag");
        return measure.getLayoutBounds().getHeight();
    }

    private static Line tickLine(double x, double y0, double y1, String styleClass) {
        Line line = new Line(Math.round(x) + 0.5, y0, Math.round(x) + 0.5, y1);
        line.getStyleClass().add(styleClass);
        return line;
    }

}
