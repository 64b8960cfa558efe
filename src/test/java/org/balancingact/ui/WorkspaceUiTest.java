package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.balancingact.explore.Filter;
import org.balancingact.explore.Selection;
import org.balancingact.model.Source;
import org.balancingact.quotes.CitationStyle;
import org.balancingact.shell.LinkOpener;
import org.balancingact.ui.pages.MainWindowPage;
import org.balancingact.ui.pages.QuotePanelPage;
import org.balancingact.ui.pages.SearchPage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The quote panel and the workspace around it: reader, citations, search, filters, history, details. */
class WorkspaceUiTest extends UiTestBase {
    @Test
    void selectingAnEventShowsItsQuotesWithChipsThatSayWhatTheyAre(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.timeline().clickEvent("invasion");
        QuotePanelPage quotes = window.quotes();
        assertEquals(List.of("q-feb-24", "q-pretext").stream().sorted().toList(), quotes.quoteIds().stream().sorted().toList());
        Button event = (Button) window.quotes().byId("chip:event:invasion");
        Button relation = (Button) window.quotes().byId("chip:relation:r-russia-invades-ukraine");
        assertTrue(event.getAccessibleText().startsWith("Event: "), event.getAccessibleText());
        assertTrue(relation.getAccessibleText().startsWith("Relation: "), relation.getAccessibleText());
        assertTrue(relation.getStyleClass().contains("chip-relation") && event.getStyleClass().contains("chip-event"));
        quotes.clickChip("relation", "r-russia-invades-ukraine");
        assertEquals(Selection.relation("r-russia-invades-ukraine"), window.selection());
    }

    @Test
    void showInSourceHighlightsThePassageAndScrollsItIntoView(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.select(Selection.event("invasion"));
        QuotePanelPage quotes = window.quotes();
        quotes.showInSource("q-feb-24");
        assertEquals("q-feb-24", quotes.panel().readingQuoteId());
        String highlighted = quotes.readerCurrentQuote().stream().map(Text::getText).collect(Collectors.joining());
        assertEquals(window.state().getTimeline().quote("q-feb-24").orElseThrow().text(), highlighted);
        assertTrue(quotes.isScrolledIntoView(quotes.readerCurrentQuote().get(0)), "the quote is on screen");
        assertTrue(quotes.readerOtherQuotes().size() > 10, "the other quotes of the article are marked");
        Node mark = robot.lookup(".reader-mark").queryAll().stream()
                .filter(n -> !n.getBoundsInLocal().isEmpty()).findFirst().orElse(null);
        assertNotNull(mark, "a highlight is drawn behind the quote");
    }

    @Test
    void followingAnActorNameInTheTextSelectsTheActor(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.select(Selection.event("invasion"));
        QuotePanelPage quotes = window.quotes();
        quotes.showInSource("q-feb-24");
        Text link = robot.lookup(n -> n.getId() != null && n.getId().startsWith("reader-actor:lukashenko:"))
                .queryAllAs(Text.class).stream().filter(quotes::isScrolledIntoView).findFirst().orElseThrow();
        robot.interact(link::requestFocus); // links in the text are reached with Tab and followed with Enter
        robot.type(KeyCode.ENTER);
        assertEquals(Selection.actor("lukashenko"), window.selection());
        assertTrue(window.network().actorHas("lukashenko", "selected"), "the network follows");
        assertNotNull(quotes.panel().readingSource(), "the student keeps reading");
    }

    @Test
    void aPassageThatIsAQuoteSelectsThatQuote(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.select(Selection.event("invasion"));
        QuotePanelPage quotes = window.quotes();
        quotes.showInSource("q-feb-24");
        Source article = window.state().getTimeline().source("shraibman-2022").orElseThrow();
        String pretext = window.state().getTimeline().quote("q-pretext").orElseThrow().text();
        int at = article.text().indexOf(pretext);
        robot.interact(() -> quotes.panel().selectPassage(at + 3, at + pretext.length() - 2));
        assertEquals(Selection.quote("q-pretext"), window.selection(), "most of a quote is enough");
        assertEquals("q-pretext", quotes.panel().readingQuoteId(), "and the reader highlights it");
    }

    @Test
    void clickingAnActorNameAndDraggingOverAQuoteWorkWithTheMouse(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.select(Selection.event("invasion"));
        QuotePanelPage quotes = window.quotes();
        quotes.showInSource("q-feb-24");
        Text link = robot.lookup(n -> n.getId() != null && n.getId().startsWith("reader-actor:putin:"))
                .queryAllAs(Text.class).stream().filter(quotes::isScrolledIntoView).findFirst().orElseThrow();
        robot.clickOn(link);
        assertEquals(Selection.actor("putin"), window.selection(), "a click on “Putin” selects him");

        javafx.scene.shape.Path mark = (javafx.scene.shape.Path) robot.lookup(".reader-mark").queryAll().stream()
                .filter(n -> !n.getBoundsInLocal().isEmpty()).findFirst().orElseThrow();
        javafx.scene.shape.MoveTo start = (javafx.scene.shape.MoveTo) mark.getElements().get(0);
        // a short drag along the first line of the quote, starting just inside it
        javafx.geometry.Point2D from = mark.localToScreen(start.getX() + 4, start.getY() + 6);
        javafx.geometry.Point2D to = mark.localToScreen(start.getX() + 90, start.getY() + 6);
        robot.drag(from).moveTo(to).release(javafx.scene.input.MouseButton.PRIMARY);
        assertEquals(Selection.quote("q-feb-24"), window.selection(), "the dragged passage is that quote");
    }

