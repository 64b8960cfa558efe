package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.balancingact.explore.Selection;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.Event;
import org.balancingact.timeline.LaneGrouping;
import org.balancingact.timeline.TimelineSkin;
import org.balancingact.timeline.TimelineView;
import org.balancingact.ui.pages.MainWindowPage;
import org.balancingact.ui.pages.TimelinePage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The timeline's own behaviour in the real main window, headless. */
class TimelineUiTest extends UiTestBase {
    private static double day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void wheelZoomKeepsTheDateUnderThePointerFixed(FxRobot robot) {
        TimelinePage timeline = window(robot).timeline();
        TimelineView view = timeline.view();
        TimelineSkin skin = timeline.skin();
        double x = skin.xOfDay(day("2020-08-09"));
        Bounds local = new javafx.geometry.BoundingBox(x, view.getHeight() / 2, 1, 1);
        // whole screen pixels: a real display's pointer sits on one, and at this zoom one pixel is days wide
        Point2D exact = timeline.onScreen(local);
        Point2D point = new Point2D(Math.round(exact.getX()), Math.round(exact.getY()));
        double dayBefore = skin.dayAtX(view.screenToLocal(point).getX());
        double spanBefore = view.getEndDay() - view.getStartDay();
        robot.moveTo(point);
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
        double spanAfter = view.getEndDay() - view.getStartDay();
        assertTrue(Math.abs(spanAfter / spanBefore - 1) > 0.3, "the wheel zoomed: " + spanBefore + " -> " + spanAfter);
        double under = skin.dayAtX(view.screenToLocal(point).getX());
        assertEquals(dayBefore, under, 0.5, "the day under the pointer stays put");
    }

    @Test
    void homeFitsEverything(FxRobot robot) {
        TimelinePage timeline = window(robot).timeline();
        robot.interact(() -> timeline.view().setVisibleDays(day("2022-03-01"), day("2022-03-20")));
        timeline.press(KeyCode.HOME);
        TimelineView view = timeline.view();
        for (Event event : window(robot).state().getTimeline().events()) {
            if (!event.when().isOpenStart()) {
                assertTrue(view.getStartDay() <= TimeSpan.startDay(event.when()), event.id());
            }
            if (!event.when().isOpenEnd()) {
                assertTrue(view.getEndDay() >= TimeSpan.endDay(event.when()), event.id());
            }
        }
    }

    @Test
    void leftAndRightWalkAllEventsInTimeOrder(FxRobot robot) {
        MainWindowPage window = window(robot);
        List<Event> events = window.state().getTimeline().events();
        window.select(Selection.event(events.get(0).id()));
        for (int i = 1; i < 6; i++) {
            window.timeline().press(KeyCode.RIGHT);
            assertEquals(Selection.event(events.get(i).id()), window.selection());
        }
        window.timeline().press(KeyCode.LEFT);
        assertEquals(Selection.event(events.get(4).id()), window.selection());
    }

    @Test
    void aClusterSplitsWhenZoomedIn(FxRobot robot) {
        TimelinePage timeline = window(robot).timeline();
        robot.interact(() -> timeline.view().fitAll());
        assertNull(timeline.event("invasion"), "at the whole-range zoom the invasion is inside a badge");
        assertTrue(timeline.skin().isInCluster("invasion"));
        org.balancingact.timeline.DrawnCluster badge = timeline.clusters().stream()
                .filter(c -> c.fromDay() <= day("2022-02-24") && c.toDay() > day("2022-02-24"))
                .findFirst().orElseThrow();
        assertTrue(badge.count() > 3);
        TimelineView view = timeline.view();
        double spanBefore = view.getEndDay() - view.getStartDay();
        robot.clickOn(timeline.onScreen(badge.bounds()));
        double spanAfter = view.getEndDay() - view.getStartDay();
        assertTrue(spanAfter < spanBefore / 10, "a click on the badge zooms to its extent: " + spanAfter);
        assertTrue(view.getStartDay() <= badge.fromDay() && view.getEndDay() >= badge.toDay());
        for (int i = 0; i < 6 && timeline.event("invasion") == null; i++) {
            // the busiest days of the war need another zoom or two: each click on the badge splits further
            timeline.clusters().stream().filter(c -> c.fromDay() <= day("2022-02-24") + 1
                    && c.toDay() >= day("2022-02-24")).findFirst()
                    .ifPresent(c -> robot.clickOn(timeline.onScreen(c.bounds())));
        }
        assertNotNull(timeline.event("invasion"), "zoomed in, the badge has split and the invasion is drawn alone");
    }

    @Test
    void aSelectionMadeInTheNetworkBringsTheEventOnScreen(FxRobot robot) {
        MainWindowPage window = window(robot);
        TimelineView view = window.timeline().view();
        robot.interact(() -> view.setVisibleDays(day("2015-01-01"), day("2015-06-01")));
        assertFalse(window.timeline().isShown("invasion"));
        window.select(Selection.event("invasion"));
        assertTrue(view.getStartDay() <= day("2022-02-24") && view.getEndDay() > day("2022-02-24"));
        assertTrue(window.timeline().isShown("invasion"));
    }

