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
        robot.clickOn((Node) robot.lookup(n -> chipId.equals(n.getId())).query());
        return this;
    }

    public boolean isSelected(String id) {
        return quote(id).getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected"));
    }
}
