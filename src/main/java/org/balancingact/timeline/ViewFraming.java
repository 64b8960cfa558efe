package org.balancingact.timeline;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import javafx.scene.control.ScrollBar;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.Event;

/**
 * Where the skin itself moves the view: the opening frame (a new file; again after a resize, until the
 * user moves the view), a framing a caller asked for ({@link TimelineView#frameEvent}, Zoom to selection),
 * and bringing a new selection into sight, whole title and all, by panning and scrolling only as much
 * as needed ({@link SelectionReveal}).
 */
final class ViewFraming {
    private final TimelineView view;
    /** Passes left to bring the selection into view (a pan or a scroll asks for another layout pass). */
    private int revealPasses;
    /** True while the view shows the opening frame the user has not moved away from: a resize frames again. */
    private boolean openingShown;
    /** Set while this moves the view, so that is not taken for the user's move. */
    private boolean moving;

    ViewFraming(TimelineView view) {
        this.view = view;
    }

    void selectionChanged() {
        revealPasses = 3;
    }

    /** The visible days changed: unless this moved them, the user (or a caller) chose them. */
    void viewMoved() {
        if (!moving) {
            openingShown = false;
        }
    }

    boolean revealing() {
        return revealPasses > 0;
    }

    void revealed() {
        revealPasses = 0;
    }

    /**
     * The opening frame and a caller's framing: picks the range where the most of the wanted titles can
     * be read whole at this size. True when it moved the view.
     */
    boolean frameIfAsked(LanesInView.Request request, double lanesH, boolean resized) {
        FramingRequest asked = view.takeFramingRequest();
        boolean opening = asked != null ? asked.isOpening() : openingShown && resized;
        if (asked == null && !opening) {
            return false;
        }
        var timeline = view.getState().getTimeline();
        List<Event> events = opening ? List.of()
                : asked.eventIds().stream().map(timeline::event).flatMap(Optional::stream).toList();
        LanesInView.Request base = request;
        if (!opening && asked.keepFirst() && !events.isEmpty()) {
            base = request.keeping(events.get(0));
        }
        OpeningFrame.Choice choice = OpeningFrame.choose(base, view.shownEvents(), lanesH,
                opening ? OpeningFrame.Goal.OPENING : new OpeningFrame.Goal(events, false));
        if (choice == null) {
            return false;
        }
        if (!opening && asked.animate()) {
            view.animateTo(choice.startDay(), choice.endDay());
            return false; // the animation moves the view frame by frame
        }
        move(choice.startDay(), choice.endDay());
        openingShown = opening;
        return true;
    }

    /**
     * After drawing: when the selected event is not readable, scrolls its row into sight or pans until
     * its whole title is. True when it moved something (the caller lays out again).
     */
    boolean reveal(Event kept, DrawnRecord record, ScrollBar vbar, RowMetrics metrics, double itemsY, double itemsH,
                   ToDoubleFunction<Event> titleWidth) {
        revealPasses--;
        if (kept == null) {
            return false;
        }
        Optional<DrawnItem> drawn = record.selected();
        if (drawn.isPresent() && drawn.get().wholeTitleShown() && record.readable().contains(kept.id())) {
            return false;
        }
        if (drawn.isPresent() && vbar.isVisible()) {
            double top = drawn.get().mark().getMinY() - itemsY;
            if (top < 0 || top + metrics.rowHeight() > itemsH) {
                vbar.setValue(Math.max(0, Math.min(vbar.getMax(), vbar.getValue() + top - itemsH / 3)));
                return true;
            }
        }
        double pan = SelectionReveal.panDays(view.getStartDay(), view.getEndDay(), record.itemsArea.getWidth(),
                TimeSpan.startDay(kept.when()), TimeSpan.endDay(kept.when()),
                LaneLayout.POST_PX + LaneLayout.LABEL_PAD + titleWidth.applyAsDouble(kept), metrics.charWidth() * 2);
        if (pan == 0) {
            return false;
        }
        move(view.getStartDay() + pan, view.getEndDay() + pan);
        openingShown = false;
        return true;
    }

    private void move(double start, double end) {
        moving = true;
        try {
            view.frameDays(start, end);
        } finally {
            moving = false;
        }
    }
}
