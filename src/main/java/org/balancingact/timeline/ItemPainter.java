package org.balancingact.timeline;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.BoundingBox;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.balancingact.explore.Emphasis;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.DateRange;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;

/**
 * Draws the events and cluster badges of the visible lanes on one canvas: a frame costs what is on
 * screen, never a node per event. Fuzzy dates fade from the earliest to the latest possible day;
 * colours and fonts come from {@link Palette} (that is, from CSS).
 */
final class ItemPainter {

    private final TextWidths widths = new TextWidths();
    private final NumberFormat compact = NumberFormat.getCompactNumberInstance(Locale.getDefault(), NumberFormat.Style.SHORT);

    ItemPainter() {
        compact.setMaximumFractionDigits(1);
    }

    /** Width of a text in a font (a sum of per-character advances, see {@link TextWidths}). */
    double textWidth(String text, Font font) {
        return widths.width(text, font);
    }

    private final Map<Integer, String> countTexts = new HashMap<>();

    /** "12", "1.2K": badge counts; remembered, as the same counts come back frame after frame. */
    String countText(int count) {
        return countTexts.computeIfAbsent(count, compact::format);
    }

    /** Draws one lane's events at {@code laneTop}; adds what it drew to {@code drawn}. */
    void paintEvents(GraphicsContext gc, LaneLayout.Lane lane, int laneIndex, double laneTop, double rowHeight,
                     double width, Palette palette, Function<Event, Emphasis> emphasisOf, List<DrawnItem> drawn,
                     double offsetX, double offsetY) {
        Map<Emphasis, Palette.Look> looks = new java.util.EnumMap<>(Emphasis.class);
        double markH = Math.round(rowHeight * 0.55);
        // selected items last, on top of their neighbours
        for (int pass = 0; pass < 2; pass++) {
            for (LaneLayout.Placement placement : lane.placements()) {
                Emphasis emphasis = emphasisOf.apply(placement.event());
                if ((emphasis == Emphasis.SELECTED) != (pass == 1)) {
                    continue;
                }
                Palette.Look look = looks.computeIfAbsent(emphasis, palette::look);
                double rowY = laneTop + placement.row() * rowHeight;
                double markY = Math.round(rowY + (rowHeight - markH) / 2);
                gc.setGlobalAlpha(look.opacity());
                BoundingBox mark = paintMark(gc, placement, markY, markH, width, look);
                BoundingBox label = null;
                String labelText = null;
                if (placement.labelWidth() > 0) {
                    labelText = fit(EventText.label(placement.event()), look.font(), placement.labelWidth());
                    label = paintLabel(gc, placement, labelText, rowY, rowHeight, look);
                }
                gc.setGlobalAlpha(1);
                drawn.add(new DrawnItem(placement.event(), laneIndex, shift(mark, offsetX, offsetY),
                        label == null ? null : shift(label, offsetX, offsetY), emphasis, labelText));
            }
        }
    }

    private BoundingBox paintMark(GraphicsContext gc, LaneLayout.Placement p, double markY, double markH, double width,
                                  Palette.Look look) {
        HistoricalDate when = p.event().when();
        if (when.isExactDay()) {
            double size = markH;
            double cx = Math.round((p.x0() + p.x1()) / 2);
            double half = size / 2;
            gc.setFill(look.fill());
            gc.fillPolygon(new double[] {cx - half, cx, cx + half, cx},
                    new double[] {markY + half, markY, markY + half, markY + size}, 4);
            return new BoundingBox(cx - half, markY, size, size);
        }
        double x0 = Math.max(-4, p.x0());
        double x1 = Math.min(width + 4, p.x1());
        double w = Math.max(2, x1 - x0);
        gc.setFill(gradient(p.event(), p.x0(), p.x1(), width, look));
        gc.fillRoundRect(x0, markY, w, markH, markH * 0.6, markH * 0.6);
        return new BoundingBox(x0, markY, w, markH);
    }

