package org.balancingact.ui.pages;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.balancingact.index.TextSearch;
import org.testfx.api.FxRobot;

/** The search field and its grouped results, used from the keyboard as a student would. */
public final class SearchPage {
    private final FxRobot robot;

    public SearchPage(FxRobot robot) {
        this.robot = robot;
    }

    public TextField field() {
        return robot.lookup("#search-field").queryAs(TextField.class);
    }

    public boolean isFocused() {
        return field().isFocused();
    }

    /** Presses Ctrl+F wherever the focus is. */
    public SearchPage pressCtrlF() {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        return this;
    }

    public SearchPage type(String text) {
        robot.interact(() -> field().setText(text)); // Cyrillic cannot be typed through the robot's keyboard
        return this;
    }

    public SearchPage press(KeyCode... keys) {
        robot.type(keys);
        return this;
    }

    @SuppressWarnings("unchecked")
    public ListView<Object> results() {
        return (ListView<Object>) robot.lookup("#search-results").query();
    }

    /** Rows as "kind heading" or "kind:id", top to bottom. */
    public List<String> rows() {
        return results().getItems().stream().map(o -> o instanceof TextSearch.Hit h
                ? h.kind().name().toLowerCase() + ":" + h.id() : o instanceof TextSearch.Kind k ? k.plural() : o.toString()).toList();
    }

    public String highlighted() {
        Object item = results().getSelectionModel().getSelectedItem();
        return item instanceof TextSearch.Hit h ? h.kind().name().toLowerCase() + ":" + h.id() : "";
    }

    /** Types {@code text}, walks the results with the keyboard to "kind:id" and presses Enter; false if it is not listed. */
    public boolean find(String text, String kindAndId) {
        type(text);
        List<String> rows = rows();
        if (!rows.contains(kindAndId)) {
            return false;
        }
        for (int i = 0; i <= rows.size() && !highlighted().equals(kindAndId); i++) {
            press(KeyCode.DOWN);
        }
        press(KeyCode.ENTER);
        return true;
    }

    public Node resultsNode() {
        return results();
    }
}
