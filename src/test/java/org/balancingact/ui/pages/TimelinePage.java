package org.balancingact.ui.pages;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.balancingact.explore.Selection;
import org.balancingact.timeline.LaneGrouping;
import org.balancingact.timeline.TimelineView;
import org.testfx.api.FxRobot;

/** The timeline as a user sees it: events by id, their highlight state, zoom and keys. */
public final class TimelinePage {
    private final FxRobot robot;

    public TimelinePage(FxRobot robot) {
        this.robot = robot;
    }

    public TimelineView view() {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    /** The first node drawn for an event, or null when it is not on screen. */
    public Node event(String id) {
        return robot.lookup(n -> ("event:" + id).equals(n.getId())).tryQuery().orElse(null);
    }

    public boolean isShown(String id) {
        return event(id) != null;
    }

    /** Brings the event on screen the way a user would be brought there: by selecting it elsewhere, then clicks it. */
    public TimelinePage clickEvent(String id) {
        if (event(id) == null) {
            robot.interact(() -> view().getState().select(Selection.event(id)));
        }
        Node node = event(id);
        Node label = node.lookup(".event-label");
        robot.clickOn(label != null ? label : node.lookup(".event-point, .event-span, .event-fuzzy"));
        return this;
    }

    public boolean has(String id, String pseudoClass) {
        Node node = event(id);
        return node != null && node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    public boolean isSelected(String id) {
        return has(id, "selected");
    }

    public boolean isRelated(String id) {
        return has(id, "related");
    }

    public boolean isDimmed(String id) {
        return has(id, "dimmed");
    }

    public String accessibleText(String id) {
        return event(id).getAccessibleText();
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
    public java.util.List<String> laneLabels() {
        return robot.lookup(".lane-header").queryAll().stream()
                .sorted(java.util.Comparator.comparingDouble(Node::getLayoutY))
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }
}
