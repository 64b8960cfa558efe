package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.Scene;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.network.ActorNetworkView;
import org.balancingact.shell.MainWindow;
import org.balancingact.ui.pages.MainWindowPage;
import org.balancingact.ui.pages.NetworkPage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The actor network in the real main window, headless: time, linking, chains, keyboard, list. */
class NetworkUiTest extends UiTestBase {
    private static final LocalDate EVE = LocalDate.of(2022, 2, 23);
    private static final LocalDate INVASION = LocalDate.of(2022, 2, 24);

    @Test
    void movingTheCursorAcross24February2022ChangesTheEdges(FxRobot robot) {
        NetworkPage network = window(robot).network();
        network.showDate(EVE);
        assertFalse(network.relationShown("r-russia-invades-ukraine"));
        assertTrue(network.relationShown("r-belarus-ally-of-russia"));
        assertEquals("Relations in force on 23 February 2022", network.dateShown());

        network.showDate(INVASION);
        assertTrue(network.relationShown("r-russia-invades-ukraine"), "the invasion appears");
        assertTrue(network.changes().startsWith("Since 23 February 2022: began "), network.changes());
        assertTrue(network.changes().contains("Russia — invades — Ukraine"), network.changes());

        network.showDate(EVE);
        assertFalse(network.relationShown("r-russia-invades-ukraine"), "and goes when the cursor goes back");
        assertTrue(network.changes().startsWith("Going back from 24 February 2022: not yet in force: "), network.changes());
        assertTrue(network.changes().contains("Russia — invades — Ukraine"), network.changes());
        assertFalse(network.changes().contains("ended"), "going back, the invasion has not ended: " + network.changes());
    }

    @Test
    void whatChangedReadsRightGoingBackAcrossAnEnd(FxRobot robot) {
        // the talks of early March 2022 (Belarus hosts them) ended; going back into them they were still on
        NetworkPage network = window(robot).network().showDate(LocalDate.of(2022, 6, 1));
        network.showDate(LocalDate.of(2022, 3, 1));
        assertTrue(network.changes().startsWith("Going back from 1 June 2022: "), network.changes());
        assertTrue(network.changes().contains("still in force then: "), network.changes());
        assertEquals(network.whatChanged(), network.changes(), "the view offers the same words to a host");
    }

    /** The dates issue 15 was checked on: the Minsk years, the 2020 protests, the war's first weeks. */
    private static final List<LocalDate> CHECKED_DATES = List.of(LocalDate.of(2015, 1, 20), LocalDate.of(2020, 8, 20),
            LocalDate.of(2022, 3, 15));

    @Test
    void noNameOverlapsAnotherNameOrANodeIn1280x720(FxRobot robot) {
        assertTidy(robot, 1280, 720);
    }

    @Test
    void noNameOverlapsAnotherNameOrANodeIn1920x1080(FxRobot robot) {
        assertTidy(robot, 1920, 1080);
    }

    @Test
    void actorsWithNoRelationInForceWaitOnALabelledShelfWhereTheyCanBeHoveredAndClicked(FxRobot robot) {
        MainWindowPage window = window(robot);
        NetworkPage network = window.network().showDate(LocalDate.of(2015, 1, 20));
        Set<String> shelved = network.actorsOnShelf();
        assertTrue(shelved.contains("tikhanovskaya"), "Tikhanovskaya has no relation in force in January 2015: " + shelved);
        assertFalse(network.actorsInGraph().contains("tikhanovskaya"), "and is not strewn in the drawing");
        assertEquals("Not active on this date: " + shelved.size(), network.shelfTitle());
        assertFalse(network.actorsNamed().contains("tikhanovskaya"), "a mark on the shelf is not named until asked");

        network.hover("tikhanovskaya");
        assertTrue(network.actorsNamed().contains("tikhanovskaya"), "the pointer on the mark names it");
        network.clickActor("tikhanovskaya");
        assertEquals(Selection.actor("tikhanovskaya"), window.selection(), "a click selects her, as in the drawing");
        robot.moveTo(network.view().lookup("#network-date"));
        assertTrue(network.actorsNamed().contains("tikhanovskaya"), "selected, she stays named on the shelf");
        assertEquals(List.of(), network.overlaps());

        network.showDate(LocalDate.of(2020, 8, 20));
        assertTrue(network.actorsInGraph().contains("tikhanovskaya"), "in August 2020 she leads the opposition: off the shelf");
        assertFalse(network.actorsOnShelf().contains("tikhanovskaya"));
    }

