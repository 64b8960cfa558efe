package org.balancingact.present;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.balancingact.i18n.Messages;

/**
 * Puts presenting's windows on their screens: the main window (which holds the stage) full screen on
 * the stage's screen, and the presenter console window on the other screen when there are two. It
 * remembers where the main window was, and puts it back when presenting ends.
 */
final class PresentingWindows {
    private final Stage window;
    private Stage consoleWindow;
    /** Where the main window was before presenting moved it to another screen; null when it was not moved. */
    private Rectangle2D boundsBefore;
    private boolean maximizedBefore;
    /** True while the windows are being moved: full screen ends for a moment, and that must not end presenting. */
    private boolean moving;

    PresentingWindows(Stage window) {
        this.window = window;
    }

    /** The main window's full screen ended on its own (the window manager), not because we moved it. */
    boolean fullScreenLostByUser() {
        return !moving && !window.isFullScreen();
    }

    /** Places the windows by the plan; {@code console} is shown on the console's screen if the plan has one. */
    void place(ScreenPlan plan, String exitHint, Scene stageScene, java.util.function.Supplier<PresenterConsole> console,
               java.util.function.Consumer<KeyEvent> keys,
               Runnable consoleClosed) {
        moving = true;
        try {
            window.setFullScreenExitHint(exitHint);
            // Esc is ours: the first ends the tour, the second leaves presenting (JavaFX would leave full screen at once)
            window.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            if (!onScreen(window, plan.stage())) {
                if (boundsBefore == null) {
                    // leaving full screen puts a window back where it was on its own screen; moved to
                    // another one, it is put back by hand (and only then: setting a window's size by hand
                    // stops it from following its scene's size afterwards)
                    boundsBefore = new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
                    maximizedBefore = window.isMaximized();
                }
                if (window.isFullScreen()) {
                    window.setFullScreen(false);
                }
                window.setMaximized(false);
                window.setX(plan.stage().getMinX() + 40);
                window.setY(plan.stage().getMinY() + 40);
            }
            window.setFullScreen(true);
        } finally {
            moving = false;
        }
        Optional<Rectangle2D> consoleScreen = plan.console();
        if (consoleScreen.isEmpty()) {
            closeConsole();
            return;
        }
        if (consoleWindow == null) {
            consoleWindow = new Stage();
            consoleWindow.setTitle(Messages.get("console.title"));
            Scene scene = new Scene(console.get());
            scene.getStylesheets().setAll(stageScene.getStylesheets());
            scene.getRoot().getStyleClass().addAll(stageScene.getRoot().getStyleClass().stream()
                    .filter(c -> c.startsWith("theme-")).toList());
            scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::accept);
            consoleWindow.setScene(scene);
            consoleWindow.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> consoleClosed.run());
        }
        // the console takes its screen's usable area (not maximised: a window manager maximises a window
        // on the screen it thinks best, which need not be the one the plan chose)
        Rectangle2D area = consoleScreen.get();
        consoleWindow.show();
        // placed once shown: a window manager places and sizes a new window itself when it is mapped
        consoleWindow.setX(area.getMinX());
        consoleWindow.setY(area.getMinY());
        consoleWindow.setWidth(area.getWidth());
        consoleWindow.setHeight(area.getHeight());
    }

    Optional<Stage> consoleWindow() {
        return Optional.ofNullable(consoleWindow).filter(Stage::isShowing);
    }

    private void closeConsole() {
        if (consoleWindow != null) {
            consoleWindow.hide();
            consoleWindow = null;
        }
    }

    /** Closes the console, leaves full screen and puts the main window back where it was. */
    void restore() {
        closeConsole();
        moving = true;
        try {
            if (window.isFullScreen()) {
                window.setFullScreen(false);
            }
            window.setFullScreenExitKeyCombination(null);
            if (boundsBefore != null) {
                window.setX(boundsBefore.getMinX());
                window.setY(boundsBefore.getMinY());
                window.setWidth(boundsBefore.getWidth());
                window.setHeight(boundsBefore.getHeight());
                window.setMaximized(maximizedBefore);
            }
        } finally {
            moving = false;
            boundsBefore = null;
        }
    }

    /** Whether the window's middle is on this screen. */
    private static boolean onScreen(Stage window, Rectangle2D screen) {
        return screen.contains(window.getX() + window.getWidth() / 2, window.getY() + window.getHeight() / 2);
    }
}
