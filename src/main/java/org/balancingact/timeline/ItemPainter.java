package org.balancingact.timeline;

import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
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
import org.balancingact.i18n.Messages;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.DateRange;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;

/**
 * Draws the events and cluster badges of the visible lanes on one canvas: a frame costs what is on
 * screen, never a node per event. A day is a diamond, a period a post with a rail along its possible
 * days; fuzzy dates fade from the earliest to the latest possible day. Colours and fonts come from
 * {@link Palette} (that is, from CSS).
 */
final class ItemPainter {

    private final TextWidths widths = new TextWidths();
    private NumberFormat compact = compactFormat();
    private java.util.Locale compactLocale = Messages.locale();
    private final Map<Integer, String> countTexts = new HashMap<>();

    private static NumberFormat compactFormat() {
        NumberFormat format = NumberFormat.getCompactNumberInstance(Messages.locale(), NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        return format;
    }

    /** Width of a text in a font (a sum of per-character advances, see {@link TextWidths}). */
    double textWidth(String text, Font font) {
        return widths.width(text, font);
    }

    /** "12", "1.2K": badge counts in the interface language; remembered, as the same counts come back frame after frame. */
    String countText(int count) {
        if (!compactLocale.equals(Messages.locale())) {
            compact = compactFormat();
            compactLocale = Messages.locale();
            countTexts.clear();
        }
        return countTexts.computeIfAbsent(count, compact::format);
    }

    /** The vertical parts of a row: where its text line's middle and its rail are. */
    record RowGeometry(double rowHeight, double lineHeight, double railHeight) {
        double textMiddle(double rowY) {
            return Math.round(rowY + (rowHeight - railHeight - 1) / 2.0);
        }

        double railTop(double rowY) {
            return rowY + rowHeight - railHeight - 1;
        }
    }

    /** What a lane's events need besides their places: their looks, their copies, the event pointed at. */
    record Context(Palette palette, Function<Event, Emphasis> emphasisOf, ToIntFunction<Event> copiesOf,
                   String hoveredId) {
    }

    /** Draws one lane's events at {@code laneTop}; adds what it drew to {@code drawn}. */
    void paintEvents(GraphicsContext gc, LaneLayout.Lane lane, int laneIndex, double laneTop, RowGeometry rows,
                     double width, Context context, List<DrawnItem> drawn, double offsetX, double offsetY) {
        Map<Emphasis, Palette.Look> looks = new EnumMap<>(Emphasis.class);
        // selected items last, on top of their neighbours
        for (int pass = 0; pass < 2; pass++) {
            for (LaneLayout.Placement placement : lane.placements()) {
                Emphasis emphasis = context.emphasisOf().apply(placement.event());
                if ((emphasis == Emphasis.SELECTED) != (pass == 1)) {
                    continue;
                }
                Palette.Look look = looks.computeIfAbsent(emphasis, context.palette()::look);
                double rowY = laneTop + placement.row() * rows.rowHeight();
                int copies = context.copiesOf().applyAsInt(placement.event());
                boolean hovered = placement.event().id().equals(context.hoveredId());
                drawn.add(paintOne(gc, placement, laneIndex, rowY, rows, width, look, context.palette(), emphasis,
                        copies, hovered, offsetX, offsetY));
            }
        }
    }

    private DrawnItem paintOne(GraphicsContext gc, LaneLayout.Placement p, int laneIndex, double rowY, RowGeometry rows,
                               double width, Palette.Look look, Palette palette, Emphasis emphasis, int copies,
                               boolean hovered, double offsetX, double offsetY) {
        double cy = rows.textMiddle(rowY);
        String full = EventText.label(p.event());
        String text = p.labelWidth() > 0 ? fit(full, look.font(), p.labelWidth()) : null;
        double textW = text == null ? 0 : textWidth(text, look.font());
        double labelX = Math.round(p.labelX());
        BoundingBox label = text == null ? null
                : new BoundingBox(labelX, cy - rows.lineHeight() / 2, textW, rows.lineHeight());
        BoundingBox markBox = p.period()
                ? new BoundingBox(p.markX0(), cy - rows.lineHeight() * 0.42, LaneLayout.POST_PX,
                        rows.railTop(rowY) + rows.railHeight() - (cy - rows.lineHeight() * 0.42))
                : diamondBox(p, cy, rows);
        if (emphasis == Emphasis.SELECTED || hovered) {
            // a halo behind the mark and title: the selection (and every copy of the event pointed at)
            // stands out without underlining, which a rail below a title could be mistaken for
            Paint halo = emphasis == Emphasis.SELECTED ? palette.selectionHalo() : palette.hoverHalo();
            halo(gc, markBox, label, halo);
        } else if (label != null) {
            // the lane's own colour behind the title: the time cursor's line never runs through the letters
            gc.setFill(palette.laneFill(laneIndex));
            gc.fillRect(label.getMinX() - 1, label.getMinY() + 1, label.getWidth() + 2, label.getHeight() - 2);
        }
        gc.setGlobalAlpha(look.opacity());
        BoundingBox span = null;
        if (p.period()) {
            span = paintRail(gc, p, rows.railTop(rowY), rows.railHeight(), width, look);
            gc.setFill(look.fill());
            gc.fillRect(markBox.getMinX(), markBox.getMinY(), markBox.getWidth(), markBox.getHeight());
        } else {
            double half = markBox.getWidth() / 2;
            double cx = markBox.getMinX() + half;
            gc.setFill(look.fill());
            gc.fillPolygon(new double[] {cx - half, cx, cx + half, cx},
                    new double[] {cy, cy - half, cy, cy + half}, 4);
        }
        if (text != null) {
            gc.setFont(look.font());
            gc.setFill(look.text());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(text, labelX, cy);
            if (copies > 1 && text.equals(full)) {
                paintCopies(gc, copies, labelX + textW, cy, rows, palette);
            }
        }
        gc.setGlobalAlpha(1);
        return new DrawnItem(p.event(), laneIndex, shift(markBox, offsetX, offsetY), shift(label, offsetX, offsetY),
                emphasis, text, shift(span, offsetX, offsetY), copies, hovered);
    }

    private static BoundingBox diamondBox(LaneLayout.Placement p, double cy, RowGeometry rows) {
        double size = Math.round(rows.lineHeight() * 0.62);
        double cx = Math.round((p.x0() + p.x1()) / 2);
        return new BoundingBox(cx - size / 2, cy - size / 2, size, size);
    }

    /** The rail along a period's possible days, faded where they are uncertain. */
    private BoundingBox paintRail(GraphicsContext gc, LaneLayout.Placement p, double top, double height, double width,
                                  Palette.Look look) {
        double x0 = p.markX0();
        double x1 = Math.min(width + 4, p.x1());
        double w = Math.max(2, x1 - x0);
        gc.setFill(gradient(p.event(), p.x0(), p.x1(), width, look));
        gc.fillRect(x0, top, w, height);
        return new BoundingBox(x0, top, w, height);
    }

    /**
     * After a title, "×2" in small muted type: the event is drawn in two lanes (it has two themes), so
     * the other copy is the same event, not a second one. Pointing at either lights both.
     */
    private void paintCopies(GraphicsContext gc, int copies, double x, double cy, RowGeometry rows, Palette palette) {
        Font font = palette.copiesFont();
        gc.setFont(font);
        gc.setFill(palette.copiesText());
        gc.fillText(copiesText(copies), x + 4, cy);
    }

    static String copiesText(int copies) {
        return "\u00d7" + copies;
    }

    /** Extra room a title needs for its copies mark. */
    double copiesWidth(int copies, Palette palette) {
        return copies > 1 ? 4 + textWidth(copiesText(copies), palette.copiesFont()) : 0;
    }

    private static void halo(GraphicsContext gc, BoundingBox mark, BoundingBox label, Paint fill) {
        double minX = mark.getMinX();
        double maxX = mark.getMaxX();
        double minY = mark.getMinY();
        double maxY = mark.getMaxY();
        if (label != null) {
            minX = Math.min(minX, label.getMinX());
            maxX = Math.max(maxX, label.getMaxX());
            minY = Math.min(minY, label.getMinY());
            maxY = Math.max(maxY, label.getMaxY());
        }
        gc.setFill(fill);
        double r = (maxY - minY) * 0.5;
        gc.fillRoundRect(minX - 3, minY - 1, maxX - minX + 6, maxY - minY + 2, r, r);
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

    /**
     * A tab on a badge's top edge with the number of its events that the selection highlights (an
     * actor's events inside a cluster): the link between the views stays visible at any zoom.
     */
    void paintRelated(GraphicsContext gc, BoundingBox badge, int related, Palette palette) {
        String text = countText(related);
        Font font = palette.badgeFont();
        double w = Math.max(badge.getHeight() * 0.75, textWidth(text, font) + 6);
        double h = Math.round(badge.getHeight() * 0.72);
        double x = badge.getMaxX() - w * 0.6;
        double y = badge.getMinY() - h * 0.35;
        gc.setFill(palette.look(Emphasis.RELATED).fill());
        gc.fillRoundRect(x, y, w, h, h, h);
        gc.setFill(palette.relatedBadgeText());
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x + w / 2, y + h / 2);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * A gradient over the rail: faded at the earliest possible start, full where the event surely
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
        return box == null ? null : new BoundingBox(box.getMinX() + dx, box.getMinY() + dy, box.getWidth(), box.getHeight());
    }
}
