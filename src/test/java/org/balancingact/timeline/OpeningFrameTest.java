package org.balancingact.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.index.LaneIndex;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The framing search skips candidates that cannot beat the best found so far (it runs on the FX
 * thread before the window's first frame). Skipping must never change the choice: on the bundled data,
 * at the lane sizes of the main window and of the presenting strip, in one lane and by theme, the
 * opening view and the framing of events (a tour step's strip, Zoom to selection) are the same range
 * pruned as scored in full.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningFrameTest {
    @Start
    void start(Stage stage) {
        // no window: the search lays lanes out off screen; fonts need the toolkit
    }

    @Test
    void skippingCandidatesNeverChangesTheChoice(FxRobot robot) {
        Timeline timeline = ((ReadResult.Loaded) new TimelineFiles().readBundled()).timeline();
        List<Event> events = timeline.events();
        List<String> differences = new ArrayList<>();
        int[] compared = {0};
        robot.interact(() -> {
            TextWidths widths = new TextWidths();
            Font font = Font.font("System", 13);
            for (LaneGrouping grouping : new LaneGrouping[] {LaneGrouping.NONE, LaneGrouping.THEME}) {
                LaneIndex index = new LaneIndex(events, grouping.lanesOf(timeline), e -> grouping.keysOf(e, timeline));
                RowMetrics metrics = RowMetrics.of(font, index.laneCount() == 1);
                // the main window's lanes at 1024×768 and 1920×1080, a presenting strip, and lanes too narrow
                // for a tenth of the span to cover a badge column
                for (double[] size : new double[][] {{1000, 300}, {1900, 560}, {1240, 110}, {160, 300}}) {
                    LanesInView.Request base = new LanesInView.Request(index, grouping, timeline, Set.of(), 0, 1,
                            size[0], size[1], metrics, null, RelatedStarts.NONE, e -> false,
                            e -> widths.width(EventText.label(e), font) + 4);
                    List<OpeningFrame.Goal> goals = new ArrayList<>(List.of(OpeningFrame.Goal.OPENING));
                    for (int i = 0; i < events.size(); i += 5) {
                        goals.add(new OpeningFrame.Goal(List.of(events.get(i)), false));
                    }
                    goals.add(new OpeningFrame.Goal(events.subList(10, 16), false));
                    for (OpeningFrame.Goal goal : goals) {
                        OpeningFrame.Choice pruned = OpeningFrame.choose(base, events, size[1], goal, true);
                        OpeningFrame.Choice full = OpeningFrame.choose(base, events, size[1], goal, false);
                        assertNotNull(full);
                        compared[0]++;
                        if (!full.equals(pruned)) {
                            differences.add(grouping + " " + size[0] + "x" + size[1] + " " + goal.events().stream()
                                    .map(Event::id).toList() + ": " + pruned + " instead of " + full);
                        }
                    }
                }
            }
        });
        assertEquals(List.of(), differences);
        assertEquals(2 * 4 * 11, compared[0]);
    }
}
