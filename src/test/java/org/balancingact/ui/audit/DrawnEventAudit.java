package org.balancingact.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.balancingact.model.Event;
import org.balancingact.timeline.DrawnItem;
import org.balancingact.timeline.EventText;
import org.balancingact.timeline.TimelineSkin;
import org.balancingact.timeline.TimelineView;

/**
 * The timeline paints its events on a canvas, where the scene graph walk sees no text. This part of
 * the audit reads the skin's own record of what it drew ({@link TimelineSkin#drawnItems()}) instead:
 * in every timeline on screen, an event (the selected one, a tour step's) must be drawn as an item of
 * its own with its whole label, inside the part of the canvas in sight, not counted in a cluster badge.
 */
public final class DrawnEventAudit {
    private DrawnEventAudit() {
    }

    /**
     * A finding per timeline on screen, in any showing stage, that does not show {@code eventId} whole;
     * one finding when no timeline is on screen at all. FX thread, after layout.
     */
    public static List<Finding> ofShowingStages(String eventId) {
        List<Scene> scenes = new ArrayList<>();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage && window.isShowing() && window.getScene() != null) {
                scenes.add(window.getScene());
            }
        }
        return of(scenes, eventId);
    }

    /** The same for the timelines in these scenes. */
    public static List<Finding> of(List<Scene> scenes, String eventId) {
        List<Finding> findings = new ArrayList<>();
        int timelines = 0;
        for (Scene scene : scenes) {
            for (Node node : scene.getRoot().lookupAll(".timeline-view")) {
                if (node instanceof TimelineView view && view.getSkin() instanceof TimelineSkin skin && shown(view)) {
                    timelines++;
                    whyNotWhole(view, skin, eventId).ifPresent(why ->
                            findings.add(new Finding(Finding.Kind.EVENT_NOT_DRAWN_WHOLE, Names.of(view), why)));
                }
            }
        }
        if (timelines == 0) {
            findings.add(new Finding(Finding.Kind.EVENT_NOT_DRAWN_WHOLE, "the window",
                    "no timeline is on screen to show \"" + eventId + "\""));
        }
        return findings;
    }

    /** Why the event is not drawn whole, or empty when one of its occurrences is. */
    static Optional<String> whyNotWhole(TimelineView view, TimelineSkin skin, String eventId) {
        Optional<Event> event = view.getState().getTimeline().event(eventId);
        if (event.isEmpty()) {
            return Optional.of("the dataset has no event \"" + eventId + "\"");
        }
        String label = EventText.label(event.get());
        Bounds inSight = canvasInSight(view);
        List<DrawnItem> drawn = skin.drawnItems().stream().filter(i -> i.id().equals(eventId)).toList();
        for (DrawnItem item : drawn) {
            if (item.wholeTitleShown() && contains(inSight, item.mark()) && contains(inSight, item.label())) {
                return Optional.empty();
            }
        }
        String what = "\"" + eventId + "\" (\"" + Names.clip(label) + "\")";
        if (drawn.isEmpty()) {
            return Optional.of(what + (skin.isInCluster(eventId) ? " is inside a cluster badge, not drawn as itself"
                    : " is not drawn (out of the visible days or lanes)"));
        }
        DrawnItem first = drawn.get(0);
        if (first.labelText() == null) {
            return Optional.of(what + " is drawn without a label");
        }
        if (!first.wholeTitleShown()) {
            return Optional.of(what + " is drawn with its label cut to \"" + first.labelText() + "\"");
        }
        return Optional.of(what + " is drawn, but its mark " + first.mark() + " or label " + first.label()
                + " reaches out of the canvas in sight " + inSight);
    }

    /** The part of the items canvas in sight (its clip), in the timeline's coordinates. */
    private static Bounds canvasInSight(TimelineView view) {
        for (Node child : view.getChildrenUnmodifiable()) {
            if (child instanceof Canvas canvas && canvas.isVisible()) {
                Bounds area = canvas.getBoundsInParent();
                if (canvas.getClip() != null) {
                    Bounds clip = canvas.localToParent(canvas.getClip().getBoundsInParent());
                    return new BoundingBox(Math.max(area.getMinX(), clip.getMinX()), Math.max(area.getMinY(), clip.getMinY()),
                            Math.min(area.getMaxX(), clip.getMaxX()) - Math.max(area.getMinX(), clip.getMinX()),
                            Math.min(area.getMaxY(), clip.getMaxY()) - Math.max(area.getMinY(), clip.getMinY()));
                }
                return area;
            }
        }
        return view.getLayoutBounds();
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        double t = LayoutAudit.TOLERANCE_PX;
        return inner != null && inner.getMinX() >= outer.getMinX() - t && inner.getMinY() >= outer.getMinY() - t
                && inner.getMaxX() <= outer.getMaxX() + t && inner.getMaxY() <= outer.getMaxY() + t;
    }

    /** Visible with all its ancestors, and in a scene. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() <= 0) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
    }
}
