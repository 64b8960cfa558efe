package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.balancingact.explore.Selection;
import org.balancingact.model.Event;
import org.balancingact.timeline.DrawnItem;
import org.balancingact.ui.pages.MainWindowPage;
import org.balancingact.ui.pages.SearchPage;
import org.balancingact.ui.pages.TimelinePage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Whatever selects an event, the timeline ends with it drawn as itself, with its whole title, in sight:
 * never inside a cluster badge, never scrolled away, never cut at an edge.
 */
class SelectionVisibleUiTest extends UiTestBase {

    @Test
    void everyEventFoundBySearchIsDrawnAsItselfWithItsWholeTitle(FxRobot robot) {
        MainWindowPage window = window(robot);
        TimelinePage timeline = window.timeline();
        SearchPage search = window.search();
        List<String> hidden = new ArrayList<>();
        for (Event event : window.state().getTimeline().events()) {
            search.pressCtrlF();
            assertTrue(search.find(event.title(), "event:" + event.id()), "the search lists " + event.id());
            assertEquals(Selection.event(event.id()), window.selection());
            DrawnItem item = timeline.event(event.id());
            if (item == null || !item.wholeTitleShown() || !timeline.isReadable(event.id())) {
                hidden.add(event.id() + (item == null ? " (not drawn" + (timeline.skin().isInCluster(event.id())
                        ? ", in a badge)" : ")") : " (title " + (item.wholeTitleShown() ? "covered or out of sight)" : "shortened)")));
            }
        }
        assertEquals(List.of(), hidden, "every selected event can be read on the timeline");
    }

    @Test
    void aSelectionInABusyMonthIsDrawnOutsideTheBadgeThatHoldsItsNeighbours(FxRobot robot) {
        MainWindowPage window = window(robot);
        TimelinePage timeline = window.timeline();
        robot.interact(() -> timeline.view().fitAll());
        assertTrue(timeline.skin().isInCluster("no-troops-vow"), "at the whole extent, March 2022 is a badge");
        window.select(Selection.event("no-troops-vow"));
        assertTrue(timeline.isReadable("no-troops-vow"), "selected, it is drawn as itself with its title");
        assertFalse(timeline.clusters().isEmpty(), "its neighbours may stay in a badge");
    }

    @Test
    void selectingAnActorMarksTheBadgesThatHoldItsEventsAndZoomToSelectionFramesThemReadable(FxRobot robot) {
        MainWindowPage window = window(robot);
        TimelinePage timeline = window.timeline();
        robot.interact(() -> timeline.view().fitAll());
        window.select(Selection.actor("makei"));
        timeline.settle();
        assertTrue(timeline.clusters().stream().anyMatch(c -> c.related() > 0),
                "a badge holding Makei's events says how many of them are his");
        robot.clickOn("#tool-zoom-selection");
        List<String> his = window.state().getHighlights().events().stream().sorted().toList();
        assertFalse(his.isEmpty());
        for (String id : his) {
            assertTrue(timeline.isReadable(id), id + " is readable after Zoom to selection");
        }
    }
}
