package org.balancingact.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.balancingact.i18n.Messages;

/**
 * For projecting to a class: full screen, menus and toolbar hidden, large type, the three views kept.
 * Escape (or F5 again) leaves and puts everything back as it was.
 */
public final class PresentationMode {
    /** Type grows to at least this when presenting, so the back row can read it. */
    static final int PRESENTING_PERCENT = 150;

    private final BorderPane root;
    private final Node chrome;
    private final TypeScale typeScale;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private int percentBefore = 100;

    PresentationMode(BorderPane root, Node chrome, TypeScale typeScale) {
        this.root = root;
        this.chrome = chrome;
        this.typeScale = typeScale;
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    public void toggle() {
        if (isPresenting()) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        if (isPresenting()) {
            return;
        }
        presenting.set(true);
        percentBefore = typeScale.getPercent();
        typeScale.setPercent(Math.max(percentBefore, PRESENTING_PERCENT));
        root.setTop(null);
        root.getStyleClass().add("presenting");
        stage().ifPresent(stage -> {
            stage.setFullScreenExitHint(Messages.get("present.exitHint"));
            stage.setFullScreen(true);
            // the window manager or the Esc key may end full screen: leave presentation mode with it
            stage.fullScreenProperty().addListener((obs, was, now) -> {
                if (!now && isPresenting()) {
                    leave();
                }
            });
        });
    }

    public void leave() {
        if (!isPresenting()) {
            return;
        }
        presenting.set(false);
        root.setTop(chrome);
        root.getStyleClass().remove("presenting");
        typeScale.setPercent(percentBefore);
        stage().filter(Stage::isFullScreen).ifPresent(stage -> stage.setFullScreen(false));
    }

    private java.util.Optional<Stage> stage() {
        Window window = root.getScene() == null ? null : root.getScene().getWindow();
        return window instanceof Stage stage ? java.util.Optional.of(stage) : java.util.Optional.empty();
    }
}
