package org.balancingact.shell;

import java.util.ArrayList;
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
 * A docked, closable panel listing the problems of a file: the errors that kept it from opening or
 * reloading, and, apart from them, the warnings said about a file that opened (rows an import left out,
 * a guessed encoding). Each entry shows file, line, column, pointer, message and hint. It sits below the
 * views, so the dataset stays in sight while the author fixes the file. Entries copy as
 * {@code file:line:column: message} (Ctrl+C, the context menu, or "Copy all"), the form editors and CI
 * logs link to. For an imported table, "Choose columns…" opens the column dialog again.
 */
final class ProblemsPanel extends VBox {
    /** The header, the buttons and the two lists: built when a file first has problems (see {@link Content}). */
    private Content content;
    /** What "Choose columns…" does, kept until the content exists; null hides the button. */
    private Runnable columnsAction;

    ProblemsPanel() {
        setId("problems-panel");
        getStyleClass().add("problems-panel");
        setMinHeight(Region.USE_PREF_SIZE);
        hide();
    }

    /**
     * Everything the panel shows. Made on the first {@link #show}: two list views with their context
     * menus, four buttons and labels were about 4 % of the JavaFX thread's time before the first frame
     * (issue 18, JFR), for a panel that most launches never show.
     */
    private final class Content {
        private final Label header = new Label();
        private final Label errorsHeading = new Label();
        private final Label warningsHeading = new Label();
        private final ListView<Problem> errors = new ListView<>();
        private final ListView<Problem> warnings = new ListView<>();
        private final Button columns = new Button(Messages.get("problems.columns"));
        private final HBox bar;

        Content() {
            header.setId("problems-header");
            header.getStyleClass().add("problems-header");
            header.setWrapText(true);
            header.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(header, Priority.ALWAYS);
            Button copyAll = new Button(Messages.get("problems.copyAll"));
            copyAll.setId("problems-copy-all");
            copyAll.setOnAction(e -> copy(all()));
            columns.setId("problems-columns");
            // tooltips made on first hover (HoverTooltip): each is a popup window
            HoverTooltip.install(columns, Messages.get("problems.columns.tooltip"));
            columns.managedProperty().bind(columns.visibleProperty());
            Button close = new Button("✕");
            close.setId("problems-close");
            HoverTooltip.install(close, Messages.get("problems.close"));
            close.setAccessibleText(Messages.get("problems.close"));
            close.setOnAction(e -> hide());
            for (Button button : List.of(columns, copyAll, close)) {
                button.setMinWidth(Region.USE_PREF_SIZE); // the header wraps instead
            }
            bar = new HBox(8, header, columns, copyAll, close);
            bar.setAlignment(Pos.CENTER_LEFT);
            bar.getStyleClass().add("problems-bar");

            setUp(errors, "problems", errorsHeading, "problems-errors-heading", Messages.get("problems.accessible"));
            setUp(warnings, "warnings", warningsHeading, "problems-warnings-heading", Messages.get("problems.warnings.accessible"));
            warnings.getStyleClass().add("warnings-list");
            // a file that opened: its warnings are a heads-up below the views, not a screen of their own
            warnings.setPrefHeight(110);
            applyColumnsAction();
        }

        void applyColumnsAction() {
            Runnable action = columnsAction;
            columns.setVisible(action != null);
            columns.setOnAction(action == null ? null : e -> action.run());
        }
    }

    private void setUp(ListView<Problem> list, String id, Label heading, String headingId, String accessibleText) {
        heading.setId(headingId);
        heading.getStyleClass().add("problems-section-heading");
        list.setId(id);
        list.setAccessibleText(accessibleText);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new ProblemCell());
        list.setPrefHeight(160);
        MenuItem copy = new MenuItem(Messages.get("problems.copy"));
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> copySelected(list));
        MenuItem copyEverything = new MenuItem(Messages.get("problems.copyAll"));
        copyEverything.setOnAction(e -> copy(all()));
        list.setContextMenu(new ContextMenu(copy, copyEverything));
        list.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copySelected(list);
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
    }

    /**
     * Shows {@code problems} under {@code headerText}, which names the file and what happened (it could
     * not be opened or reloaded; it opened with warnings). Errors and warnings are listed apart.
     */
    void show(String headerText, List<Problem> problems) {
        if (content == null) {
            content = new Content();
            getChildren().addAll(content.bar, content.errorsHeading, content.errors, content.warningsHeading, content.warnings);
        }
        content.header.setText(headerText);
        List<Problem> errorList = problems.stream().filter(p -> !p.isWarning()).toList();
        List<Problem> warningList = problems.stream().filter(Problem::isWarning).toList();
        section(content.errors, content.errorsHeading, errorList, "problems.errors");
        section(content.warnings, content.warningsHeading, warningList, "problems.warnings");
        setVisible(true);
        setManaged(true);
    }

    private static void section(ListView<Problem> list, Label heading, List<Problem> items, String headingKey) {
        list.getItems().setAll(items);
        list.getSelectionModel().clearSelection();
        heading.setText(Messages.get(headingKey, items.size()));
        for (javafx.scene.Node node : List.of(list, heading)) {
            node.setVisible(!items.isEmpty());
            node.setManaged(!items.isEmpty());
        }
    }

    /** What "Choose columns…" does; null hides the button (the file is not a table). */
    void setColumnsAction(Runnable action) {
        columnsAction = action;
        if (content != null) {
            content.applyColumnsAction();
        }
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        if (content != null) {
            content.errors.getItems().clear();
            content.warnings.getItems().clear();
        }
    }

    boolean isShowing() {
        return isVisible();
    }

    private List<Problem> all() {
        List<Problem> all = new ArrayList<>();
        if (content != null) {
            all.addAll(content.errors.getItems());
            all.addAll(content.warnings.getItems());
        }
        return all;
    }

    private void copySelected(ListView<Problem> list) {
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
     * as wide as the list wrap long messages instead of cutting them off. A warning has its own style class.
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
