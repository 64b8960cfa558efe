package org.balancingact.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.scene.Group;
import javafx.util.Duration;

/**
 * Edges coming and going as the date moves: a relation that begins fades in among the shown edges, one
 * that ends fades out in a layer of its own and is then dropped; with motion reduced, both happen at
 * once. One fade at a time per edge: an edge that comes back while fading out is faded in from where it
 * stands, never left to a stale fade.
 */
final class EdgeFades {
    static final Duration FADE = Duration.millis(220);
    private final Group shown;
    private final Group leaving;
    private final BooleanSupplier reduceMotion;
    private final Map<EdgeNode, Timeline> running = new HashMap<>();

    EdgeFades(Group shown, Group leaving, BooleanSupplier reduceMotion) {
        this.shown = shown;
        this.leaving = leaving;
        this.reduceMotion = reduceMotion;
    }

    /** Shows the edge; it fades in if {@code animate} (not on a network's first drawing) and motion is not reduced. */
    void enter(EdgeNode edge, boolean animate) {
        edge.setId("relation:" + edge.relation().id());
        leaving.getChildren().remove(edge);
        shown.getChildren().add(edge);
        if (animate && !reduceMotion.getAsBoolean()) {
            fade(edge, 0, 1).play();
        } else {
            stop(edge);
            edge.fadeProperty().set(1);
        }
    }

    /** An ended relation fades out without an id, so nothing (and no test) mistakes it for a shown one. */
    void leave(EdgeNode edge) {
        shown.getChildren().remove(edge);
        edge.setId(null);
        if (reduceMotion.getAsBoolean()) {
            stop(edge);
            return;
        }
        leaving.getChildren().add(edge);
        Timeline out = fade(edge, edge.fadeProperty().get(), 0);
        out.setOnFinished(e -> {
            running.remove(edge);
            leaving.getChildren().remove(edge);
        });
        out.play();
    }

    /** A new dataset: every fade stops and both layers empty. */
    void clear() {
        running.values().forEach(Animation::stop);
        running.clear();
        shown.getChildren().clear();
        leaving.getChildren().clear();
    }

    /** Edges fading in or out now (the benchmark times a frame of the fade). */
    Set<EdgeNode> fading() {
        return running.keySet();
    }

    private Timeline fade(EdgeNode edge, double from, double to) {
        stop(edge);
        Timeline fade = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(edge.fadeProperty(), from)),
                new KeyFrame(FADE, new KeyValue(edge.fadeProperty(), to)));
        running.put(edge, fade);
        fade.setOnFinished(e -> running.remove(edge));
        return fade;
    }

    private void stop(EdgeNode edge) {
        Timeline fade = running.remove(edge);
        if (fade != null) {
            fade.stop();
        }
    }
}
