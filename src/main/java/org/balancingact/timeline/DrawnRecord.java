package org.balancingact.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.balancingact.explore.Emphasis;

/**
 * What the skin drew in the last frame, in the control's coordinates: the events ({@link DrawnItem}), the
 * badges ({@link DrawnCluster}), where each lane is, and the part of the lanes in sight. Hit tests, the
 * keyboard model, accessibility, tests and the layout audit all read this instead of the canvas pixels.
 */
final class DrawnRecord {
    final List<DrawnItem> items = new ArrayList<>();
    final List<DrawnCluster> clusters = new ArrayList<>();
    final List<double[]> laneSpans = new ArrayList<>();
    /** Where the lanes are shown: the items area left of the scroll bar (when it shows). */
    Bounds itemsArea = new BoundingBox(0, 0, 0, 0);
    /** The part of the items area the lanes fill (the rest, below the last lane, is empty). */
    Bounds lanesInSight = new BoundingBox(0, 0, 0, 0);

    void clear() {
        items.clear();
        clusters.clear();
        laneSpans.clear();
    }

    /** The first drawn occurrence of an event, preferring one wholly in sight. */
    Optional<DrawnItem> item(String id) {
        Bounds view = itemsArea;
        Optional<DrawnItem> whole = items.stream().filter(i -> i.id().equals(id)
                && view.contains(i.mark().getCenterX(), i.mark().getCenterY())
                && (i.label() == null || view.contains(i.label().getCenterX(), i.label().getCenterY()))).findFirst();
        return whole.isPresent() ? whole : items.stream().filter(i -> i.id().equals(id) && view.intersects(i.mark())).findFirst();
    }

    /** The item under a point; none where a badge is, badges are drawn on top. */
    Optional<DrawnItem> itemAt(double x, double y) {
        if (clusterAt(x, y).isPresent()) {
            return Optional.empty();
        }
        // titles and marks first (they are what a click aims at), then the thin rails
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).containsTitleOrMark(x, y)) {
                return Optional.of(items.get(i));
            }
        }
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i).contains(x, y)) {
                return Optional.of(items.get(i));
            }
        }
        return Optional.empty();
    }

    Optional<DrawnCluster> clusterAt(double x, double y) {
        return clusters.stream().filter(c -> c.bounds().contains(x, y)).findFirst();
    }

    /** The lane index at a y coordinate, or -1. */
    int laneAtY(double y) {
        for (int i = 0; i < laneSpans.size(); i++) {
            if (y >= laneSpans.get(i)[0] && y < laneSpans.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The events drawn with their whole title and their mark in sight (not scrolled away, not past an
     * edge) and nothing drawn over the title: no other title, mark, rail or badge. What a user can read.
     */
    Set<String> readable() {
        Set<String> ids = new LinkedHashSet<>();
        Bounds sight = lanesInSight;
        for (DrawnItem item : items) {
            Bounds title = item.label();
            if (title == null || !item.wholeTitleShown() || !inside(sight, title) || !inside(sight, item.mark())) {
                continue;
            }
            boolean covered = false;
            for (DrawnItem other : items) {
                if (other != item && (overlaps(other.mark(), title) || overlaps(other.label(), title)
                        || overlaps(other.span(), title))) {
                    covered = true;
                    break;
                }
            }
            for (int c = 0; c < clusters.size() && !covered; c++) {
                covered = overlaps(clusters.get(c).bounds(), title);
            }
            if (!covered) {
                ids.add(item.id());
            }
        }
        return ids;
    }

    /** Whether a badge drawn now, in one of {@code lanes}, holds an event starting at its day (or earlier, in view). */
    boolean inCluster(org.balancingact.model.Event event, double viewStart, int[] lanes) {
        double start = Math.max(org.balancingact.index.TimeSpan.startDay(event.when()), viewStart);
        for (DrawnCluster c : clusters) {
            boolean inLane = false;
            for (int lane : lanes) {
                inLane |= lane == c.lane();
            }
            double width = c.toDay() - c.fromDay();
            if (inLane && start >= c.fromDay() - width && start < c.toDay()) {
                return true;
            }
        }
        return false;
    }

    /** The selected event's first drawn occurrence (the selected one is drawn last, on top). */
    Optional<DrawnItem> selected() {
        return items.stream().filter(i -> i.emphasis() == Emphasis.SELECTED).findFirst();
    }

    private static boolean inside(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    /** Overlap of the insides (boxes that only touch do not overlap). */
    static boolean overlaps(Bounds a, Bounds b) {
        return a != null && b != null && a.getMinX() < b.getMaxX() - 0.5 && b.getMinX() < a.getMaxX() - 0.5
                && a.getMinY() < b.getMaxY() - 0.5 && b.getMinY() < a.getMaxY() - 0.5;
    }
}
