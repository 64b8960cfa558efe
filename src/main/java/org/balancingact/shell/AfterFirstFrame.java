package org.balancingact.shell;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Runs something once the first frame of the window that shows a node has been drawn: JavaFX renders
 * a pulse's frame on its render thread, and the next pulse waits for that frame, so the second pulse
 * after the window shows is the first moment the first frame is known to be on screen (the same moment
 * {@code app.FirstFrame} measures). The action runs after that pulse, on the JavaFX thread.
 */
final class AfterFirstFrame {
    private final Node node;
    private final Runnable action;
    /** Kept: the lazily observed chain scene → window → showing lives as long as it has this listener. */
    private final ObservableValue<Boolean> shown;
    private boolean started;

    private AfterFirstFrame(Node node, Runnable action) {
        this.node = node;
        this.action = action;
        shown = node.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        shown.addListener((obs, was, now) -> {
            if (now) {
                start();
            }
        });
        if (shown.getValue()) {
            start();
        }
    }

    /** Watches the window that will show {@code node}; keep what this returns while the node lives. */
    static AfterFirstFrame run(Node node, Runnable action) {
        return new AfterFirstFrame(node, action);
    }

    private void start() {
        if (started) {
            return;
        }
        started = true;
        // after that pulse: what the action adds is styled and laid out in the next one, never
        // synchronised unstyled by this one
        NextFrame.then(node.getScene(), () -> Platform.runLater(action));
    }
}
