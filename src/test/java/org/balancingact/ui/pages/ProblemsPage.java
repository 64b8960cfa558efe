package org.balancingact.ui.pages;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import org.balancingact.data.Problem;
import org.testfx.api.FxRobot;

/** The docked problems panel: shown for a file that could not be opened or reloaded. */
public final class ProblemsPage {
    private final FxRobot robot;

    ProblemsPage(FxRobot robot) {
        this.robot = robot;
    }

    public boolean isShown() {
        return robot.lookup("#problems-panel").tryQuery().map(Node::isVisible).orElse(false);
    }

    @SuppressWarnings("unchecked")
    public List<Problem> entries() {
        return robot.lookup("#problems").tryQuery().map(n -> List.copyOf(((ListView<Problem>) n).getItems())).orElse(List.of());
    }

    /** The warnings, listed apart from the errors (a file that opened with rows left out, a guessed encoding). */
    @SuppressWarnings("unchecked")
    public List<Problem> warnings() {
        return robot.lookup("#warnings").tryQuery().filter(Node::isVisible)
                .map(n -> List.copyOf(((ListView<Problem>) n).getItems())).orElse(List.of());
    }

    /** Whether the errors' list is on screen (it is not when the file opened with warnings only). */
    public boolean showsErrors() {
        return robot.lookup("#problems").tryQuery().map(Node::isVisible).orElse(false);
    }

    public String header() {
        return robot.lookup("#problems-header").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** Clicks "Copy all" and returns what landed on the clipboard. */
    public String copyAll() {
        robot.clickOn("#problems-copy-all");
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    /** Selects the entry at {@code index} and presses Ctrl+C; returns the clipboard. */
    public String copyEntry(int index) {
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ListView<Problem> list = (ListView<Problem>) robot.lookup("#problems").query();
            list.getSelectionModel().clearAndSelect(index);
            list.requestFocus();
        });
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.C).release(javafx.scene.input.KeyCode.CONTROL);
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    public void close() {
        robot.clickOn("#problems-close");
    }
}