    @Test
    void everyGroupingHasItsLanes(FxRobot robot) {
        TimelinePage timeline = window(robot).timeline();
        timeline.groupBy(LaneGrouping.COUNTRY);
        List<String> countries = timeline.laneLabels();
        assertTrue(countries.contains("Belarus"), countries::toString);
        assertFalse(countries.contains("War"));
        timeline.groupBy(LaneGrouping.NONE);
        assertEquals(List.of(), timeline.laneLabels(), "one lane needs no name: its header column gives its room to the events");
        timeline.groupBy(LaneGrouping.THEME);
        assertTrue(timeline.laneLabels().contains("War"));
    }

    @Test
    void fuzzyEventsSayApproximate(FxRobot robot) {
        MainWindowPage window = window(robot);
        TimelinePage timeline = window.timeline();
        timeline.groupBy(LaneGrouping.NONE); // one lane: nothing is scrolled out of sight
        robot.interact(() -> timeline.view().setVisibleDays(day("2020-06-01"), day("2021-06-01")));
        robot.interact(() -> { }); // the layout pass that draws the new range
        List<org.balancingact.timeline.DrawnItem> fuzzy = timeline.skin().drawnItems().stream()
                .filter(i -> i.event().when().isApproximate() && timeline.isDrawnAlone(i.id())).toList();
        assertFalse(fuzzy.isEmpty(), "an approximate event is drawn alone in 2020-21");
        for (org.balancingact.timeline.DrawnItem item : fuzzy) {
            assertTrue(timeline.accessibleText(item.id()).contains("approximate"), timeline.accessibleText(item.id()));
        }
        window.select(Selection.event(fuzzy.get(0).id()));
        assertTrue(timeline.view().getAccessibleText().contains("approximate"), "the control speaks the selected event");
    }

    @Test
    void draggingTheOverviewRectangleMovesTheVisibleRange(FxRobot robot) {
        TimelinePage timeline = window(robot).timeline();
        TimelineView view = timeline.view();
        robot.interact(() -> view.setVisibleDays(day("2016-01-01"), day("2017-01-01")));
        double startBefore = view.getStartDay();
        Node rectangle = timeline.overviewWindow().orElseThrow();
        robot.drag(rectangle, MouseButton.PRIMARY).moveBy(120, 0).release(MouseButton.PRIMARY);
        assertTrue(view.getStartDay() > startBefore + 100, "moved right by more than 100 days");
        assertEquals(365, view.getEndDay() - view.getStartDay(), 1, "the span stays");
    }

    @Test
    void collapsingALaneLeavesOnlyBadges(FxRobot robot) {
        TimelinePage timeline = window(robot).timeline();
        timeline.groupBy(LaneGrouping.THEME);
        robot.interact(() -> timeline.view().setVisibleDays(day("2015-01-01"), day("2015-04-01")));
        assertTrue(timeline.isDrawnAlone("minsk-ii"));
        robot.clickOn(robot.lookup(n -> "lane:war".equals(n.getId())).queryAs(javafx.scene.control.Label.class));
        robot.clickOn(robot.lookup(n -> "lane:diplomacy".equals(n.getId())).queryAs(javafx.scene.control.Label.class));
        assertTrue(timeline.skin().isCollapsed("war"));
        assertFalse(timeline.isDrawnAlone("minsk-ii"), "in the collapsed lanes it is counted in a badge");
        assertTrue(timeline.isShown("minsk-ii"));
    }

    @Test
    void theChronologicalListIsLinkedLikeEveryView(FxRobot robot) {
        MainWindowPage window = window(robot);
        robot.clickOn("#tool-event-list");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Event> list = robot.lookup("#event-list").queryAs(javafx.scene.control.ListView.class);
        assertEquals(window.state().getTimeline().events(), list.getItems(), "every event, in time order");
        window.select(Selection.event("invasion"));
        assertEquals("invasion", list.getSelectionModel().getSelectedItem().id(), "it follows a selection made elsewhere");
        robot.interact(() -> list.getSelectionModel().select(0));
        assertEquals(Selection.event(list.getItems().get(0).id()), window.selection(), "and selects for the others");
    }

    @Test
    void anEventInTwoThemeLanesReadsAsOneEvent(FxRobot robot) {
        TimelinePage timeline = window(robot).timeline();
        timeline.groupBy(LaneGrouping.THEME);
        robot.interact(() -> timeline.view().setVisibleDays(day("2015-01-01"), day("2015-04-01")));
        timeline.settle();
        List<org.balancingact.timeline.DrawnItem> copies = timeline.skin().drawnItems().stream()
                .filter(i -> i.id().equals("minsk-ii")).toList();
        assertEquals(2, copies.size(), "Minsk II has two themes: it is drawn in the War and the Diplomacy lanes");
        assertTrue(copies.stream().allMatch(i -> i.copies() == 2), "each copy is marked ×2");
        assertTrue(copies.stream().noneMatch(org.balancingact.timeline.DrawnItem::lit));
        robot.moveTo(timeline.onScreen(copies.get(0).label()));
        timeline.settle();
        List<org.balancingact.timeline.DrawnItem> lit = timeline.skin().drawnItems().stream()
                .filter(org.balancingact.timeline.DrawnItem::lit).toList();
        assertEquals(List.of("minsk-ii", "minsk-ii"), lit.stream().map(org.balancingact.timeline.DrawnItem::id).toList(),
                "pointing at one copy lights both, and nothing else");
        javafx.scene.control.Tooltip tip = (javafx.scene.control.Tooltip) timeline.view().getProperties()
                .get("javafx.scene.control.Tooltip");
        assertTrue(tip != null && tip.getText().contains("Also in the lanes: "), "the tooltip says where else it is");
    }
}