    @Test
    void aSelectedRelationsLabelCoversNoName(FxRobot robot) {
        MainWindowPage window = window(robot);
        NetworkPage network = window.network().showDate(LocalDate.of(2022, 3, 15));
        for (String relation : List.of("r-russia-invades-ukraine", "r-lukashenko-leads-belarus", "r-belarus-ally-of-russia")) {
            window.select(Selection.relation(relation));
            assertFalse(network.relationLabel(relation).isEmpty(), relation + " says its type");
            // where the curve runs through a crowd the label may touch a shape, never a name
            assertEquals(List.of(), network.overlaps().stream().filter(o -> o.endsWith("'s name")).toList(), relation);
        }
    }

    /** The main window at {@code w × h}: on each checked date, every name written stands clear. */
    private void assertTidy(FxRobot robot, double w, double h) {
        NetworkPage network = networkOfMainWindow(robot, w, h);
        for (LocalDate date : CHECKED_DATES) {
            network.showDate(date);
            Set<String> inGraph = network.actorsInGraph();
            Set<String> named = network.actorsNamed();
            List<String> unnamed = inGraph.stream().filter(a -> !named.contains(a)).sorted().toList();
            // hiding names would keep them apart trivially: all but at most one are written
            assertTrue(unnamed.size() <= 1, (int) w + "×" + (int) h + " on " + date + ": names hidden " + unnamed);
            assertEquals(List.of(), network.overlaps(), (int) w + "×" + (int) h + " on " + date);
        }
    }

    /**
     * The network of a main window whose scene is {@code w × h}, the room the window has on a screen of
     * that size. The scene is laid out but not shown: the headless screen (1280 × 800) cannot hold a
     * larger window.
     */
    private NetworkPage networkOfMainWindow(FxRobot robot, double w, double h) {
        MainWindow[] made = new MainWindow[1];
        robot.interact(() -> {
            ExplorerState state = new ExplorerState();
            made[0] = new MainWindow(state);
            state.setTimeline(((ReadResult.Loaded) new TimelineFiles().readBundled()).timeline());
            made[0].style(new Scene(made[0].root(), w, h));
            // a shown scene sizes its root at each pulse; this one has no pulse
            ((javafx.scene.layout.Region) made[0].root()).resize(w, h);
            made[0].root().applyCss(); // the split panes' skins, which hold the views, are made here
        });
        NetworkPage network = new NetworkPage(robot, (ActorNetworkView) made[0].root().lookup("#actor-network"));
        // split panes place their dividers over a few passes, as a shown window does over its first pulses
        for (int pass = 0; pass < 3; pass++) {
            network.settle();
        }
        return network;
    }

    @Test
    void withMotionReducedAnEndedRelationLeavesAtOnce(FxRobot robot) {
        NetworkPage network = window(robot).network();
        robot.interact(() -> network.view().setReduceMotion(true));
        network.showDate(INVASION);
        network.showDate(EVE);
        long drawn = robot.lookup(".relation-edge").queryAll().stream()
                .filter(n -> n.getStyleClass().contains("type-invades")).count();
        assertEquals(0, drawn, "no fading ghost is left behind");
    }

    @Test
    void clickingAnActorSelectsItAndHighlightsItsEventsInTheTimeline(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.network().clickActor("putin");
        assertEquals(Selection.actor("putin"), window.selection());
        assertTrue(window.network().actorHas("putin", "selected"));
        assertTrue(window.timeline().isRelated("invasion"), "an event he is part of lights up");
        assertTrue(window.timeline().isDimmed("minsk-ii"), "one he is not part of is dimmed");
        assertTrue(window.network().actorHas("russia", "related"), "the actors he is related to are highlighted");
    }

    @Test
    void clickingAnEdgeSelectsTheRelationAndShowsItsQuotes(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.network().showDate(INVASION).clickRelation("r-belarus-ally-of-russia");
        assertEquals(Selection.relation("r-belarus-ally-of-russia"), window.selection());
        assertTrue(window.network().relationHas("r-belarus-ally-of-russia", "selected"));
        assertEquals("ally of", window.network().relationLabel("r-belarus-ally-of-russia"), "the selected edge says its type");
        assertEquals("", window.network().relationLabel("r-russia-invades-ukraine"), "the others do not");
        assertTrue(window.quotes().shows("q-only-ally"), window.quotes().quoteIds()::toString);
        assertTrue(window.network().actorHas("belarus", "related"));
        assertTrue(window.network().actorHas("ukraine", "dimmed"));
    }

