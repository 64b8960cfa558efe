package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.balancingact.model.Event;
import org.balancingact.model.Tour;
import org.balancingact.shell.MainWindow;
import org.balancingact.timeline.DrawnItem;
import org.balancingact.ui.pages.MainWindowPage;
import org.balancingact.ui.pages.StagePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every step of the bundled tour is shown right (issue 14, point 5): presenting at 1280×720, each step's
 * event is drawn in the stage's timeline strip as an item of its own with its whole title (not counted
 * in a badge), and each of the step's actors is in the stage's network.
 */
@ExtendWith({ApplicationExtension.class, ScreenshotOnFailure.class})
class TourStagesUiTest {
    private MainWindow mainWindow;

    @Start
    void start(Stage stage) {
        mainWindow = MainWindowPage.open(stage, 1280, 720);
        // laid out at 1280×720 in the window: the headless screen is larger, and full screen would take its size
        mainWindow.classroom().presentation().setWindowed(true);
    }

    @Test
    void everyStepOfTheBundledTourShowsItsEventWholeInTheStripAndItsActorsInTheNetwork(FxRobot robot) {
        Tour tour = mainWindow.state().getTimeline().tours().get(0);
        robot.interact(() -> mainWindow.classroom().tours().start(tour.id()));
        StagePage stage = MainWindowPage.of(robot, mainWindow).stage();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < tour.steps().size(); i++) {
            int index = i;
            robot.interact(() -> mainWindow.classroom().tours().go(index));
            stage.settle();
            String eventId = tour.steps().get(i).eventId();
            Event event = mainWindow.state().getTimeline().event(eventId).orElseThrow();
            String step = "step " + (i + 1) + " (" + eventId + ")";
            var drawn = stage.drawnInStrip(eventId);
            if (drawn.isEmpty()) {
                wrong.add(step + ": not drawn as an item in the strip" + (stage.isInABadgeOfTheStrip(eventId) ? " (inside a badge)" : ""));
            } else if (!drawn.map(DrawnItem::wholeTitleShown).orElse(false)) {
                wrong.add(step + ": its title is cut to \"" + drawn.get().labelText() + "\" of \"" + event.title() + "\"");
            }
            List<String> actors = new ArrayList<>();
            robot.interact(() -> actors.addAll(mainWindow.classroom().tours().stepActors()));
            List<String> inNetwork = stage.actorsInNetwork();
            List<String> missing = actors.stream().filter(a -> !inNetwork.contains(a)).toList();
            if (!missing.isEmpty()) {
                wrong.add(step + ": actors not in the stage's network: " + missing);
            }
        }
        assertTrue(wrong.isEmpty(), "every step shows its event whole and its actors:\n  " + String.join("\n  ", wrong));
        assertFalse(tour.steps().isEmpty());
    }
}
