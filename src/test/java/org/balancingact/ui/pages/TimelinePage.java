package org.balancingact.ui.pages;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.balancingact.explore.Emphasis;
import org.balancingact.explore.Selection;
import org.balancingact.timeline.DrawnItem;
import org.balancingact.timeline.LaneGrouping;
import org.balancingact.timeline.TimelineSkin;
import org.balancingact.timeline.TimelineView;
import org.testfx.api.FxRobot;

/**
 * The timeline as a user sees it: events by id, their highlight state, zoom and keys. Events are
 * drawn on a canvas, so an event is what the skin says it drew this frame ({@link DrawnItem}).
 */
public final class TimelinePage {
    private final FxRobot robot;

    public TimelinePage(FxRobot robot) {
        this.robot = robot;
    }

    public TimelineView view() {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    public TimelineSkin skin() {
        return (TimelineSkin) view().getSkin();
    }

    /** The event as drawn now (first occurrence), or null when it is not on screen or inside a badge. */
    public DrawnItem event(String id) {
        // run the layout pass the view asked for, so what a test reads is what the next frame shows
        settle();
        return skin().drawnItem(id).orElse(null);
    }

    /**
     * Runs the layout passes the view asked for, so what a test reads is what the next frame shows (a
     * selection may pan or scroll the view, which asks for one more pass).
     */
    public TimelinePage settle() {
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) {
                view().applyCss();
                view().layout();
                if (!view().isNeedsLayout()) {
                    break;
                }
            }
        });
        return this;
    }

    /** The events a user can read now: whole title, in sight, nothing over it. */
    public java.util.Set<String> readable() {
        settle();
        return skin().readableEvents();
    }

    /** Whether the event is drawn as itself (not in a badge), in sight, with its whole title readable. */
    public boolean isReadable(String id) {
        DrawnItem item = event(id);
        return item != null && item.wholeTitleShown() && skin().readableEvents().contains(id);
    }

    /** Drawn on screen, alone or counted in a cluster badge. */
    public boolean isShown(String id) {
        return event(id) != null || skin().isInCluster(id);
    }

    /**
     * In the lanes at all: drawn (in sight, or in a row the lanes have scrolled away from) or counted in
     * a badge. What a filter takes away.
     */
    public boolean isInLanes(String id) {
        settle();
        return skin().drawnItems().stream().anyMatch(i -> i.id().equals(id)) || skin().isInCluster(id);
    }

    /** Drawn on its own (not inside a badge). */
    public boolean isDrawnAlone(String id) {
        return event(id) != null;
    }

    /** Screen point of the middle of a box in the timeline's coordinates. */
    public Point2D onScreen(Bounds local) {
        Bounds screen = view().localToScreen(local);
        return new Point2D(screen.getCenterX(), screen.getCenterY());
    }

    /** Brings the event on screen the way a user would be brought there: by selecting it elsewhere, then clicks it. */
    public TimelinePage clickEvent(String id) {
        if (event(id) == null) {
            robot.interact(() -> view().getState().select(Selection.event(id)));
        }
        if (event(id) == null) {
            robot.interact(() -> view().zoomToSelection());
        }
        for (int i = 0; i < 8 && event(id) == null; i++) {
            // still inside a badge: zoom in around it, as a user clicking the badge would
            robot.interact(() -> view().getState().getTimeline().event(id).ifPresent(e -> {
                double start = Math.max(org.balancingact.index.TimeSpan.startDay(e.when()), view().getStartDay());
                double span = (view().getEndDay() - view().getStartDay()) * 0.4;
                view().setVisibleDays(start - span * 0.3, start + span * 0.7);
            }));
        }
        DrawnItem item = event(id);
        robot.clickOn(onScreen(item.label() != null ? item.label() : item.mark()));
        return this;
    }

    /**
     * Brings an event on screen drawn on its own, as a user would look closer: pans to it and zooms in
     * until it leaves its cluster badge. The selection is left alone.
     */
    public TimelinePage reveal(String id) {
        for (int i = 0; i < 10 && event(id) == null; i++) {
            robot.interact(() -> view().getState().getTimeline().event(id).ifPresent(e -> {
                double start = org.balancingact.index.TimeSpan.startDay(e.when());
                double end = Math.min(org.balancingact.index.TimeSpan.endDay(e.when()) + 1, start + 3650);
                double middle = (start + end) / 2;
                double span = Math.max(TimelineView.MIN_SPAN_DAYS, (view().getEndDay() - view().getStartDay()) * 0.5);
                view().setVisibleDays(middle - span / 2, middle + span / 2);
            }));
        }
        return this;
    }

    public boolean has(String id, Emphasis emphasis) {
        reveal(id);
        DrawnItem item = event(id);
        return item != null && item.emphasis() == emphasis;
    }

    public boolean isSelected(String id) {
        return has(id, Emphasis.SELECTED);
    }

    public boolean isRelated(String id) {
        return has(id, Emphasis.RELATED);
    }

    public boolean isDimmed(String id) {
        return has(id, Emphasis.DIMMED);
    }

    public String accessibleText(String id) {
        return event(id).accessibleText();
    }

    /** Cluster badges drawn now. */
    public List<org.balancingact.timeline.DrawnCluster> clusters() {
        robot.interact(() -> { });
        return skin().drawnClusters();
    }

    public TimelinePage focus() {
        robot.interact(() -> view().requestFocus());
        return this;
    }

    public TimelinePage press(KeyCode... keys) {
        focus();
        robot.type(keys);
        return this;
    }

    public TimelinePage groupBy(LaneGrouping grouping) {
        robot.interact(() -> view().setLaneGrouping(grouping));
        return this;
    }

    /** The font size the event labels are drawn with, in pixels. */
    public double labelFontSize() {
        Node label = robot.lookup(".event-label").query();
        return ((javafx.scene.control.Labeled) label).getFont().getSize();
    }

    /** Whether the event's possible days overlap the visible range. */
    public boolean inView(String id) {
        TimelineView view = view();
        org.balancingact.model.Event event = view.getState().getTimeline().event(id).orElseThrow();
        return org.balancingact.index.TimeSpan.startDay(event.when()) < view.getEndDay()
                && org.balancingact.index.TimeSpan.endDay(event.when()) + 1 > view.getStartDay();
    }

    /** Lane headers currently drawn, top to bottom. */
    public List<String> laneLabels() {
        return robot.lookup(".lane-header").queryAll().stream().filter(Node::isVisible)
                .sorted(java.util.Comparator.comparingDouble(Node::getLayoutY))
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }

    public Optional<Node> overviewWindow() {
        return robot.lookup("#overview-window").tryQuery();
    }
}