    /** Draws {@code text} (the label, already fitted to the room) and returns where it went. */
    private BoundingBox paintLabel(GraphicsContext gc, LaneLayout.Placement p, String text, double rowY,
                                   double rowHeight, Palette.Look look) {
        Font font = look.font();
        double x = Math.round(p.labelX());
        gc.setFont(font);
        gc.setFill(look.text());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double cy = Math.round(rowY + rowHeight / 2);
        gc.fillText(text, x, cy);
        double w = textWidth(text, font);
        if (look.underline()) {
            gc.setStroke(look.text());
            gc.setLineWidth(1);
            double uy = Math.round(cy + font.getSize() * 0.55) + 0.5;
            gc.strokeLine(x, uy, x + w, uy);
        }
        return new BoundingBox(x, rowY, w, rowHeight);
    }

    /** The text, or its longest prefix with an ellipsis that fits {@code room} pixels. */
    String fit(String text, Font font, double room) {
        if (textWidth(text, font) <= room) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (textWidth(text.substring(0, mid).stripTrailing() + "…", font) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "…" : text.substring(0, lo).stripTrailing() + "…";
    }

    /** The words on a badge of this width: the count, shortened to fit. */
    String badgeText(int count, double badgeWidth, Palette palette) {
        return fit(countText(count), palette.badgeFont(), badgeWidth - 2);
    }

    /**
     * Draws a badge with a count over {@code [x0, x1)}, from its ready-made picture (the text must
     * have been prepared in {@code stamps} at the current look).
     */
    BoundingBox paintCluster(GraphicsContext gc, BadgeStamps stamps, double x0, double top, int count) {
        double x = x0 + 1.5;
        stamps.draw(gc, count, x, top);
        return new BoundingBox(x, top, stamps.width(), stamps.height());
    }

    /** A ring around a badge (the selected event is inside it). */
    void outline(GraphicsContext gc, BoundingBox box, Paint colour) {
        gc.setStroke(colour);
        gc.setLineWidth(2);
        double h = box.getHeight();
        gc.strokeRoundRect(box.getMinX() - 1, box.getMinY() - 1, box.getWidth() + 2, h + 2, h * 0.5, h * 0.5);
    }

    /**
     * A gradient over the mark: faded at the earliest possible start, full where the event surely
     * held, faded again at the latest possible end.
     */
    private static Paint gradient(Event event, double x0, double x1, double viewWidth, Palette.Look look) {
        HistoricalDate when = event.when();
        if (!(look.fill() instanceof Color fill) || !(look.fade() instanceof Color fade)) {
            return look.fill();
        }
        double start = TimeSpan.startDay(when);
        double end = TimeSpan.endDay(when) + 1;
        double len = Math.max(1e-9, end - start);
        double fullStart;
        double fullEnd;
        if (when.isInterval()) {
            DateRange s = when.startBounds();
            DateRange e = when.endBounds();
            fullStart = when.isOpenStart() ? 0.15 : (s.end().toEpochDay() + 1 - start) / len;
            fullEnd = when.isOpenEnd() ? 0.85 : (e.start().toEpochDay() - start) / len;
            if (!when.isOpenStart() && s.start().equals(s.end())) {
                fullStart = 0;
            }
            if (!when.isOpenEnd() && e.start().equals(e.end())) {
                fullEnd = 1;
            }
            if (when.isOpenEnd() && x1 > viewWidth) {
                fullEnd = clamp((viewWidth * 0.85 - x0) / Math.max(1, x1 - x0));
            }
        } else {
            fullStart = 0.5;
            fullEnd = 0.5;
        }
        fullStart = clamp(fullStart);
        fullEnd = clamp(Math.max(fullStart, fullEnd));
        if (fullStart <= 0 && fullEnd >= 1) {
            return fill;
        }
        return new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE,
                new Stop(0, fade), new Stop(fullStart, fill), new Stop(fullEnd, fill), new Stop(1, fade));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static BoundingBox shift(BoundingBox box, double dx, double dy) {
        return new BoundingBox(box.getMinX() + dx, box.getMinY() + dy, box.getWidth(), box.getHeight());
    }
}
