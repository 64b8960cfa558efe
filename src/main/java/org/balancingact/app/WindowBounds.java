package org.balancingact.app;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's size and position between runs, and only restores them onto a screen that
 * still exists (a projector unplugged since last time must not leave the window off-screen).
 */
final class WindowBounds {
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String W = "window.width";
    private static final String H = "window.height";
    private static final String MAXIMISED = "window.maximised";

    private WindowBounds() {
    }

    static Preferences preferences() {
        return Preferences.userRoot().node("org/balancingact");
    }

    static void restore(Stage stage) {
        String geometry = System.getProperty("balancingact.geometry", "");
        if (geometry.matches("\\d+x\\d+")) {
            // for screenshots and scripted runs: an exact size at the top-left corner
            String[] size = geometry.split("x");
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Double.parseDouble(size[0]));
            stage.setHeight(Double.parseDouble(size[1]));
            return;
        }
        Preferences prefs = preferences();
        double w = prefs.getDouble(W, -1);
        double h = prefs.getDouble(H, -1);
        double x = prefs.getDouble(X, Double.NaN);
        double y = prefs.getDouble(Y, Double.NaN);
        if (w > 200 && h > 200 && !Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, w, h)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(w);
            stage.setHeight(h);
        } else {
            // first run: most of the screen, centred — the three views need room
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(screen.getWidth(), Math.max(1024, screen.getWidth() * 0.85)));
            stage.setHeight(Math.min(screen.getHeight(), Math.max(700, screen.getHeight() * 0.85)));
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.getBoolean(MAXIMISED, false));
    }

    static void rememberOnClose(Stage stage) {
        stage.setOnHiding(e -> {
            Preferences prefs = preferences();
            prefs.putBoolean(MAXIMISED, stage.isMaximized());
            if (!stage.isMaximized()) {
                prefs.putDouble(X, stage.getX());
                prefs.putDouble(Y, stage.getY());
                prefs.putDouble(W, stage.getWidth());
                prefs.putDouble(H, stage.getHeight());
            }
        });
    }
}
