package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.timeline.DrawnItem;
import org.balancingact.timeline.LaneGrouping;
import org.balancingact.timeline.TimelineSkin;
import org.balancingact.timeline.TimelineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A timeline used as a presenting stage's strip (issue 14): a second {@link TimelineView} on the same
 * explorer state, short and wide, with no overview strip, framed around a tour step's event with
 * {@link TimelineView#frameEvent}: the step's event is drawn as itself with its whole title, its
 * neighbours are labelled where there is room, and the time cursor stands on the step's date.
 */
class TimelineStripUiTest extends UiTestBase {
    private Stage strip;

    @AfterEach
    void closeTheStrip(FxRobot robot) {
        if (strip != null) {
            robot.interact(strip::hide);
        }
    }

    @Test
    void everyTourStepIsFramedReadableWithNeighboursInAShortStrip(FxRobot robot) {
        ExplorerState state = new ExplorerState();
        TimelineView[] view = new TimelineView[1];
        robot.interact(() -> {
            state.setTimeline(((ReadResult.Loaded) new TimelineFiles().readBundled()).timeline());
            view[0] = new TimelineView(state);
            view[0].setOverviewVisible(false);
            view[0].setLaneGrouping(LaneGrouping.NONE);
            view[0].setReduceMotion(true);
            strip = new Stage();
            strip.setScene(new Scene(new StackPane(view[0]), 1024, 200));
            mainWindow.style(strip.getScene());
            strip.show();
        });
        List<String> steps = state.getTimeline().tours().get(0).eventIds();
        List<String> unreadable = new ArrayList<>();
        for (String id : steps) {
            LocalDate date = state.getTimeline().event(id).orElseThrow().when().earliest();
            robot.interact(() -> {
                state.select(Selection.event(id));
                state.setFocusDate(date);
                view[0].frameEvent(id);
            });
            settle(robot, view[0]);
            TimelineSkin skin = (TimelineSkin) view[0].getSkin();
            Set<String> readable = skin.readableEvents();
            DrawnItem step = skin.drawnItem(id).orElse(null);
            if (step == null || !step.wholeTitleShown() || !readable.contains(id)) {
                unreadable.add(id);
            }
            assertTrue(readable.size() >= 3, "around " + id + " some neighbours are labelled too: " + readable);
            assertTrue(robot.lookup("#time-cursor").queryAll().stream().anyMatch(n -> n.isVisible()
                    && inside(view[0], n)), "the time cursor stands on the step's date");
        }
        assertEquals(List.of(), unreadable, "every step's event is drawn as itself with its whole title");
        assertFalse(robot.lookup("#timeline-overview").queryAll().stream().anyMatch(n -> n.isVisible()
                && inside(view[0], n)), "the strip has no overview");
    }

    private static boolean inside(javafx.scene.Node ancestor, javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void settle(FxRobot robot, TimelineView view) {
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) {
                view.applyCss();
                view.layout();
            }
        });
    }
}
