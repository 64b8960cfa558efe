package org.balancingact.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places actor nodes and their names so that no name overlaps another name or another node. JGraphT's
 * force layout knows nothing of labels, so this pass, in screen pixels, takes each node in order of
 * importance and tries, nearest first:
 * <ol>
 *   <li>its name at one of eight places around the node where the layout put it (below, right, left,
 *       above, then the four corners);</li>
 *   <li>the node nudged a little (up to about three ems), each spot with the eight places;</li>
 *   <li>the shortened name ({@link Fit#SHORT}, drawn marked) near the node;</li>
 *   <li>the node moved further, with the whole name, then with the shortened one;</li>
 *   <li>as a last resort the node alone, its name shown on hover only ({@link Fit#HIDDEN}); or, for an
 *       item that may be left out (a neighbour in a featured neighbourhood), nothing
 *       ({@link Fit#DROPPED}).</li>
 * </ol>
 * Names side by side keep a wide gap, or two short names read as one ("Belarus The West"); so do names
 * straight one above the other ("Vladimir Makei / European Union"); names offset sideways may sit
 * closer. Deterministic: a fixed order and fixed candidate spots; pinned (dragged) nodes
 * never move, only their names do. Occupied boxes are kept in a grid, so a check costs what lies near.
 */
final class LabelPlacement {
    /** Above this many nodes the pass is skipped; such graphs write the most important names only. */
    static final int MAX_ITEMS = 160;

    /** Where a name sits around its node, in the order tried (other things equal); with its direction, y down. */
    enum Side {
        BELOW(90), RIGHT(0), LEFT(180), ABOVE(270), BELOW_RIGHT(45), BELOW_LEFT(135), ABOVE_RIGHT(315), ABOVE_LEFT(225);

        final double direction;

        Side(double degrees) {
            this.direction = Math.toRadians(degrees);
        }
    }

    private static final int SIDES = Side.values().length;

    /** What became of an item's name. */
    enum Fit { FULL, SHORT, HIDDEN, DROPPED }

    /** A node to place: where the layout wants it, its shape's half-size, and its name's two sizes. */
    static final class Item {
        final double wantX;
        final double wantY;
        /** Half the side of the square the shape (with its stroke) fits in. */
        final double reach;
        final double fullWidth;
        final double fullHeight;
        final double shortWidth;
        final double shortHeight;
        final boolean pinned;
        /** May be left out when its name finds no room (a neighbour in a featured neighbourhood). */
        final boolean optional;
        /** Directions (radians, y down) in which this node's edges leave it: names are kept off them. */
        final List<Double> edgeDirections = new ArrayList<>(2);
        double x;
        double y;
        Side side = Side.BELOW;
        Fit fit = Fit.HIDDEN;
        private Side[] sides;

        /**
         * The sides in the order tried: straight beside the node first, the corners after, and in each
         * group the sides fewer edges leave by first (a name on an edge hides the line and the arrows where
         * it meets the node, and takes the clicks meant for it).
         */
        Side[] sides() {
            if (sides == null) {
                sides = Side.values().clone();
                int[] crossings = new int[sides.length];
                for (Side s : sides) {
                    for (double direction : edgeDirections) {
                        double diff = Math.abs(Math.IEEEremainder(direction - s.direction, 2 * Math.PI));
                        if (diff < Math.toRadians(40)) {
                            crossings[s.ordinal()]++;
                        }
                    }
                }
                java.util.Arrays.sort(sides, java.util.Comparator.comparingInt((Side s) -> s.ordinal() < 4 ? 0 : 1)
                        .thenComparingInt(s -> crossings[s.ordinal()]));
            }
            return sides;
        }

        Item(double wantX, double wantY, double reach, double fullWidth, double fullHeight, double shortWidth,
                double shortHeight, boolean pinned, boolean optional) {
            this.wantX = wantX;
            this.wantY = wantY;
            this.reach = reach;
            this.fullWidth = fullWidth;
            this.fullHeight = fullHeight;
            this.shortWidth = shortWidth;
            this.shortHeight = shortHeight;
            this.pinned = pinned;
            this.optional = optional;
            this.x = wantX;
            this.y = wantY;
        }

        double labelWidth() {
            return fit == Fit.SHORT ? shortWidth : fullWidth;
        }

        double labelHeight() {
            return fit == Fit.SHORT ? shortHeight : fullHeight;
        }

        /** The name's top-left corner relative to the node's centre, for the side and fit chosen. */
        double[] labelOffset(double pad) {
            return offset(side, reach + pad, labelWidth(), labelHeight());
        }
    }

    private LabelPlacement() {
    }

    /** Top-left of a {@code w × h} name on {@code side} of a node whose shape reaches {@code d} from its centre. */
    static double[] offset(Side side, double d, double w, double h) {
        double c = d * 0.8; // the corners: clear of a circle's or diamond's rim, touching a square's
        return switch (side) {
            case BELOW -> new double[] {-w / 2, d};
            case ABOVE -> new double[] {-w / 2, -d - h};
            case RIGHT -> new double[] {d, -h / 2};
            case LEFT -> new double[] {-d - w, -h / 2};
            case BELOW_RIGHT -> new double[] {c, c};
            case BELOW_LEFT -> new double[] {-c - w, c};
            case ABOVE_RIGHT -> new double[] {c, -c - h};
            case ABOVE_LEFT -> new double[] {-c - w, -c - h};
        };
    }

    /**
     * Places the items, most important first, inside {@code width × height}; {@code em} is the label
     * font's height, which sets the gaps and how far a node may be nudged.
     */
    static void place(List<Item> byImportance, double width, double height, double em) {
        Placer placer = new Placer(width, height, em);
        for (Item item : byImportance) {
            placer.place(item);
        }
    }

    /** One run of the pass: the occupied boxes so far and the rules for a free spot. */
    private static final class Placer {
        private final double width;
        private final double height;
        private final double pad;
        private final double step;
        private final double near;
        private final double far;
        private final Occupied occupied;

        Placer(double width, double height, double em) {
            this.width = width;
            this.height = height;
            pad = pad(em);
            step = Math.max(4, em * 0.5);
            near = em * 3;
            far = Math.max(width, height) * 0.6;
            // measured on the bundled data at 1280×720 and 1920×1080: wider gaps leave more names unwritten,
            // narrower ones let a name sit so close to a neighbour that it reads as the neighbour's
            occupied = new Occupied(Math.max(16, em * 4), Math.max(4, em * 0.8), Math.max(3, em * 0.3), Math.max(2, em * 0.2),
                    Math.max(4, em * 0.3), em * 0.7);
        }

        void place(Item item) {
            boolean hasShort = item.shortWidth < item.fullWidth - 0.5 || item.shortHeight < item.fullHeight - 0.5;
            // a name straight beside its node reads as its own more surely than one at a corner
            if (search(item, Fit.FULL, 0, near, 4) || search(item, Fit.FULL, 0, near, SIDES)
                    || (hasShort && search(item, Fit.SHORT, 0, near, SIDES))
                    || search(item, Fit.FULL, near + step, far, SIDES)
                    || (hasShort && search(item, Fit.SHORT, near + step, far, SIDES))) {
                occupy(item, true);
                return;
            }
            if (item.optional) {
                item.fit = Fit.DROPPED;
                return;
            }
            if (!search(item, Fit.HIDDEN, 0, far, SIDES)) {
                // nowhere free even for the shape: keep it where the layout put it (inside the pane)
                item.x = item.pinned ? item.wantX : clamp(item.wantX, item.reach, width - item.reach);
                item.y = item.pinned ? item.wantY : clamp(item.wantY, item.reach, height - item.reach);
                item.fit = Fit.HIDDEN;
            }
            occupy(item, false);
        }

        /**
         * Looks for a spot on rings {@code from..to} around the wanted centre, with the name on one of the
         * first {@code sides} sides; sets the item on success.
         */
        private boolean search(Item item, Fit fit, double from, double to, int sides) {
            if (item.pinned && from > 0) {
                return false; // a dragged node stays where the user put it: only its name may move
            }
            double x0 = item.pinned ? item.wantX : clamp(item.wantX, item.reach, width - item.reach);
            double y0 = item.pinned ? item.wantY : clamp(item.wantY, item.reach, height - item.reach);
            double w = fit == Fit.SHORT ? item.shortWidth : item.fullWidth;
            double h = fit == Fit.SHORT ? item.shortHeight : item.fullHeight;
            for (double r = from; r <= to; r += step) {
                int n = r == 0 ? 1 : Math.min(48, Math.max(8, (int) (2 * Math.PI * r / step)));
                for (int k = 0; k < n; k++) {
                    double a = 2 * Math.PI * k / n;
                    double x = x0 + r * Math.cos(a);
                    double y = y0 + r * Math.sin(a) * 0.6; // prefer sideways moves: panes are wider than tall
                    Side side = fitsAt(item, x, y, fit == Fit.HIDDEN ? -1 : w, h, sides);
                    if (side != null) {
                        item.x = x;
                        item.y = y;
                        item.side = side;
                        item.fit = fit;
                        return true;
                    }
                }
                if (item.pinned) {
                    return false;
                }
            }
            return false;
        }

        /** The first side where a {@code w × h} name fits with the node at (x, y); any side when {@code w < 0}. */
        private Side fitsAt(Item item, double x, double y, double w, double h, int sides) {
            double d = item.reach;
            if (!item.pinned && (x - d < 0 || x + d > width || y - d < 0 || y + d > height)) {
                return null;
            }
            if (!occupied.free(x - d, y - d, x + d, y + d, false)) {
                return null;
            }
            if (w < 0) {
                return Side.BELOW;
            }
            Side[] order = item.sides();
            for (int s = 0; s < sides; s++) {
                Side side = order[s];
                double[] o = offset(side, d + pad, w, h);
                double lx = x + o[0];
                double ly = y + o[1];
                if (lx >= 0 && ly >= 0 && lx + w <= width && ly + h <= height && occupied.free(lx, ly, lx + w, ly + h, true)) {
                    return side;
                }
            }
            return null;
        }

        private void occupy(Item item, boolean withLabel) {
            double d = item.reach;
            occupied.add(item.x - d, item.y - d, item.x + d, item.y + d, false);
            if (withLabel) {
                double[] o = item.labelOffset(pad);
                double lx = item.x + o[0];
                double ly = item.y + o[1];
                occupied.add(lx, ly, lx + item.labelWidth(), ly + item.labelHeight(), true);
            }
        }
    }

    /**
     * Boxes already taken, bucketed in a square grid. Two names keep {@code labelGapX} side by side and
     * {@code labelGapY} one above the other ({@code stackedGap} when straight above, overlapping sideways
     * by more than half the narrower); two shapes keep {@code gap}; a name keeps {@code nameToShape}
     * from another actor's shape, several times its distance from its own, so it is read as its own
     * actor's and not a neighbour's.
     */
    private static final class Occupied {
        private final double cell;
        private final double labelGapX;
        private final double labelGapY;
        private final double gap;
        private final double nameToShape;
        private final double stackedGap;
        private final Map<Long, List<double[]>> cells = new HashMap<>();

        Occupied(double cell, double labelGapX, double labelGapY, double gap, double nameToShape, double stackedGap) {
            this.cell = cell;
            this.labelGapX = labelGapX;
            this.labelGapY = labelGapY;
            this.gap = gap;
            this.nameToShape = nameToShape;
            this.stackedGap = stackedGap;
        }

        void add(double x0, double y0, double x1, double y1, boolean label) {
            double[] box = {x0, y0, x1, y1, label ? 1 : 0};
            for (int cx = index(x0); cx <= index(x1); cx++) {
                for (int cy = index(y0); cy <= index(y1); cy++) {
                    cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>(4)).add(box);
                }
            }
        }

        boolean free(double x0, double y0, double x1, double y1, boolean label) {
            double reach = Math.max(Math.max(labelGapX, gap), Math.max(nameToShape, stackedGap));
            for (int cx = index(x0 - reach); cx <= index(x1 + reach); cx++) {
                for (int cy = index(y0 - reach); cy <= index(y1 + reach); cy++) {
                    List<double[]> boxes = cells.get(key(cx, cy));
                    if (boxes == null) {
                        continue;
                    }
                    for (double[] b : boxes) {
                        boolean bothLabels = label && b[4] == 1;
                        boolean nameAndShape = label != (b[4] == 1);
                        double gx = bothLabels ? labelGapX : nameAndShape ? nameToShape : gap;
                        double gy = bothLabels ? labelGapY : nameAndShape ? nameToShape : gap;
                        if (bothLabels && stacked(x0, x1, b[0], b[2])) {
                            gy = stackedGap; // two names one straight above the other would read as one
                        }
                        if (x0 < b[2] + gx && b[0] < x1 + gx && y0 < b[3] + gy && b[1] < y1 + gy) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        /** Whether two names overlap sideways by more than half the narrower one. */
        private static boolean stacked(double a0, double a1, double b0, double b1) {
            double common = Math.min(a1, b1) - Math.max(a0, b0);
            return common > Math.min(a1 - a0, b1 - b0) / 2;
        }

        private int index(double v) {
            return (int) Math.floor(v / cell);
        }

        private static long key(int cx, int cy) {
            return ((long) cx << 32) ^ (cy & 0xffffffffL);
        }
    }

    /** The gap between a node's shape and its name, for a label font {@code em} pixels high. */
    static double pad(double em) {
        return Math.max(1, em * 0.12);
    }

    static double clamp(double v, double lo, double hi) {
        return hi < lo ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }
}
