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

/**
 * A docked, closable panel listing every problem of a file that could not be opened or reloaded:
 * file, line, column, JSON pointer, message and hint. It sits below the views, so the dataset shown
 * before stays in sight while the author fixes the file. Entries copy as {@code file:line:column: message}
 * (Ctrl+C, the context menu, or "Copy all"), the form editors and CI logs link to.
 */
final class ProblemsPanel extends VBox {
    private final Label header = new Label();
    private final ListView<Problem> list = new ListView<>();

    ProblemsPanel() {
        setId("problems-panel");
        getStyleClass().add("problems-panel");
        header.setId("problems-header");
        header.getStyleClass().add("problems-header");
        header.setWrapText(true);
        header.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(header, Priority.ALWAYS);
        Button copyAll = new Button("Copy all");
        copyAll.setId("problems-copy-all");
        copyAll.setOnAction(e -> copy(list.getItems()));
        Button close = new Button("✕");
        close.setId("problems-close");
        close.setTooltip(new Tooltip("Close the problems panel"));
        close.setAccessibleText("Close the problems panel");
        close.setOnAction(e -> hide());
        HBox bar = new HBox(8, header, copyAll, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("problems-bar");

        list.setId("problems");
        list.setAccessibleText("Problems in the file");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ProblemCell());
        list.setPrefHeight(180);
        MenuItem copy = new MenuItem("Copy");
        copy.setId("problems-copy");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> copySelected());
        MenuItem copyEverything = new MenuItem("Copy all");
        copyEverything.setOnAction(e -> copy(list.getItems()));
        list.setContextMenu(new ContextMenu(copy, copyEverything));
        list.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copySelected();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(bar, list);
        setMinHeight(Region.USE_PREF_SIZE);
        hide();
    }

    /** Shows the problems of {@code file}; {@code what} says what failed ("could not be opened", "reload"). */
    void show(String file, String what, List<Problem> problems) {
        header.setText(file + " " + what + ": " + (problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                + ". What you were looking at is still shown; fix the file and it opens again.");
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
            String at = p.line() > 0 ? "line " + p.line() + ", column " + p.column() : "whole file";
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
