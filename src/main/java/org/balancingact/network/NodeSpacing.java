package org.balancingact.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Pushes apart nodes whose boxes (shape plus the label under it) overlap, in screen pixels, so that
 * every label on screen can be read. Force layouts only keep node centres apart; at a projector's
 * 1280×720 that still leaves names on top of each other. Deterministic: a fixed order, a fixed number
 * of rounds, and pinned (dragged) nodes never move.
 */
final class NodeSpacing {
    /** Above this many boxes the quadratic pass is skipped; such graphs show labels on hover only. */
    static final int MAX_BOXES = 160;

    private NodeSpacing() {
    }

    /** A node's box around its centre (cx, cy): {@code left/right/up/down} are distances from it. */
    static final class Box {
        double cx;
        double cy;
        final double left;
        final double right;
        final double up;
        final double down;
        final boolean pinned;
        /** No free spot was found: the name would cover another, so it is shown on hover only. */
        boolean crowded;

        Box(double cx, double cy, double halfWidth, double up, double down, boolean pinned) {
            this.cx = cx;
            this.cy = cy;
            this.left = halfWidth;
            this.right = halfWidth;
            this.up = up;
            this.down = down;
            this.pinned = pinned;
        }
    }

    /**
     * Places boxes so that none overlaps another, keeping each as near its layout position as it can:
     * pinned boxes first, then in the given order (most important first), each at the nearest free spot
     * on rings around where the layout put it. A box that finds no free spot stays where it was and is
     * marked {@link Box#crowded}; the graph then shows its name only on hover. Side by side, names need
     * a wider gap than one above the other, or two short names read as one ("Belarus The West").
     */
    static void spread(List<Box> boxes, double width, double height, double gapX, double gapY) {
        if (boxes.size() > MAX_BOXES) {
            return;
        }
        List<Box> placed = new ArrayList<>();
        List<Box> order = new ArrayList<>(boxes.stream().filter(b -> b.pinned).toList());
        boxes.stream().filter(b -> !b.pinned).forEach(order::add);
        // coarse rings and a bounded reach: a few thousand candidates per box at most, so redraws stay quick
        double step = Math.max(4, Math.min(gapX, gapY) + 3);
        double reach = Math.max(width, height) * 0.6;
        for (Box box : order) {
            if (!place(box, box, placed, width, height, gapX, gapY, step, reach)) {
                // no room for the name: find room for the shape alone, and show the name on hover only
                Box shapeOnly = new Box(box.cx, box.cy, box.up, box.up, box.up, box.pinned);
                box.crowded = true;
                if (place(shapeOnly, box, placed, width, height, gapX, gapY, step, reach)) {
                    placed.add(shapeOnly);
                }
            } else {
                placed.add(box);
            }
        }
    }

    /** Moves {@code target} to the nearest spot where {@code box} (its outline) fits; false if none. */
    private static boolean place(Box box, Box target, List<Box> placed, double width, double height,
            double gapX, double gapY, double step, double reach) {
        double x0 = box.pinned ? box.cx : clamp(box.cx, box.left, width - box.right);
        double y0 = box.pinned ? box.cy : clamp(box.cy, box.up, height - box.down);
        boolean found = box.pinned || fits(box, x0, y0, placed, gapX, gapY);
        double bestX = x0;
        double bestY = y0;
        for (double r = step; !found && r < reach; r += step) {
            int n = Math.min(48, Math.max(8, (int) (2 * Math.PI * r / step)));
            for (int k = 0; k < n && !found; k++) {
                double a = 2 * Math.PI * k / n;
                double x = x0 + r * Math.cos(a);
                double y = y0 + r * Math.sin(a) * 0.6; // prefer sideways moves: panes are wider than tall
                if (x - box.left >= 0 && x + box.right <= width && y - box.up >= 0 && y + box.down <= height
                        && fits(box, x, y, placed, gapX, gapY)) {
                    found = true;
                    bestX = x;
                    bestY = y;
                }
            }
        }
        if (found) {
            box.cx = bestX;
            box.cy = bestY;
            target.cx = bestX;
            target.cy = bestY;
        }
        return found;
    }

    private static boolean fits(Box box, double x, double y, List<Box> placed, double gapX, double gapY) {
        for (Box other : placed) {
            if (x - box.left < other.cx + other.right + gapX && other.cx - other.left < x + box.right + gapX
                    && y - box.up < other.cy + other.down + gapY && other.cy - other.up < y + box.down + gapY) {
                return false;
            }
        }
        return true;
    }

    static double clamp(double v, double lo, double hi) {
        return hi < lo ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }
}