    @Test
    void aSelectionMadeElsewhereHighlightsItsActorsAndDimsTheRest(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.select(Selection.event("invasion"));
        assertTrue(window.network().actorHas("russia", "related"));
        assertTrue(window.network().relationHas("r-russia-invades-ukraine", "related"));
        assertTrue(window.network().relationHas("r-lukashenko-leads-belarus", "dimmed"));
    }

    @Test
    void ctrlClickASecondActorSpellsOutTheShortestChain(FxRobot robot) {
        MainWindowPage window = window(robot);
        NetworkPage network = window.network().showDate(LocalDate.of(2022, 2, 25));
        network.clickActor("belarus").connectTo("ukraine");
        assertEquals("Chain: Belarus — ally of — Russia — invades — Ukraine", network.chain());
        assertEquals(Selection.actor("belarus"), window.selection(), "the chain is the view's own: the selection stays");
        assertTrue(network.relationHas("r-belarus-ally-of-russia", "chain"));
        assertTrue(network.relationHas("r-russia-invades-ukraine", "chain"));
        assertTrue(network.actorHas("russia", "chain"));

        network.showDate(LocalDate.of(2022, 3, 1));
        assertEquals("Chain: Belarus — hosts — Ukraine", network.chain(), "the chain follows the date: talks in Belarus");

        network.focus().press(KeyCode.ESCAPE);
        assertEquals("", network.chain());
        assertFalse(network.relationHas("r-belarus-ally-of-russia", "chain"));
    }

    @Test
    void tabReachesTheNetworkAndArrowsWalkToTheNearestActorInThatDirection(FxRobot robot) {
        MainWindowPage window = window(robot);
        NetworkPage network = window.network();
        window.timeline().focus();
        robot.type(KeyCode.TAB);
        assertTrue(network.view().isFocused(), "Tab moves from the timeline into the network");
        String start = network.keyboardActor();
        assertNotNull(start, "the keyboard lands on an actor");

        for (KeyCode key : new KeyCode[] {KeyCode.RIGHT, KeyCode.LEFT, KeyCode.DOWN, KeyCode.UP}) {
            String from = network.keyboardActor();
            Point2D before = network.centreOf(from);
            network.press(key);
            String to = network.keyboardActor();
            if (!to.equals(from)) {
                Point2D after = network.centreOf(to);
                switch (key) {
                    case RIGHT -> assertTrue(after.getX() > before.getX(), key + " went " + from + "→" + to);
                    case LEFT -> assertTrue(after.getX() < before.getX(), key + " went " + from + "→" + to);
                    case DOWN -> assertTrue(after.getY() > before.getY(), key + " went " + from + "→" + to);
                    default -> assertTrue(after.getY() < before.getY(), key + " went " + from + "→" + to);
                }
            }
        }
        network.press(KeyCode.RIGHT);
        String on = network.keyboardActor();
        network.press(KeyCode.ENTER);
        assertEquals(Selection.actor(on), window.selection(), "Enter selects the actor the keyboard is on");
        assertTrue(network.actorHas(on, "keyboard"));
    }

    @Test
    void nodesAndEdgesSayWhatTheyAre(FxRobot robot) {
        NetworkPage network = window(robot).network().showDate(INVASION);
        assertEquals("Alexander Lukashenko, person, 15 relations in force on 24 February 2022",
                network.actorSays("lukashenko"));
        assertEquals("Russia — invades — Ukraine, from 24 February 2022",
                network.relation("r-russia-invades-ukraine").getAccessibleText());
        robot.interact(() -> network.view().keyboardActorProperty().set("lukashenko"));
        assertEquals("Alexander Lukashenko, person, 15 relations in force on 24 February 2022",
                network.accessibleText(), "the focused network reads the actor the keyboard is on");
    }

