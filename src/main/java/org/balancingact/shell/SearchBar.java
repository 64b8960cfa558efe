package org.balancingact.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.index.TextSearch;
import org.balancingact.index.TextSearch.Hit;

/**
 * One search field (Ctrl+F) over events, actors, relations and quotes. Results drop down grouped
 * by kind; Down and Up walk them while the caret stays in the field, Enter selects the highlighted
 * result (or the first), Escape closes the list.
 */
final class SearchBar extends HBox {
    private static final int PER_KIND = 6;
    private final ExplorerState state;
    // a plain field: ControlsFX's clearable one looks up Modena colours that AtlantaFX does not define
    private final TextField field = new TextField();
    /** The drop-down list and its popup window: made on the first query, not in front of the first frame. */
    private ListView<Object> results;
    private Popup popup;
    private TextSearch search;

    SearchBar(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        setId("search-bar");
        getStyleClass().add("search-bar");
        field.setId("search-field");
        field.setPromptText(Messages.get("search.prompt"));
        HoverTooltip.install(field, Messages.get("search.tooltip"));
        field.setAccessibleText(Messages.get("search.accessible"));
        field.setPrefColumnCount(22);
        getChildren().add(field);

        // The index is built on the first query, not here: building it for the start-up dataset (and
        // again when the bundled one replaces the empty timeline) stood in front of the first frame.
        state.timelineProperty().addListener((o, a, b) -> {
            search = null;
            if (!field.getText().isEmpty()) {
                update();
            }
        });
        field.textProperty().addListener((o, a, b) -> update());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        sceneProperty().addListener((o, was, now) -> hideResults());
        field.focusedProperty().addListener((o, was, now) -> {
            if (now && hasResults()) {
                show();
            }
        });
    }

    /**
     * The results list, made with its popup on first use. A popup is a window with a scene of its own;
     * made with the search field, it was about 3 % of the JavaFX thread's time before the first frame
     * (issue 18, JFR).
     */
    private ListView<Object> resultList() {
        if (results == null) {
            results = new ListView<>();
            results.setId("search-results");
            results.getStyleClass().add("search-results");
            results.setCellFactory(v -> new ResultCell());
            results.setPrefWidth(520);
            results.setFocusTraversable(false);
            results.setOnMouseClicked(e -> choose());
            popup = new Popup();
            popup.getContent().add(results);
            popup.setAutoHide(true);
            popup.setAutoFix(true);
        }
        return results;
    }

    private boolean hasResults() {
        return results != null && !results.getItems().isEmpty();
    }

    private void hideResults() {
        if (popup != null) {
            popup.hide();
        }
    }

    /** Puts the caret in the field with its text selected, ready to type over. */
    void focus() {
        field.requestFocus();
        field.selectAll();
        if (hasResults()) {
            show();
        }
    }

    TextField field() {
        return field;
    }

    ListView<Object> results() {
        return resultList();
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> move(+1);
            case UP -> move(-1);
            case ENTER -> choose();
            case ESCAPE -> hideResults();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void update() {
        List<Object> rows = new ArrayList<>();
        TextSearch.Kind group = null;
        if (search == null) {
            search = new TextSearch(state.getTimeline());
        }
        List<Hit> hits = search.search(field.getText(), PER_KIND);
        for (Hit hit : hits) {
            if (hit.kind() != group) {
                group = hit.kind();
                rows.add(group);
            }
            rows.add(hit);
        }
        if (rows.isEmpty() && !field.getText().isBlank()) {
            rows.add(Messages.get("search.nothingFound", field.getText().strip()));
        }
        resultList();
        results.getItems().setAll(rows);
        results.setPrefHeight(Math.min(16, Math.max(1, rows.size())) * 2.0 * field.getFont().getSize() + 8);
        int first = rows.indexOf(hits.isEmpty() ? null : hits.get(0));
        if (first >= 0) {
            results.getSelectionModel().select(first);
        } else {
            results.getSelectionModel().clearSelection();
        }
        if (rows.isEmpty()) {
            popup.hide();
        } else if (field.isFocused()) {
            show();
        }
    }

    /** Moves the highlight to the next or previous result, skipping the group headings. */
    private void move(int step) {
        if (results == null) {
            return;
        }
        List<Object> rows = results.getItems();
        int at = results.getSelectionModel().getSelectedIndex();
        for (int i = at + step; i >= 0 && i < rows.size(); i += step) {
            if (rows.get(i) instanceof Hit) {
                results.getSelectionModel().select(i);
                results.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    private void choose() {
        if (results != null && results.getSelectionModel().getSelectedItem() instanceof Hit hit) {
            state.select(switch (hit.kind()) {
                case EVENT -> Selection.event(hit.id());
                case ACTOR -> Selection.actor(hit.id());
                case RELATION -> Selection.relation(hit.id());
                case QUOTE -> Selection.quote(hit.id());
            });
            popup.hide();
        }
    }

    private void show() {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return;
        }
        Bounds at = field.localToScreen(field.getBoundsInLocal());
        if (at != null && !popup.isShowing()) {
            popup.show(field, at.getMinX(), at.getMaxY());
        }
    }

    boolean resultsShowing() {
        return popup != null && popup.isShowing();
    }

    /** A group heading, a hit (with its kind said for screen readers) or a "nothing found" line. */
    private static final class ResultCell extends ListCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("search-heading", "search-hit", "search-empty");
            setDisable(false);
            if (empty || item == null) {
                setText(null);
                setId(null);
            } else if (item instanceof TextSearch.Kind kind) {
                setText(Messages.get("search.group." + kind.name().toLowerCase(java.util.Locale.ROOT)));
                setId(null);
                getStyleClass().add("search-heading");
                setDisable(true);
            } else if (item instanceof Hit hit) {
                String label = hit.label().length() > 90 ? hit.label().substring(0, 88) + "…" : hit.label();
                setText(hit.kind() == TextSearch.Kind.QUOTE ? "“" + label + "”" : label);
                setId("search-hit:" + hit.kind().name().toLowerCase() + ":" + hit.id());
                setAccessibleText(Messages.get("search.kind." + hit.kind().name().toLowerCase(java.util.Locale.ROOT)) + ": " + hit.label());
                getStyleClass().add("search-hit");
            } else {
                setText(item.toString());
                setId(null);
                getStyleClass().add("search-empty");
                setDisable(true);
            }
        }
    }
}
