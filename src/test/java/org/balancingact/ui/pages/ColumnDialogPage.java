package org.balancingact.ui.pages;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TablePreview;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialog that asks which columns of a table make the events (issue 17): its choices, its message,
 * its live preview, and the Open and Cancel buttons. What opening gave is there once the dialog closed.
 */
public final class ColumnDialogPage {
    private final FxRobot robot;
    private final AtomicReference<ReadResult> result;

    ColumnDialogPage(FxRobot robot, AtomicReference<ReadResult> result) {
        this.robot = robot;
        this.result = result;
    }

    public boolean isShown() {
        return robot.lookup("#column-dialog").tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Chooses the columns of a key in order ("title", "hromada", "raion", "oblast"), as picked in its lists. */
    @SuppressWarnings("unchecked")
    public ColumnDialogPage choose(String key, String... columns) {
        for (int i = 0; i < 3; i++) {
            ComboBox<String> box = robot.lookup("#column-" + key + "-" + i).query();
            String column = i < columns.length ? columns[i] : "";
            robot.interact(() -> box.setValue(column));
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    public String chosen(String key, int position) {
        ComboBox<String> box = robot.lookup("#column-" + key + "-" + position).query();
        return box.getValue();
    }

    @SuppressWarnings("unchecked")
    public ColumnDialogPage encoding(String name) {
        ComboBox<String> box = robot.lookup("#column-encoding").query();
        robot.interact(() -> box.setValue(name));
        return this;
    }

    public String message() {
        return robot.lookup("#column-dialog-message").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    public List<TablePreview.Row> previewRows() {
        TableView<TablePreview.Row> table = robot.lookup("#column-preview").query();
        return List.copyOf(table.getItems());
    }

    public boolean canOpen() {
        return !robot.lookup("#column-dialog-open").query().isDisabled();
    }

    /** Presses Open; returns what opening the file gave. */
    public ReadResult open() {
        return press("#column-dialog-open");
    }

    public ReadResult cancel() {
        return press("#column-dialog-cancel");
    }

    /** The button is fired rather than clicked: where a dialog lands on a headless screen is the platform's choice. */
    private ReadResult press(String id) {
        Button button = robot.lookup(id).query();
        robot.interact(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
        return result.get();
    }
}
