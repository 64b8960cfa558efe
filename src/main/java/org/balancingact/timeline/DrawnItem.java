package org.balancingact.timeline;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import org.balancingact.explore.Emphasis;
import org.balancingact.model.Event;

/**
 * One event as drawn on the canvas this frame: where (in the timeline control's coordinates), in which
 * lane and in which emphasis state. It replaces the per-event node for hit tests, tests, the layout audit
 * and the keyboard model; {@link #accessibleText()} is what a screen reader says for it.
 *
 * @param mark       the diamond of a day, or the post at the start of a period
 * @param label      the title's box (one line of text), null when no title is drawn
 * @param emphasis   selected, related, dimmed or normal
 * @param labelText  the words drawn as its title, shortened with "…" when the room was short; null when no
 *                   title was drawn. The layout audit reads it: a canvas has no text node to inspect.
 * @param span       the rail along a period's possible days, null for a day
 * @param copies     in how many lanes the event is drawn (an event with two themes is in two theme lanes)
 * @param lit        whether it is lit as the event under the pointer (every copy of it is)
 */
public record DrawnItem(Event event, int lane, Bounds mark, Bounds label, Emphasis emphasis, String labelText,
                        Bounds span, int copies, boolean lit) {

    /** A day drawn with its mark and title, in one lane. */
    public DrawnItem(Event event, int lane, Bounds mark, Bounds label, Emphasis emphasis, String labelText) {
        this(event, lane, mark, label, emphasis, labelText, null, 1, false);
    }

    public String id() {
        return event.id();
    }

    /** Mark, title and rail together. */
    public Bounds bounds() {
        Bounds all = mark;
        for (Bounds part : new Bounds[] {label, span}) {
            if (part != null) {
                double minX = Math.min(all.getMinX(), part.getMinX());
                double minY = Math.min(all.getMinY(), part.getMinY());
                double maxX = Math.max(all.getMaxX(), part.getMaxX());
                double maxY = Math.max(all.getMaxY(), part.getMaxY());
                all = new BoundingBox(minX, minY, maxX - minX, maxY - minY);
            }
        }
        return all;
    }

    public boolean contains(double x, double y) {
        return containsTitleOrMark(x, y) || (span != null && span.contains(x, y));
    }

    /** Whether a point is on the mark or the title (what a click aims at; the rail is thin). */
    public boolean containsTitleOrMark(double x, double y) {
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
