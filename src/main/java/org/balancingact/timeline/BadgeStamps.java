package org.balancingact.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import javafx.animation.AnimationTimer;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;

/**
 * Cluster badges as ready-made pictures. At the widest zooms a frame holds several hundred badges;
 * drawn as a rounded rectangle plus a text each, every frame costs the software renderer a path
 * rasterisation and a text layout per badge (more than half of its time in the benchmark). Here
 * each distinct badge, one per count text at the current look, is drawn once into a sheet of
 * pictures, and a frame only looks its counts up and copies pictures, pixel for pixel. A new look (size, colours, font,
 * screen scale: a theme, the type scale, a HiDPI screen) draws them all afresh.
 */
final class BadgeStamps {
    /** Everything a badge picture depends on besides its text. */
    record Look(double width, double height, Paint fill, Paint textFill, Font font, double scale) {
    }

    /** Where a badge's picture sits: a sheet and the top-left of its cell, in the sheet's pixels. */
    private record Stamp(Image sheet, double sx, double sy) {
    }

    private static final int COLUMNS = 16;
    /** Cells a sheet holds at most, so a sheet stays a modest texture. */
    private static final int SHEET_CELLS = 256;
    /** More distinct texts than this (a long session) and the pictures start over. */
    static final int MAX_STAMPS = 2048;
    /** Space between cells, so that no picture takes a neighbour's edge pixels. */
    private static final double GAP = 2;

    private final Map<String, Stamp> stamps = new HashMap<>();
    /** The picture of each count seen at this look: a frame looks a badge up by its count alone. */
    private Stamp[] smallCounts = new Stamp[SMALL_COUNTS];
    private final Map<Integer, Stamp> largeCounts = new HashMap<>();
    private static final int SMALL_COUNTS = 4096;
    /** Counts below this are prepared as a run (see {@link #prepare}); larger ones one by one. */
    static final int RUN_LIMIT = 1000;
    private final int smallestCount;

    /** Every count from {@code smallestCount} up to this one has its picture. */
    private int runReady;
    /** The largest count seen at this look, at most {@code RUN_LIMIT - 1}: where the run of smaller counts ends. */
    private int runEnd;
    /** Draws the run of smaller counts a sheet per pulse, from the third pulse after a frame asked for it. */
    private final AnimationTimer idleRun;

    /**
     * @param smallestCount the smallest count a badge can show
     * @param inIdlePulses whether the run of smaller counts is drawn by itself in idle pulses; without,
     *                     only {@link #prepareRunSheet} draws it (tests)
     */
    BadgeStamps(int smallestCount, boolean inIdlePulses) {
        this.smallestCount = smallestCount;
        this.runReady = smallestCount - 1;
        this.runEnd = smallestCount - 1;
        this.idleRun = inIdlePulses ? new IdleRun() : null;
    }

    /**
     * Starts at the third pulse after the frame that asked: the pulse that renders that frame and the
     * one after it, by which it is on screen, are left alone (a window's first layout runs in
     * {@code show()}, before any pulse, so counting from there needs the extra pulse).
     */
    private final class IdleRun extends AnimationTimer {
        private int pulses;

        @Override
        public void start() {
            pulses = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (++pulses < 3) {
                return;
            }
            if (runPending()) {
                prepareRunSheet();
            } else {
                stop();
            }
        }
    }
    private IntFunction<String> textOf = Integer::toString;
    private Look look;
    private double cellW;
    private double cellH;
    private int sheetsDrawn;
    private Image background;

    /**
     * Sets the look of this frame's badges and the text a count shows at it; a new look forgets
     * every picture.
     */
    void setLook(Look look, IntFunction<String> textOf) {
        this.textOf = textOf;
        if (!look.equals(this.look)) {
            this.look = look;
            forget();
            // whole device pixels, so that a copy to a whole device pixel is exact
            cellW = Math.max(1, Math.round(look.width() * look.scale())) / look.scale();
            cellH = Math.max(1, Math.round(look.height() * look.scale())) / look.scale();
        }
    }

    private void forget() {
        runReady = smallestCount - 1;
        runEnd = smallestCount - 1;
        stamps.clear();
        background = null;
        smallCounts = new Stamp[SMALL_COUNTS];
        largeCounts.clear();
    }

    private Stamp stampOf(int count) {
        return count >= 0 && count < SMALL_COUNTS ? smallCounts[count] : largeCounts.get(count);
    }

    private void remember(int count, Stamp stamp) {
        if (count >= 0 && count < SMALL_COUNTS) {
            smallCounts[count] = stamp;
        } else {
            largeCounts.put(count, stamp);
        }
    }

