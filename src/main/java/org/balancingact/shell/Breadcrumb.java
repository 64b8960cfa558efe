package org.balancingact.shell;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Filter;
import org.balancingact.explore.Highlights;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Timeline;

/**
 * One line that says what is filtered and what is selected, and so why things are highlighted:
 * "Filter: themes War · dates Jan 2022 – May 2022 › Selected event “Russia invades Ukraine” —
 * highlights 5 actors, 2 relations, 2 quotes". Each part has a button that clears it.
 */
final class Breadcrumb extends HBox {
    private final ExplorerState state;
    private final Label filter = new Label();
    private final Label selection = new Label();
    private final Button clearFilter = new Button(Messages.get("breadcrumb.clearFilter"));
    private final Button clearSelection = new Button(Messages.get("breadcrumb.clearSelection"));

    Breadcrumb(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        setId("breadcrumb");
        getStyleClass().add("breadcrumb");
        setAlignment(Pos.CENTER_LEFT);
        filter.setId("breadcrumb-filter");
        selection.setId("breadcrumb-selection");
        clearFilter.setId("breadcrumb-clear-filter");
        clearSelection.setId("breadcrumb-clear-selection");
        clearFilter.getStyleClass().add("breadcrumb-clear");
        clearSelection.getStyleClass().add("breadcrumb-clear");
        clearFilter.setOnAction(e -> state.setFilter(Filter.NONE));
        clearSelection.setOnAction(e -> state.clearSelection());
        clearFilter.managedProperty().bind(clearFilter.visibleProperty());
        clearSelection.managedProperty().bind(clearSelection.visibleProperty());
        Label separator = new Label("›");
        separator.getStyleClass().add("breadcrumb-separator");
        // never cut: the short parts keep their width, the selection's sentence takes the rest and wraps
        // onto a second line when a narrow window (1024 px, a long language) needs it
        for (javafx.scene.control.Control fixed : List.of(clearFilter, separator, clearSelection)) {
            fixed.setMinWidth(USE_PREF_SIZE);
        }
        selection.setWrapText(true);
        selection.setMinWidth(0);
        selection.setMinHeight(USE_PREF_SIZE);
        setHgrow(selection, javafx.scene.layout.Priority.ALWAYS);
        filter.setWrapText(true);
        getChildren().addAll(filter, clearFilter, separator, selection, clearSelection);
        state.filterProperty().addListener((o, a, b) -> update());
        state.highlightsProperty().addListener((o, a, b) -> update());
        state.timelineProperty().addListener((o, a, b) -> update());
        update();
    }

    /** A long filter (several themes and actors) wraps within up to half the row; a short one keeps its width. */
    @Override
    protected void layoutChildren() {
        double room = Math.min(filter.prefWidth(-1), Math.max(0, getWidth() * 0.45));
        if (filter.getMinWidth() != room) {
            filter.setMinWidth(room);
            filter.setMaxWidth(room);
        }
        super.layoutChildren();
    }

    private void update() {
        Timeline timeline = state.getTimeline();
        Filter f = state.getFilter();
        filter.setText(describe(timeline, f));
        clearFilter.setVisible(f.isActive());
        selection.setText(describe(timeline, state.getHighlights()));
        clearSelection.setVisible(state.getSelection() != Selection.NONE);
    }

    static String describe(Timeline timeline, Filter f) {
        if (!f.isActive()) {
            return Messages.get("breadcrumb.showingEverything");
        }
        List<String> parts = new ArrayList<>();
        if (!f.themeIds().isEmpty()) {
            parts.add(Messages.get("breadcrumb.themes",
                    f.themeIds().stream().map(timeline::themeLabel).sorted().collect(Collectors.joining(", "))));
        }
        if (!f.actorIds().isEmpty()) {
            parts.add(Messages.get("breadcrumb.actors",
                    f.actorIds().stream().map(timeline::actorName).sorted().collect(Collectors.joining(", "))));
        }
        if (f.maxImportance() < 3) {
            parts.add(Messages.get(f.maxImportance() == 1 ? "breadcrumb.keyOnly" : "breadcrumb.keyAndNotable"));
        }
        if (f.from() != null || f.to() != null) {
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", Messages.locale());
            parts.add(Messages.get("breadcrumb.dates", f.from() == null ? "…" : month.format(f.from()),
                    f.to() == null ? "…" : month.format(f.to())));
        }
        return Messages.get("breadcrumb.filter", String.join(" · ", parts));
    }

    static String describe(Timeline timeline, Highlights h) {
        Selection s = h.selection();
        if (!h.isActive()) {
            return Messages.get("breadcrumb.nothingSelected");
        }
        String what = StatusLine.describe(timeline, s);
        if (s instanceof Selection.OfQuote q) {
            what = Messages.get("breadcrumb.selectedQuote", timeline.quote(q.id()).map(x -> shorten(x.text())).orElse(q.id()));
        }
        List<String> counts = new ArrayList<>();
        count(counts, h.events().size() - (s instanceof Selection.OfEvent ? 1 : 0), "event");
        count(counts, h.actors().size() - (s instanceof Selection.OfActor ? 1 : 0), "actor");
        count(counts, h.relations().size() - (s instanceof Selection.OfRelation ? 1 : 0), "relation");
        count(counts, h.quotes().size() - (s instanceof Selection.OfQuote ? 1 : 0), "quote");
        return what + (counts.isEmpty() ? "" : " " + Messages.get("breadcrumb.highlights", String.join(", ", counts)));
    }

    private static void count(List<String> parts, int n, String word) {
        if (n > 0) {
            parts.add(Messages.get("breadcrumb.count." + word + (n == 1 ? ".one" : ".other"), n));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 58) + "…";
    }
}
