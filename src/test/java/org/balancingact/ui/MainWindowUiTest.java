package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.balancingact.data.ReadResult;
import org.balancingact.explore.Selection;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;
import org.balancingact.timeline.LaneGrouping;
import org.balancingact.ui.pages.MainWindowPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real main window, headless: the three views exist and follow each other's selection. */
class MainWindowUiTest extends UiTestBase {
    @Test
    void theThreeViewsAndTheDetailsAreThere(FxRobot robot) {
        for (String id : List.of("#timeline", "#actor-network", "#quote-panel", "#details")) {
            assertTrue(window(robot).has(id), id);
        }
        assertTrue(window(robot).timeline().isShown("invasion"), "the bundled events are drawn");
        assertNotNull(window(robot).network().actor("lukashenko"), "the bundled actors are drawn");
    }

    @Test
    void clickingAnEventShowsItsQuotesAndHighlightsItsActors(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.timeline().clickEvent("invasion");
        assertEquals(Selection.event("invasion"), window.selection());
        assertTrue(window.timeline().isSelected("invasion"));
        assertTrue(window.quotes().shows("q-feb-24"), "the quote behind the event is shown");
        assertTrue(window.quotes().textOf("q-feb-24").contains("From February 24, when the invasion began"));
        assertTrue(window.network().actorHas("russia", "related"), "its actors light up in the network");
        assertTrue(window.network().actorHas("ukraine", "related"));
        assertTrue(window.network().actorHas("tikhanovskaya", "dimmed"), "the others are dimmed");
        assertEquals("Russia invades Ukraine", window.detailsTitle().isEmpty() ? "" : window.detailsTitle());
        assertEquals("24 February 2022", window.detailsDate());
    }

    @Test
    void clickingAnActorHighlightsItsEvents(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.network().clickActor("makei");
        assertEquals(Selection.actor("makei"), window.selection());
        assertTrue(window.network().actorHas("makei", "selected"));
        assertTrue(window.timeline().isRelated("makei-letter"), "Makei's letter lights up in the timeline");
        assertTrue(window.timeline().isDimmed("minsk-ii"), "an event without him is dimmed");
        assertTrue(window.quotes().shows("q-makei-letter"));
    }

    @Test
    void clickingAQuoteSelectsItAndLightsUpWhatItSupports(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.timeline().clickEvent("makei-letter");
        window.quotes().clickQuote("q-makei-letter");
        assertEquals(Selection.quote("q-makei-letter"), window.selection());
        assertTrue(window.quotes().isSelected("q-makei-letter"));
        assertTrue(window.timeline().isRelated("makei-letter"), "the event the quote supports is highlighted");
        window.quotes().clickChip("event", "makei-letter");
        assertEquals(Selection.event("makei-letter"), window.selection(), "its chip selects the event");
    }

    @Test
    void arrowKeysWalkTheEventsInTimeOrder(FxRobot robot) {
        MainWindowPage window = window(robot);
        Timeline timeline = window.state().getTimeline();
        List<Event> events = timeline.events();
        int at = events.indexOf(timeline.event("invasion").orElseThrow());
        window.select(Selection.event("invasion"));
        window.timeline().press(KeyCode.RIGHT);
        assertEquals(Selection.event(events.get(at + 1).id()), window.selection());
        window.timeline().press(KeyCode.LEFT, KeyCode.LEFT);
        assertEquals(Selection.event(events.get(at - 1).id()), window.selection());
        window.timeline().press(KeyCode.ESCAPE);
        assertEquals(Selection.NONE, window.selection());
    }

    @Test
    void aSelectionMadeInTheNetworkIsShownInTheDetails(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.network().clickActor("lukashenko");
        assertEquals("Alexander Lukashenko", window.detailsTitle());
    }

    @Test
    void backAndForwardRestoreSelections(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.timeline().clickEvent("invasion");
        window.network().clickActor("makei");
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals(Selection.event("invasion"), window.selection());
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertEquals(Selection.actor("makei"), window.selection());
    }

    @Test
    void laneGroupingSwitchesFromOneLaneToThemesToActors(FxRobot robot) {
        MainWindowPage window = window(robot);
        assertEquals(LaneGrouping.NONE, window.timeline().view().getLaneGrouping(),
                "the timeline opens with every event once, in one lane: the most titles can be read");
        window.timeline().groupBy(LaneGrouping.THEME);
        assertTrue(window.timeline().laneLabels().contains("War"));
        window.timeline().groupBy(LaneGrouping.ACTOR);
        List<String> lanes = window.timeline().laneLabels();
        assertFalse(lanes.contains("War"));
        assertTrue(lanes.contains("Alexander Lukashenko"), lanes::toString);
    }

    @Test
    void aBrokenFileListsItsProblemsAndKeepsTheDatasetOnScreen(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindowPage window = window(robot);
        Timeline before = window.state().getTimeline();
        window.timeline().clickEvent("invasion");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"balancing-act/timeline\", \"version\": 1, \"title\": \"x\",\n"
                + " \"sources\": [], \"actors\": [], \"relations\": [], \"quotes\": [],\n"
                + " \"events\": [{\"id\": \"e\", \"title\": \"E\", \"when\": \"2022-02-30\", \"quotes\": [\"nope\"]}]}");
        ReadResult result = window.openFile(broken);
        assertFalse(result.isLoaded());
        assertNotNull(window.problemsList(), "the problems are listed");
        assertEquals(2, window.problemsList().getItems().size(), "both problems at once");
        assertTrue(window.problemsList().getItems().get(0).toString().contains("broken.json:3:"));
        assertEquals(before, window.state().getTimeline(), "the dataset shown before stays");
        assertEquals(Selection.event("invasion"), window.selection(), "and so does the selection");
        assertTrue(window.timeline().isSelected("invasion"));
        window.closeDialogs();
    }
}
