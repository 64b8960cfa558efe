package org.balancingact.timeline;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.balancingact.explore.Emphasis;
import org.balancingact.model.Event;

/**
 * One event as drawn on the canvas this frame: where (in the timeline control's coordinates), in which
 * lane and in which emphasis state. It replaces the per-event node for hit tests, tests and the
 * keyboard model; {@link #accessibleText()} is what a screen reader says for it.
 *
 * @param labelText the words drawn as its label, shortened with "…" when the room was short; null when
 *                  no label was drawn. The layout audit reads it: a canvas has no text node to inspect.
 */
public record DrawnItem(Event event, int lane, Bounds mark, Bounds label, Emphasis emphasis, String labelText) {

    public String id() {
        return event.id();
    }

    /** Mark and label together. */
    public Bounds bounds() {
        if (label == null) {
            return mark;
        }
        double minX = Math.min(mark.getMinX(), label.getMinX());
        double minY = Math.min(mark.getMinY(), label.getMinY());
        double maxX = Math.max(mark.getMaxX(), label.getMaxX());
        double maxY = Math.max(mark.getMaxY(), label.getMaxY());
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }

    public boolean contains(double x, double y) {
        return mark.contains(x, y) || (label != null && label.contains(x, y));
    }

    /** Whether the label drawn is the event's whole label (title with its "~" or "?"), not cut short. */
    public boolean wholeTitleShown() {
        return labelText != null && labelText.equals(EventText.label(event));
    }

    public String accessibleText() {
        return EventText.accessibleText(event);
    }
}