    @Test
    void eachKindOfActorHasItsOwnShapeAndIcon(FxRobot robot) {
        NetworkPage network = window(robot).network().showDate(INVASION);
        Map<String, String> actorOfKind = Map.of("person", "lukashenko", "state", "belarus",
                "organisation", "eu", "group", "the-west");
        Set<String> icons = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        actorOfKind.forEach((kind, id) -> {
            assertFalse(network.iconOf(id).isEmpty(), "the " + kind + " " + id + " shows an icon");
            icons.add(network.iconOf(id));
            shapes.add(network.shapeOf(id));
        });
        assertEquals(4, icons.size(), "four kinds, four icons: " + icons);
        assertEquals(4, shapes.size(), "four kinds, four shapes: " + shapes);
        assertEquals("mdi2a-account", network.iconOf("putin"), "every person gets the person icon");
        assertEquals("mdi2f-flag", network.iconOf("russia"), "every state the flag");
    }

    @Test
    void theKeyShowsTheShapeAndIconOfEachKind(FxRobot robot) {
        NetworkPage network = window(robot).network();
        robot.interact(() -> network.view().legendShownProperty().set(true));
        network.settle();
        Set<String> icons = new HashSet<>();
        robot.lookup("#network-legend .actor-icon").queryAll().forEach(n ->
                icons.add(((org.kordamp.ikonli.javafx.FontIcon) n).getIconCode().getDescription()));
        assertEquals(Set.of("mdi2a-account", "mdi2f-flag", "mdi2d-domain", "mdi2a-account-group"), icons);
    }

    @Test
    void theAdjacencyListIsLinkedLikeTheDrawing(FxRobot robot) {
        MainWindowPage window = window(robot);
        NetworkPage network = window.network().showDate(INVASION).showList(true);
        assertTrue(network.listRows().get(0).startsWith("Alexander Lukashenko, person, 15 relations"),
                "the most connected actor comes first");
        network.clickListRow("actor", "russia");
        assertEquals(Selection.actor("russia"), window.selection());
        window.select(Selection.relation("r-russia-invades-ukraine"));
        assertTrue(network.selectedListRow().startsWith("Russia — invades — Ukraine"), network.selectedListRow());
        assertTrue(window.quotes().shows("q-feb-24"));
    }

    @Test
    void keysZoomAndFit(FxRobot robot) {
        NetworkPage network = window(robot).network().focus();
        network.press(KeyCode.EQUALS);
        assertTrue(network.view().zoomProperty().get() > 1);
        network.press(KeyCode.DIGIT0);
        assertEquals(1, network.view().zoomProperty().get());
        assertNotEquals(null, robot.lookup("#network-fit").tryQuery().orElse(null));
    }

    @Test
    void afterAZoomTheDrawingComesBackAtTheNewScaleAndAnswersClicks(FxRobot robot) {
        MainWindowPage window = window(robot);
        NetworkPage network = window.network().showDate(INVASION).focus();
        Point2D centre = network.drawingCentre();
        Point2D before = network.centreOf("lukashenko");
        network.press(KeyCode.EQUALS).waitForDrawing();
        Point2D after = network.centreOf("lukashenko");
        Point2D expected = centre.add(before.subtract(centre).multiply(1.25));
        assertTrue(after.distance(expected) < 1.5, "zoomed by 1.25 about the middle: " + after + " for " + expected);
        network.clickActor("lukashenko");
        assertEquals(Selection.actor("lukashenko"), window.selection());
    }

    @Test
    void aFileWithoutActorsSaysSoInsteadOfAnEmptyNetwork(FxRobot robot) {
        byte[] csv = "date,title\n2022-02-24,Russia invades Ukraine\n2022-02-28,Talks in Gomel\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ReadResult result = new TimelineFiles().read("events.csv", csv, org.balancingact.data.ImportOptions.NONE);
        MainWindowPage window = window(robot);
        robot.interact(() -> window.state().setTimeline(((ReadResult.Loaded) result).timeline()));
        assertEquals("No actors in this file, so there is no network to draw.", window.network().dateShown());
        assertFalse(robot.lookup("#network-relayout").query().isVisible(), "no tools for a network that is not there");
        assertFalse(robot.lookup("#time-cursor").query().isVisible(), "nor a time cursor in the timeline for its date");
        assertFalse(((org.controlsfx.control.StatusBar) robot.lookup("#status-bar").query()).getText().contains("24 February 2022"),
                "nor the network's date in the status bar");
        robot.interact(() -> window.state().setTimeline(((ReadResult.Loaded) new TimelineFiles().readBundled()).timeline()));
        assertEquals("Relations in force on 24 February 2022", window.network().dateShown());
        assertTrue(robot.lookup("#network-relayout").query().isVisible(), "and back with the bundled data");
        assertTrue(robot.lookup("#time-cursor").query().isVisible());
    }
}
