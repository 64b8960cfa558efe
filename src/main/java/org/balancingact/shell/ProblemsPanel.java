package org.balancingact.shell;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancingact.data.Problem;
import org.balancingact.i18n.Messages;

/**
 * A docked, closable panel listing every problem of a file that could not be opened or reloaded:
 * file, line, column, JSON pointer, message and hint. It sits below the views, so the dataset shown
 * before stays in sight while the author fixes the file. Entries copy as {@code file:line:column: message}
 * (Ctrl+C, the context menu, or "Copy all"), the form editors and CI logs link to.
 */
final class ProblemsPanel extends VBox {
    private final Label header = new Label();
    private final ListView<Problem> list = new ListView<>();
    private final HBox bar;

    ProblemsPanel() {
        setId("problems-panel");
        getStyleClass().add("problems-panel");
        header.setId("problems-header");
        header.getStyleClass().add("problems-header");
        header.setWrapText(true);
        header.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(header, Priority.ALWAYS);
        Button copyAll = new Button(Messages.get("problems.copyAll"));
        copyAll.setId("problems-copy-all");
        copyAll.setOnAction(e -> copy(list.getItems()));
        Button close = new Button("✕");
        close.setId("problems-close");
        close.setTooltip(new Tooltip(Messages.get("problems.close")));
        close.setAccessibleText(Messages.get("problems.close"));
        close.setOnAction(e -> hide());
        bar = new HBox(8, header, copyAll, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("problems-bar");

        list.setId("problems");
        list.setAccessibleText(Messages.get("problems.accessible"));
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ProblemCell());
        list.setPrefHeight(180);
        MenuItem copy = new MenuItem(Messages.get("problems.copy"));
        copy.setId("problems-copy");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> copySelected());
        MenuItem copyEverything = new MenuItem(Messages.get("problems.copyAll"));
        copyEverything.setOnAction(e -> copy(list.getItems()));
        list.setContextMenu(new ContextMenu(copy, copyEverything));
        list.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copySelected();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        // the header and the list join the scene only when a file first fails: hidden, they would still
        // cost skins and CSS in front of the first frame
        setMinHeight(Region.USE_PREF_SIZE);
        hide();
    }

    /** Shows {@code problems} under {@code headerText}, which names the file and what failed (opening, reloading). */
    void show(String headerText, List<Problem> problems) {
        if (getChildren().isEmpty()) {
            getChildren().addAll(bar, list);
        }
        header.setText(headerText);
        list.getItems().setAll(problems);
        list.getSelectionModel().clearSelection();
        setVisible(true);
        setManaged(true);
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        list.getItems().clear();
    }

    boolean isShowing() {
        return isVisible();
    }

    private void copySelected() {
        List<Problem> selected = list.getSelectionModel().getSelectedItems();
        copy(selected.isEmpty() ? list.getItems() : selected);
    }

    private static void copy(List<Problem> problems) {
        ClipboardContent content = new ClipboardContent();
        content.putString(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * Where (file, line, column, pointer), then the message, then the hint: one entry per problem. Labels
     * as wide as the list wrap long messages instead of cutting them off.
     */
    private static final class ProblemCell extends ListCell<Problem> {
        private final Label where = new Label();
        private final Label message = new Label();
        private final Label hint = new Label();
        private final VBox box = new VBox(2, where, message, hint);

        ProblemCell() {
            where.getStyleClass().add("problem-where");
            message.getStyleClass().add("problem-message");
            hint.getStyleClass().add("problem-hint");
            for (Label label : List.of(where, message, hint)) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            listViewProperty().addListener((o, was, list) -> {
                if (list != null) {
                    for (Label label : List.of(where, message, hint)) {
                        label.prefWidthProperty().bind(list.widthProperty().subtract(36));
                    }
                }
            });
            setText(null);
        }

        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String at = p.line() > 0 ? Messages.get("problems.at", Integer.toString(p.line()), Integer.toString(p.column()))
                    : Messages.get("problems.wholeFile");
            where.setText(fileName(p.file()) + " — " + at + (p.pointer().isEmpty() ? "" : "   " + p.pointer()));
            message.setText(p.message());
            hint.setText(p.hint().isEmpty() ? "" : "→ " + p.hint());
            hint.setVisible(!p.hint().isEmpty());
            hint.setManaged(!p.hint().isEmpty());
            setGraphic(box);
            setAccessibleText(p.format());
        }

        private static String fileName(String file) {
            int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
            return slash >= 0 ? file.substring(slash + 1) : file;
        }
    }
}
