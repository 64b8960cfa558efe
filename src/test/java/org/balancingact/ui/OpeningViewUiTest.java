package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.i18n.Messages;
import org.balancingact.shell.MainWindow;
import org.balancingact.timeline.TimelineSkin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The opening view tells the story: with the bundled data, in English, in the window the app opens in,
 * most events can be read whole without scrolling. Counted from the skin's record of what it drew
 * ({@link TimelineSkin#readableEvents()}: whole title, in sight, nothing drawn over it).
 *
 * <p>The window is laid out at the scene size it has on each screen, in a scene that is never shown, so
 * the size does not depend on the headless screen this test runs on: a 1366×768 laptop maximised under
 * a window manager (Openbox gives the scene 1366×749, xfwm4 1366×744; 740 leaves a taller title bar
 * room), and 85 % of a 1920×1080 screen (1632×918 with its decorations: xfwm4 gives the scene 1622×884,
 * Openbox 1630×893).
 */
class OpeningViewUiTest extends UiTestBase {
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(before);
    }

    @Test
    void onA1366By768LaptopAtLeastHalfTheTitlesCanBeRead(FxRobot robot) {
        Set<String> readable = readableAtOpening(robot, 1366, 740);
        assertTrue(readable.size() >= 21, "at least 21 of the 42 titles readable at 1366×768, found "
                + readable.size() + ": " + readable);
    }

    @Test
    void onA1920By1080ScreenAtLeastThirtyTitlesCanBeRead(FxRobot robot) {
        Set<String> readable = readableAtOpening(robot, 1622, 884);
        assertTrue(readable.size() >= 30, "at least 30 of the 42 titles readable at 1920×1080, found "
                + readable.size() + ": " + readable);
    }

    private static Set<String> readableAtOpening(FxRobot robot, double width, double height) {
        Set<String> readable = new TreeSet<>();
        robot.interact(() -> {
            Messages.setLocale(Locale.ENGLISH);
            ExplorerState state = new ExplorerState();
            MainWindow window = new MainWindow(state);
            state.setTimeline(((ReadResult.Loaded) new TimelineFiles().readBundled()).timeline());
            Scene scene = new Scene(window.root(), width, height);
            window.style(scene);
            Parent root = window.root();
            for (int pass = 0; pass < 8; pass++) {
                root.applyCss();
                root.resize(width, height);
                root.layout();
            }
            readable.addAll(((TimelineSkin) window.timelineView().getSkin()).readableEvents());
        });
        return readable;
    }
}
