package org.balancingact.shell;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.balancingact.data.Problem;

/**
 * Lists every problem of a file that could not be opened, located and with a hint. The dataset on
 * screen stays as it was; the entries can be copied for a bug report or a message to a colleague.
 */
final class ProblemsDialog {
    private ProblemsDialog() {
    }

    static Alert show(Window owner, String file, List<Problem> problems) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle("Problems in " + file);
        alert.setHeaderText(problems.size() == 1 ? "This file has a problem, so it was not opened."
                : "This file has " + problems.size() + " problems, so it was not opened.");
        ListView<Problem> list = new ListView<>();
        list.setId("problems");
        list.getItems().setAll(problems);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                } else {
                    String where = p.line() > 0 ? "Line " + p.line() + ", column " + p.column() : "Whole file";
                    String pointer = p.pointer().isEmpty() ? "" : "  (" + p.pointer() + ")";
                    setText(where + pointer + "\n" + p.message() + (p.hint().isEmpty() ? "" : "\n→ " + p.hint()));
                    setWrapText(true);
                    setPrefWidth(0);
                }
            }
        });
        list.setPrefSize(720, 320);
        Label kept = new Label("What you were looking at is still shown. Fix the file and open it again.");
        VBox box = new VBox(8, list, kept);
        alert.getDialogPane().setContent(box);
        ButtonType copy = new ButtonType("Copy all", ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
            Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // keep the dialog open
        });
        alert.setResizable(true);
        alert.show();
        return alert;
    }
}
