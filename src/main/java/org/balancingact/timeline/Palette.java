package org.balancingact.timeline;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.balancingact.explore.Emphasis;

/**
 * The looks of canvas-drawn items, read from CSS: one invisible probe per item state carries the
 * style classes and pseudo-classes a node would have ({@code .timeline-event:selected .event-point}…),
 * so {@code timeline.css} stays the only place that says colours and fonts.
 */
final class Palette {
    /** Colours and font of items in one emphasis state. */
    record Look(Paint fill, Paint fade, Paint text, Font font, double opacity, boolean underline) {
    }

    private final Pane probes = new Pane();
    private final Map<Emphasis, Pane> eventProbes = new EnumMap<>(Emphasis.class);
    private final Region badgeProbe = new Region();
    private final Label badgeTextProbe = new Label("0");
    private final Label boldProbe = new Label("M");
    private final Region selectionHaloProbe = new Region();
    private final Region hoverHaloProbe = new Region();
    private final Label copiesProbe = new Label("2");
    private final Label relatedBadgeProbe = new Label("2");
    private final Region oddLaneProbe = new Region();
    private final Region evenLaneProbe = new Region();

    Palette() {
        // transparent holder: CSS may set the probes' own opacity (dimmed), the holder hides them
        probes.setOpacity(0);
        probes.setMouseTransparent(true);
        probes.setManaged(false);
        for (Emphasis emphasis : Emphasis.values()) {
            Pane event = new Pane();
            event.getStyleClass().add("timeline-event");
            event.pseudoClassStateChanged(TimelineSkin.SELECTED, emphasis == Emphasis.SELECTED);
            event.pseudoClassStateChanged(TimelineSkin.RELATED, emphasis == Emphasis.RELATED);
            event.pseudoClassStateChanged(TimelineSkin.DIMMED, emphasis == Emphasis.DIMMED);
            Region point = new Region();
            point.getStyleClass().add("event-point");
            Region fade = new Region();
            fade.getStyleClass().add("event-fade");
            Label label = new Label("M");
            label.getStyleClass().add("event-label");
            event.getChildren().addAll(point, fade, label);
            eventProbes.put(emphasis, event);
            probes.getChildren().add(event);
        }
        badgeProbe.getStyleClass().add("cluster-badge");
        badgeTextProbe.getStyleClass().add("cluster-label");
        boldProbe.getStyleClass().add("event-label");
        boldProbe.setStyle("-fx-font-weight: bold;");
        selectionHaloProbe.getStyleClass().add("selection-halo");
        hoverHaloProbe.getStyleClass().add("hover-halo");
        copiesProbe.getStyleClass().add("event-copies");
        relatedBadgeProbe.getStyleClass().add("cluster-related-label");
        oddLaneProbe.getStyleClass().addAll("lane-band", "lane-odd");
        evenLaneProbe.getStyleClass().addAll("lane-band", "lane-even");
        probes.getChildren().addAll(badgeProbe, badgeTextProbe, boldProbe, selectionHaloProbe, hoverHaloProbe, copiesProbe,
                relatedBadgeProbe, oddLaneProbe, evenLaneProbe);
    }

    /** The holder to add to the skin's children so CSS reaches the probes. */
    Pane node() {
        return probes;
    }

    private final Map<Emphasis, Look> looks = new EnumMap<>(Emphasis.class);

    /** Reads the probes again (once per frame: CSS may have changed); {@link #look} then answers from memory. */
    void refresh() {
        for (Emphasis emphasis : Emphasis.values()) {
            looks.put(emphasis, read(emphasis));
        }
    }

    Look look(Emphasis emphasis) {
        Look look = looks.get(emphasis);
        return look != null ? look : read(emphasis);
    }

    private Look read(Emphasis emphasis) {
        Pane event = eventProbes.get(emphasis);
        Region point = (Region) event.getChildren().get(0);
        Region fade = (Region) event.getChildren().get(1);
        Label label = (Label) event.getChildren().get(2);
        return new Look(fill(point.getBackground()), fill(fade.getBackground()), label.getTextFill(), label.getFont(),
                event.getOpacity(), label.isUnderline());
    }

    Paint badgeFill() {
        return fill(badgeProbe.getBackground());
    }

    Paint badgeText() {
        return badgeTextProbe.getTextFill();
    }

    Font badgeFont() {
        return badgeTextProbe.getFont();
    }

    /** Behind the selected event's mark and title. */
    Paint selectionHalo() {
        return fill(selectionHaloProbe.getBackground());
    }

    /** Behind every copy of the event under the pointer. */
    Paint hoverHalo() {
        return fill(hoverHaloProbe.getBackground());
    }

    /** The "×2" after the title of an event drawn in two lanes. */
    Font copiesFont() {
        return copiesProbe.getFont();
    }

    Paint copiesText() {
        return copiesProbe.getTextFill();
    }

    /** The number of related events on a badge's tab. */
    Paint relatedBadgeText() {
        return relatedBadgeProbe.getTextFill();
    }

    /**
     * A lane's background, drawn behind each title so nothing behind it (the time cursor's line) runs
     * through the letters.
     */
    Paint laneFill(int lane) {
        return fill((lane % 2 == 1 ? oddLaneProbe : evenLaneProbe).getBackground());
    }

    private static Paint fill(Background background) {
        if (background == null || background.getFills().isEmpty()) {
            return Color.GRAY;
        }
        return background.getFills().get(0).getFill();
    }
}
