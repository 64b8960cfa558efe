package org.balancingact.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.Emphasis;
import org.balancingact.explore.ExplorerState;
import org.balancingact.model.Event;
import org.balancingact.timeline.DrawnItem;
import org.balancingact.timeline.EventText;
import org.balancingact.timeline.TimelineView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The canvas part of the layout audit on a timeline of the bundled dataset: an event is passed only
 * when the skin's record says it drew it as itself with its whole label, in sight; an event counted
 * in a cluster badge, or off the visible days, is a finding that says which.
 */
@ExtendWith(ApplicationExtension.class)
class DrawnEventAuditTest {
    private TimelineView timeline;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ExplorerState state = new ExplorerState();
        state.setTimeline(((ReadResult.Loaded) new TimelineFiles().readBundled()).timeline());
        timeline = new TimelineView(state);
        timeline.setReduceMotion(true);
        stage.setScene(new Scene(timeline, 1000, 400));
        stage.show();
    }

    @Test
    void aLoneEventInItsYearIsDrawnWhole(FxRobot robot) {
        assertEquals(List.of(), audit(robot, "minsk-protocol", LocalDate.of(2014, 6, 1), LocalDate.of(2014, 12, 31)),
                "the Minsk Protocol, alone in the second half of 2014, is drawn with its whole title");
    }

    @Test
    void anEventCountedInABadgeIsAFinding(FxRobot robot) {
        List<Finding> findings = audit(robot, "exercise-extended", LocalDate.of(2013, 1, 1), LocalDate.of(2023, 1, 1));
        assertEquals(1, findings.size(), () -> findings.toString());
        assertEquals(Finding.Kind.EVENT_NOT_DRAWN_WHOLE, findings.get(0).kind());
        assertTrue(findings.get(0).detail().contains("cluster badge"),
                () -> "early 2022 is crowded at a ten-year scale: " + findings.get(0));
    }

    @Test
    void anEventOffTheVisibleDaysIsAFinding(FxRobot robot) {
        List<Finding> findings = audit(robot, "minsk-protocol", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        assertEquals(1, findings.size(), () -> findings.toString());
        assertTrue(findings.get(0).detail().contains("not drawn"), () -> findings.get(0).toString());
    }

    @Test
    void onlyTheWholeLabelCountsAsTheWholeTitle() {
        Event event = timeline.getState().getTimeline().event("minsk-protocol").orElseThrow();
        BoundingBox box = new BoundingBox(0, 0, 10, 10);
        String whole = EventText.label(event);
        assertTrue(new DrawnItem(event, 0, box, box, Emphasis.NORMAL, whole).wholeTitleShown());
        assertFalse(new DrawnItem(event, 0, box, box, Emphasis.NORMAL, "Minsk Protocol sig…").wholeTitleShown(),
                "a label cut short with an ellipsis is not the whole title");
        assertFalse(new DrawnItem(event, 0, box, null, Emphasis.NORMAL, null).wholeTitleShown(), "no label, no title");
    }

    private List<Finding> audit(FxRobot robot, String eventId, LocalDate from, LocalDate to) {
        List<Finding> findings = new ArrayList<>();
        robot.interact(() -> timeline.setVisibleDays(from.toEpochDay(), to.toEpochDay() + 1));
        robot.interact(() -> {
            timeline.applyCss();
            timeline.layout();
            findings.addAll(DrawnEventAudit.of(List.of(stage.getScene()), eventId));
        });
        return findings;
    }
}
