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