    /**
     * Makes sure the first {@code n} counts have a picture at the current look; call before
     * {@link #draw} in a frame. One snapshot per sheet of new texts, none when all are known. The
     * run of smaller counts that zooming in will bring is drawn later, in idle pulses ({@link #runPending}).
     */
    void prepare(int[] counts, int n) {
        Set<Integer> unknown = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            runEnd = Math.max(runEnd, Math.min(counts[i], RUN_LIMIT - 1));
            if (stampOf(counts[i]) == null) {
                unknown.add(counts[i]);
            }
        }
        draw(unknown);
        if (runPending() && idleRun != null) {
            idleRun.start();
        }
    }

    /**
     * Whether some count from the smallest a badge shows up to the largest seen at this look (below
     * a thousand) still lacks its picture. Zooming in only ever brings smaller counts, so these are
     * drawn ahead, a sheet per idle pulse ({@link #prepareRunSheet}), instead of in the frame of the
     * zoom step that first shows them: a snapshot waits for the render thread, and four sheets of
     * them once cost that step 50–90 ms at 100,000 events.
     */
    boolean runPending() {
        while (runReady < runEnd && stampOf(runReady + 1) != null) {
            runReady++;
        }
        return runReady < runEnd;
    }

    /** Draws the next sheet of the run of smaller counts ({@link #runPending}); one snapshot at most. */
    void prepareRunSheet() {
        Set<Integer> next = new LinkedHashSet<>();
        for (int count = Math.max(runReady + 1, smallestCount); count <= runEnd && next.size() < SHEET_CELLS; count++) {
            if (stampOf(count) == null) {
                next.add(count);
            }
        }
        draw(next);
    }

    /** Draws the pictures of these counts' texts that are not drawn yet, and remembers them by count. */
    private void draw(Set<Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        LinkedHashSet<String> missing = new LinkedHashSet<>();
        for (int count : counts) {
            String text = textOf.apply(count);
            if (!stamps.containsKey(text)) {
                missing.add(text);
            }
        }
        if (stamps.size() + missing.size() > MAX_STAMPS) {
            forget();
            for (int count : counts) {
                missing.add(textOf.apply(count));
            }
        }
        List<String> todo = new ArrayList<>(missing);
        for (int from = 0; from < todo.size(); from += SHEET_CELLS) {
            drawSheet(todo.subList(from, Math.min(todo.size(), from + SHEET_CELLS)));
        }
        for (int count : counts) {
            remember(count, stamps.get(textOf.apply(count)));
        }
    }

    /**
     * The badge's rounded rectangle in a plain colour, its edge smoothed by 4×4 samples per device
     * pixel: computed once per look rather than rasterised as a path for each cell of each sheet.
     * Null for a gradient or pattern fill, which the sheet then draws as a path.
     */
    static WritableImage background(Look look, double cellW, double cellH) {
        if (!(look.fill() instanceof Color colour)) {
            return null;
        }
        int w = (int) Math.round(cellW * look.scale());
        int h = (int) Math.round(cellH * look.scale());
        double r = h / 4.0; // fillRoundRect with arcs of half the height: corners a quarter of it
        WritableImage image = new WritableImage(w, h);
        PixelWriter pixels = image.getPixelWriter();
        for (int py = 0; py < h; py++) {
            for (int px = 0; px < w; px++) {
                int inside = 0;
                for (int sy = 0; sy < 4; sy++) {
                    for (int sx = 0; sx < 4; sx++) {
                        double x = px + (sx + 0.5) / 4;
                        double y = py + (sy + 0.5) / 4;
                        double dx = Math.max(0, Math.max(r - x, x - (w - r)));
                        double dy = Math.max(0, Math.max(r - y, y - (h - r)));
                        if (dx * dx + dy * dy <= r * r) {
                            inside++;
                        }
                    }
                }
                pixels.setColor(px, py, Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(),
                        colour.getOpacity() * inside / 16));
            }
        }
        return image;
    }

    private void drawSheet(List<String> texts) {
        if (background == null && look.fill() instanceof Color) {
            background = background(look, cellW, cellH);
        }
        int rows = (texts.size() + COLUMNS - 1) / COLUMNS;
        int columns = Math.min(COLUMNS, texts.size());
        Canvas sheet = new Canvas(columns * (cellW + GAP), rows * (cellH + GAP));
        GraphicsContext gc = sheet.getGraphicsContext2D();
        gc.setFont(look.font());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < texts.size(); i++) {
            double x = (i % COLUMNS) * (cellW + GAP);
            double y = (i / COLUMNS) * (cellH + GAP);
            if (background != null) {
                gc.drawImage(background, x, y, cellW, cellH);
            } else {
                gc.setFill(look.fill());
                gc.fillRoundRect(x, y, cellW, cellH, cellH * 0.5, cellH * 0.5);
            }
            gc.setFill(look.textFill());
            gc.fillText(texts.get(i), x + Math.round(cellW / 2), y + Math.round(cellH / 2));
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(Transform.scale(look.scale(), look.scale()));
        Image image = sheet.snapshot(params, null);
        sheetsDrawn++;
        for (int i = 0; i < texts.size(); i++) {
            double x = (i % COLUMNS) * (cellW + GAP) * look.scale();
            double y = (i / COLUMNS) * (cellH + GAP) * look.scale();
            stamps.put(texts.get(i), new Stamp(image, Math.round(x), Math.round(y)));
        }
    }

    /** Width of a badge as drawn (its picture's, whole device pixels). */
    double width() {
        return cellW;
    }

    double height() {
        return cellH;
    }

    /**
     * Copies the picture of the badge of this count, its top-left at the device pixel nearest to
     * {@code (x, y)}; the count must have been {@link #prepare prepared} at the current look.
     */
    void draw(GraphicsContext gc, int count, double x, double y) {
        Stamp stamp = stampOf(count);
        double scale = look.scale();
        if (stamp == null) {
            // not prepared (never expected): drawn directly, slower but the same badge
            gc.setFill(look.fill());
            gc.fillRoundRect(x, y, cellW, cellH, cellH * 0.5, cellH * 0.5);
            gc.setFont(look.font());
            gc.setFill(look.textFill());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(textOf.apply(count), Math.round(x + cellW / 2), Math.round(y + cellH / 2));
            return;
        }
        gc.drawImage(stamp.sheet(), stamp.sx(), stamp.sy(), cellW * scale, cellH * scale,
                Math.round(x * scale) / scale, Math.round(y * scale) / scale, cellW, cellH);
    }

    /** Sheets drawn since this was made: a test sees whether a frame redrew pictures or reused them. */
    int sheetsDrawn() {
        return sheetsDrawn;
    }

    /** Whether a count has its picture at the current look. */
    boolean has(int count) {
        return stampOf(count) != null;
    }
}