    @Test
    void copyCitationPutsTheChosenStyleOnTheClipboard(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.select(Selection.event("invasion"));
        robot.interact(() -> window.quotes().panel().citationStyle().setValue(CitationStyle.MLA_9));
        window.quotes().copyCitation("q-feb-24");
        String expected = "Shraibman, Artyom. “Won't Get Fooled Again: Is Lukashenko Trying to Distance Himself from "
                + "Russia?” Carnegie Endowment for International Peace, May 2022.";
        assertEquals(expected, window.quotes().panel().lastCopied().plain());
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(expected, clip[0]);
    }

    @Test
    void aFilterHidesTheSameItemsInAllThreeViews(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.network().clickActor("lukashenko");
        // (his 23 events take the top rows; the invasion is not his, it may be in a row further down)
        assertTrue(window.timeline().isInLanes("invasion"));
        assertTrue(window.network().relationShown("r-russia-invades-ukraine"));
        assertTrue(window.quotes().shows("q-feb-24"));

        window.filters().open().checkActor("Svetlana Tikhanovskaya");
        assertEquals(Set.of("tikhanovskaya"), window.state().getFilter().actorIds());
        assertFalse(window.timeline().isInLanes("invasion"), "the timeline hides the invasion");
        assertFalse(window.network().relationShown("r-russia-invades-ukraine"), "the network hides the relation");
        assertFalse(window.quotes().shows("q-feb-24"), "the quote panel hides the quote behind both");
        assertTrue(window.filters().breadcrumbFilter().contains("actors Svetlana Tikhanovskaya"),
                window.filters().breadcrumbFilter());
        assertTrue(window.filters().breadcrumbSelection().startsWith("Selected actor: Alexander Lukashenko"),
                window.filters().breadcrumbSelection());

        window.filters().clear();
        assertEquals(Filter.NONE, window.state().getFilter());
        assertTrue(window.quotes().shows("q-feb-24"));
        assertEquals("Showing everything", window.filters().breadcrumbFilter());
    }

    @Test
    void toolbarArrowsWalkBackAndForward(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.timeline().clickEvent("invasion");
        window.network().clickActor("makei");
        assertFalse(window.isToolDisabled("tool-back"), "there is somewhere to go back to");
        window.clickTool("tool-back");
        assertEquals(Selection.event("invasion"), window.selection());
        window.clickTool("tool-forward");
        assertEquals(Selection.actor("makei"), window.selection());
        assertTrue(window.isToolDisabled("tool-forward"), "nothing further ahead");
        robot.moveTo("#quote-panel").press(javafx.scene.input.MouseButton.BACK).release(javafx.scene.input.MouseButton.BACK);
        assertEquals(Selection.event("invasion"), window.selection(), "the mouse's back button");
        robot.press(javafx.scene.input.MouseButton.FORWARD).release(javafx.scene.input.MouseButton.FORWARD);
        assertEquals(Selection.actor("makei"), window.selection(), "the mouse's forward button");
    }

    @Test
    void ctrlFFocusesSearchAndEnterSelectsTheHighlightedResult(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.timeline().focus();
        SearchPage search = window.search();
        search.pressCtrlF();
        assertTrue(search.isFocused());
        search.type("Лукашенко");
        List<String> rows = search.rows();
        assertTrue(rows.contains("Actors") && rows.contains("Events"), rows::toString);
        assertTrue(rows.indexOf("Events") < rows.indexOf("Actors"), "grouped by kind, events first");
        int target = rows.indexOf("actor:lukashenko");
        assertTrue(target > 0, rows::toString);
        List<String> walked = new ArrayList<>();
        while (!search.highlighted().equals("actor:lukashenko") && walked.size() < rows.size()) {
            search.press(KeyCode.DOWN);
            walked.add(search.highlighted());
        }
        assertFalse(walked.contains("Actors"), "the keyboard skips the headings");
        search.press(KeyCode.ENTER);
        assertEquals(Selection.actor("lukashenko"), window.selection());
    }

    @Test
    void referenceLinksOpenOnlyThroughTheConfirmingOpener(FxRobot robot) {
        MainWindowPage window = window(robot);
        List<String> opened = new ArrayList<>();
        robot.interact(() -> mainWindow.setLinkOpener(new LinkOpener(opened::add, url -> true)));
        window.timeline().clickEvent("invasion");
        Hyperlink link = (Hyperlink) window.quotes().byId("details-reference:0");
        robot.interact(link::fire);
        assertEquals(1, opened.size());
        assertTrue(opened.get(0).startsWith("https://www.lcil.cam.ac.uk/"), opened::toString);
        assertNull(robot.lookup(n -> "details-reference:1".equals(n.getId())).tryQuery().orElse(null), "one reference");
    }
}
