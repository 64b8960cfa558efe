package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.balancingact.timeline.TimelineView;
import org.balancingact.ui.pages.TimelinePage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The time cursor's handle sits on the axis' lower row. Where a date label lies under it, the label
 * was covered ("2022" read as "202▼"); it must be written beside the handle instead, inside the period it
 * names, or left out, at every zoom.
 */
class TimeCursorUiTest extends UiTestBase {
    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void noAxisLabelIsCoveredByTheHandle(FxRobot robot) {
        TimelinePage timeline = window(robot).timeline();
        TimelineView view = timeline.view();
        List<String> covered = new ArrayList<>();
        List<String> crossing = new ArrayList<>();
        int handleNearALabel = 0;
        // the cursor stays on 24 February 2022; views from a few months to decades wide, shifted so that
        // the handle falls on every part of the year and month labels around it
        for (String[] span : new String[][] {
            {"2019-06-01", "2027-12-31"}, {"2020-01-01", "2028-06-30"}, {"2021-11-01", "2022-06-01"},
            {"2022-02-01", "2022-04-01"}, {"2018-01-01", "2023-01-01"}, {"1990-01-01", "2026-01-01"},
            {"2021-12-20", "2022-12-20"}, {"2021-06-01", "2023-06-01"}}) {
            for (int shift = 0; shift < 40; shift += 4) {
                double from = day(span[0]) - (day(span[1]) - day(span[0])) * shift / 400.0;
                double to = day(span[1]) - (day(span[1]) - day(span[0])) * shift / 400.0;
                robot.interact(() -> view.setVisibleDays(from, to));
                timeline.settle();
                Node handle = robot.lookup("#time-cursor").query();
                assertTrue(handle.isVisible(), "24 February 2022 is in view " + span[0] + " – " + span[1]);
                Bounds h = handle.localToScene(handle.getBoundsInLocal());
                List<Double> ticks = new ArrayList<>();
                for (Node tick : robot.lookup(".minor-tick").queryAll()) {
                    if (tick.isVisible() && tick.getParent() != null) {
                        ticks.add(tick.localToScene(tick.getBoundsInLocal()).getMinX());
                    }
                }
                for (Node n : robot.lookup(".minor-tick-label").queryAll()) {
                    Text label = (Text) n;
                    if (!label.isVisible() || label.getParent() == null) {
                        continue;
                    }
                    Bounds b = label.localToScene(label.getBoundsInLocal());
                    if (b.intersects(h)) {
                        covered.add(label.getText() + " in " + span[0] + " – " + span[1] + " shifted " + shift);
                    }
                    for (double tickX : ticks) {
                        if (tickX > b.getMinX() + 0.5 && tickX < b.getMaxX() - 0.5) {
                            crossing.add(label.getText() + " over a tick in " + span[0] + " – " + span[1] + " shifted " + shift);
                        }
                    }
                    if (Math.abs(b.getMinX() - h.getMaxX()) < 6 && Math.abs(b.getCenterY() - h.getCenterY()) < h.getHeight()) {
                        handleNearALabel++;
                    }
                }
            }
        }
        assertEquals(List.of(), covered, "labels under the time cursor's handle");
        assertEquals(List.of(), crossing, "a label moved past the handle stays inside its own period (\"Feb\" over March's tick reads as March)");
        assertTrue(handleNearALabel > 0, "some views put a label right after the handle (the case this checks)");
    }

    @Test
    void theCursorLineStopsShortOfEveryTitleAndBadge(FxRobot robot) {
        TimelinePage timeline = window(robot).timeline();
        TimelineView view = timeline.view();
        List<String> crossed = new ArrayList<>();
        int gaps = 0;
        for (String[] span : new String[][] {
            {"2021-12-01", "2022-06-01"}, {"2022-01-15", "2022-04-01"}, {"2020-06-01", "2022-10-01"},
            {"2014-01-01", "2023-01-01"}, {"2022-02-20", "2022-03-05"}}) {
            robot.interact(() -> view.setVisibleDays(day(span[0]), day(span[1])));
            timeline.settle();
            javafx.scene.shape.Path line = (javafx.scene.shape.Path) view.lookup(".time-cursor");
            assertTrue(line.isVisible(), span[0]);
            List<double[]> strokes = new ArrayList<>();
            double x = 0;
            double fromY = 0;
            for (javafx.scene.shape.PathElement e : line.getElements()) {
                if (e instanceof javafx.scene.shape.MoveTo m) {
                    x = m.getX();
                    fromY = m.getY();
                } else if (e instanceof javafx.scene.shape.LineTo l) {
                    strokes.add(new double[] {fromY, l.getY()});
                    assertTrue(l.getY() > fromY, "strokes run downwards, one after another: " + line.getElements());
                }
            }
            gaps += strokes.size() - 1;
            Bounds lanes = view.getLayoutBounds();
            assertTrue(strokes.get(strokes.size() - 1)[1] <= lanes.getMaxY() + 0.5, "the line ends inside the timeline: "
                    + strokes.get(strokes.size() - 1)[1] + " below " + lanes.getMaxY());
            List<Bounds> boxes = new ArrayList<>();
            timeline.skin().drawnItems().forEach(item -> {
                if (item.label() != null) {
                    boxes.add(item.label());
                }
            });
            timeline.skin().drawnClusters().forEach(cluster -> boxes.add(cluster.bounds()));
            for (Bounds box : boxes) {
                if (x > box.getMinX() + 1 && x < box.getMaxX() - 1) {
                    for (double[] stroke : strokes) {
                        if (stroke[0] < box.getMaxY() - 1 && stroke[1] > box.getMinY() + 1) {
                            crossed.add(span[0] + " – " + span[1] + ": " + box);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), crossed, "the dashed line runs through a title or a badge");
        assertTrue(gaps > 0, "some of these views put a title across the line (the case this checks)");
    }
}
