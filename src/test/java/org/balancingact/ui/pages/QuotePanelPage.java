package org.balancingact.ui.pages;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/** The source-quote panel: which quotes it shows, and clicking them or their chips. */
public final class QuotePanelPage {
    private final FxRobot robot;

    public QuotePanelPage(FxRobot robot) {
        this.robot = robot;
    }

    public Node quote(String id) {
        return robot.lookup(n -> ("quote:" + id).equals(n.getId())).tryQuery().orElse(null);
    }

    public boolean shows(String id) {
        return quote(id) != null;
    }

    /** Ids of the quote cards shown, top to bottom. */
    public List<String> quoteIds() {
        return robot.lookup(".quote-card").queryAll().stream()
                .map(n -> n.getId().substring("quote:".length())).toList();
    }

    public String textOf(String id) {
        return ((Label) quote(id).lookup(".quote-text")).getText();
    }

    public QuotePanelPage clickQuote(String id) {
        robot.clickOn(quote(id).lookup(".quote-text"));
        return this;
    }

    public QuotePanelPage clickChip(String kind, String id) {
        String chipId = "chip:" + kind + ":" + id;
        robot.clickOn(reveal(byId(chipId)));
        return this;
    }

    /** A node by id; ids with a colon cannot go through a CSS "#id" selector. */
    public Node byId(String id) {
        return robot.lookup(n -> id.equals(n.getId())).query();
    }

    /** Scrolls the panel so the node is visible, as a student scrolls before clicking. */
    public Node reveal(Node node) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroller = (javafx.scene.control.ScrollPane) panel().getCenter();
            Node content = scroller.getContent();
            // lay the cards out first: a card added this instant has no height yet, and the scroll
            // position computed from it would point past the end
            scroller.applyCss();
            scroller.layout();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double range = content.getBoundsInLocal().getHeight() - scroller.getViewportBounds().getHeight();
            if (range > 0) {
                scroller.setVvalue(Math.max(0, Math.min(1, (y - 20) / range)));
            }
            scroller.layout();
        });
        return node;
    }

    public org.balancingact.quotes.QuotePanel panel() {
        return robot.lookup("#quote-panel").queryAs(org.balancingact.quotes.QuotePanel.class);
    }

    /** Clicks the card's "Show in source" button. */
    public QuotePanelPage showInSource(String id) {
        robot.clickOn(reveal(byId("show-source:" + id)));
        return this;
    }

    public QuotePanelPage copyCitation(String id) {
        robot.clickOn(reveal(byId("copy-citation:" + id)));
        return this;
    }

    /** The reader's text nodes that show the quote being read. */
    public List<javafx.scene.text.Text> readerCurrentQuote() {
        return robot.lookup(".reader-quote-current").queryAllAs(javafx.scene.text.Text.class).stream().toList();
    }

    public List<javafx.scene.text.Text> readerOtherQuotes() {
        return robot.lookup(n -> n.getStyleClass().contains("reader-quote") || n.getStyleClass().contains("reader-quote-related"))
                .queryAllAs(javafx.scene.text.Text.class).stream().toList();
    }

    /** The first link to the actor in the reader's text. */
    public javafx.scene.text.Text actorLink(String actorId) {
        return robot.lookup(n -> n.getId() != null && n.getId().startsWith("reader-actor:" + actorId + ":"))
                .queryAllAs(javafx.scene.text.Text.class).stream()
                .min(java.util.Comparator.comparing(Node::getId, java.util.Comparator.comparingInt(
                        (String i) -> Integer.parseInt(i.substring(i.lastIndexOf(':') + 1))))).orElse(null);
    }

    /** True when the node's bounds on screen lie within the reader's visible part. */
    public boolean isScrolledIntoView(Node node) {
        javafx.scene.control.ScrollPane scroller = (javafx.scene.control.ScrollPane) panel().getCenter();
        javafx.geometry.Bounds view = scroller.localToScreen(scroller.getBoundsInLocal());
        javafx.geometry.Bounds it = node.localToScreen(node.getBoundsInLocal());
        return it.getMinY() >= view.getMinY() && it.getMaxY() <= view.getMaxY();
    }

    public boolean isSelected(String id) {
        return quote(id).getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected"));
    }
}
