package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.shell.MainWindow;
import org.balancingact.ui.pages.MainWindowPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Issue 18: the app opens its window timeline first, and builds the network, the quotes and the details
 * right after the first frame. What a student must never notice: the timeline moving when they arrive,
 * or a view that missed what was selected before it existed ({@code --select}, a click in the first frame).
 */
@ExtendWith({ApplicationExtension.class, ScreenshotOnFailure.class})
class TimelineFirstUiTest {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    private Stage shown;

    @AfterEach
    void closeWindow(FxRobot robot) {
        if (shown != null) {
            robot.interact(shown::close);
        }
    }

    /** The window sizes a class meets (the scene's size); the room below the timeline differs in each. */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024, 768", "1280, 720", "1280, 800", "1366, 768", "1920, 1080"})
    void theTimelineKeepsItsPlaceWhenTheViewsBelowItArrive(double width, double height, FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        Bounds[] before = new Bounds[1];
        robot.interact(() -> {
            window[0] = MainWindow.timelineFirst(stateWithTheBundledDataset());
            new Scene(window[0].root(), width, height); // laid out here, never shown: nothing builds the rest
            window[0].style(window[0].root().getScene());
            layOut(window[0].root(), width, height);
            before[0] = boundsInScene(window[0]);
        });
        assertFalse(window[0].isComplete(), "a window that has drawn no frame has only built its timeline");
        assertNull(window[0].root().lookup("#actor-network"), "no network before the first frame");
        assertTrue(before[0].getHeight() > 200, "the timeline has its room in the first frame: " + before[0]);

        robot.interact(() -> {
            window[0].completeBuild();
            layOut(window[0].root(), width, height);
        });
        assertTrue(window[0].isComplete());
        assertNotNull(window[0].root().lookup("#actor-network"));
        assertNotNull(window[0].root().lookup("#quote-panel"));
        assertEquals(before[0], boundsInScene(window[0]), "the timeline does not move or resize when the network and quotes arrive");
    }

    @Test
    void theViewsBuiltAfterTheFirstFrameShowWhatWasSelectedBefore(FxRobot robot) {
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            ExplorerState state = stateWithTheBundledDataset();
            window[0] = MainWindow.timelineFirst(state);
            state.select(Selection.event("invasion")); // what --select does, before the window shows
            shown = new Stage();
            shown.setScene(new Scene(window[0].root(), WIDTH, HEIGHT));
            window[0].style(shown.getScene());
            window[0].timelineView().setReduceMotion(true);
            shown.show();
        });
        MainWindowPage page = MainWindowPage.of(robot, window[0]); // waits for the first frame and the rest
        assertTrue(window[0].isComplete(), "the rest of the window is built once the first frame is drawn");
        assertTrue(page.quotes().shows("q-feb-24"), "the quotes show the words the selected event rests on");
        assertTrue(page.network().actorHas("russia", "related"), "the network lights up the event's actors");
        assertEquals("Russia invades Ukraine", page.detailsTitle(), "the details describe the selected event");
        assertTrue(page.timeline().isSelected("invasion"));
    }

    private static ExplorerState stateWithTheBundledDataset() {
        ExplorerState state = new ExplorerState();
        state.setTimeline(((ReadResult.Loaded) new TimelineFiles().readBundled()).timeline());
        return state;
    }

    /** CSS and layout as a shown window's first pulses do them (split panes settle over a few passes). */
    private static void layOut(Parent root, double width, double height) {
        for (int pass = 0; pass < 4; pass++) {
            root.applyCss();
            ((Region) root).resize(width, height);
            root.layout();
        }
    }

    private static Bounds boundsInScene(MainWindow window) {
        return window.timelineView().localToScene(window.timelineView().getLayoutBounds());
    }
}
