package org.balancingact.app;

import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The window's size and place: on a first run it fills a laptop's screen (maximised up to 1366 pixels
 * wide) and takes about 85 % of a larger one; later it comes back where the user left it, if that is
 * still on a screen (a projector unplugged since last time must not leave the window off-screen) and no
 * smaller than {@link #MIN_WIDTH}×{@link #MIN_HEIGHT}.
 *
 * <p>Under some window managers (Openbox, the one of LXQt and Lubuntu) a size set before the window is
 * first shown is lost and the window opens at about 200×200 pixels (JavaFX 21's GTK glass; the same
 * request made once the window is mapped is honoured). So the bounds are set before showing, for the
 * managers that honour them, and checked once the window is shown: what was lost is asked for again.
 * Without a window manager nothing maximises a window, so "maximised" is also given as explicit bounds.
 */
final class WindowBounds {
    /** Below this the toolbar, the breadcrumb and the three views no longer fit. */
    static final double MIN_WIDTH = 1000;
    static final double MIN_HEIGHT = 620;
    /** Screens up to this wide open maximised: every pixel of a school laptop is needed. */
    static final double MAXIMISE_UP_TO = 1366;
    /** Share of a larger screen a first run takes. */
    static final double SHARE = 0.85;

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String W = "window.width";
    private static final String H = "window.height";
    private static final String MAXIMISED = "window.maximised";

    /** Where the window goes, and whether maximised. */
    record Bounds(double x, double y, double width, double height, boolean maximised) {
    }

    private WindowBounds() {
    }

    static Preferences preferences() {
        return Preferences.userRoot().node("org/balancingact");
    }

    static void restore(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Bounds bounds = chosen(screen);
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        apply(stage, bounds);
        // asked again once the window is mapped, where a window manager dropped the first request
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            if (!matches(stage, bounds)) {
                apply(stage, bounds);
            }
            if (Boolean.getBoolean("balancingact.printBounds")) {
                Platform.runLater(() -> System.out.println("window-bounds: " + Math.round(stage.getWidth()) + "x"
                        + Math.round(stage.getHeight()) + "+" + Math.round(stage.getX()) + "+" + Math.round(stage.getY())
                        + (stage.isMaximized() ? " maximised" : "") + " on a screen of " + Math.round(screen.getWidth())
                        + "x" + Math.round(screen.getHeight())));
            }
        }));
    }

    /** The bounds for this run: the command line's, the remembered ones, or a first run's. */
    private static Bounds chosen(Rectangle2D screen) {
        String geometry = System.getProperty("balancingact.geometry", "");
        if (geometry.matches("\\d+x\\d+")) {
            // for screenshots and scripted runs: an exact size at the top-left corner
            String[] size = geometry.split("x");
            return new Bounds(0, 0, Double.parseDouble(size[0]), Double.parseDouble(size[1]), false);
        }
        Preferences prefs = preferences();
        Bounds remembered = new Bounds(prefs.getDouble(X, Double.NaN), prefs.getDouble(Y, Double.NaN),
                prefs.getDouble(W, -1), prefs.getDouble(H, -1), prefs.getBoolean(MAXIMISED, false));
        boolean onScreen = !Double.isNaN(remembered.x()) && !Double.isNaN(remembered.y()) && remembered.width() > 0
                && remembered.height() > 0 && !Screen.getScreensForRectangle(new Rectangle2D(remembered.x(),
                        remembered.y(), remembered.width(), remembered.height())).isEmpty();
        return choose(screen, onScreen ? remembered : null);
    }

    /**
     * The remembered bounds when they are still on a screen ({@code remembered} not null) and no smaller
     * than the minimum; else a first run's.
     */
    static Bounds choose(Rectangle2D screen, Bounds remembered) {
        if (remembered != null && remembered.width() >= Math.min(MIN_WIDTH, screen.getWidth())
                && remembered.height() >= Math.min(MIN_HEIGHT, screen.getHeight())) {
            return remembered.maximised()
                    ? new Bounds(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight(), true)
                    : remembered;
        }
        return firstRun(screen);
    }

    /** A first run (or a remembered size too small or off every screen): maximised on a laptop, 85 % above. */
    static Bounds firstRun(Rectangle2D screen) {
        if (screen.getWidth() <= MAXIMISE_UP_TO) {
            return new Bounds(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight(), true);
        }
        double w = Math.min(screen.getWidth(), Math.max(MIN_WIDTH, Math.round(screen.getWidth() * SHARE)));
        double h = Math.min(screen.getHeight(), Math.max(MIN_HEIGHT, Math.round(screen.getHeight() * SHARE)));
        return new Bounds(screen.getMinX() + Math.round((screen.getWidth() - w) / 2),
                screen.getMinY() + Math.round((screen.getHeight() - h) / 2), w, h, false);
    }

    private static void apply(Stage stage, Bounds bounds) {
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximised());
    }

    /** Whether the window got what was asked (a maximised window: whatever size its manager gave it). */
    private static boolean matches(Stage stage, Bounds bounds) {
        if (bounds.maximised()) {
            return stage.isMaximized() && stage.getWidth() >= Math.min(MIN_WIDTH, bounds.width());
        }
        return Math.abs(stage.getWidth() - bounds.width()) <= 2 && Math.abs(stage.getHeight() - bounds.height()) <= 2;
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
