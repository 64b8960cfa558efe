package org.balancingact.network;

import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Highlights;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.index.Centrality;
import org.balancingact.model.Actor;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/**
 * The network as a list, for screen readers and for anyone who prefers reading to looking: each actor
 * with relations shown, most connected first, and under it its relations in words. A click or Enter
 * selects, like a click in the drawing; a selection made elsewhere is selected here too.
 */
final class AdjacencyList extends TreeView<AdjacencyList.Entry> {
    /** One row: what it says, and what selecting it selects. */
    record Entry(String text, Selection selection) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final ActorNetworkView view;
    private boolean updating;

    AdjacencyList(ActorNetworkView view) {
        this.view = view;
        setId("network-adjacency-list");
        getStyleClass().add("network-adjacency-list");
        setShowRoot(false);
        setRoot(new TreeItem<>(new Entry("", Selection.NONE)));
        setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setId(empty || item == null ? null : "adjacency:" + kind(item.selection()) + ":" + item.selection().id());
                setAccessibleText(empty || item == null ? null : item.text());
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                selectFocused();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selectFocused();
                e.consume();
            }
        });
    }

    private static String kind(Selection s) {
        return s instanceof Selection.OfActor ? "actor" : "relation";
    }

    private void selectFocused() {
        TreeItem<Entry> item = getSelectionModel().getSelectedItem();
        if (item != null && !updating) {
            view.getState().select(item.getValue().selection());
        }
    }

    /** Rebuilds the rows for the relations shown and selects the row of the current selection. */
    void show(List<Relation> shown) {
        ExplorerState state = view.getState();
        Timeline timeline = state.getTimeline();
        Map<String, Integer> degree = Centrality.degrees(shown);
        Highlights highlights = state.getHighlights();
        updating = true;
        try {
            getRoot().getChildren().clear();
            TreeItem<Entry> selected = null;
            List<Actor> actors = timeline.actors().stream().filter(a -> degree.containsKey(a.id()))
                    .sorted((a, b) -> Integer.compare(degree.get(b.id()), degree.get(a.id()))).toList();
            for (Actor actor : actors) {
                int d = degree.get(actor.id());
                TreeItem<Entry> row = new TreeItem<>(new Entry(Messages.get("network.list.actor", actor.displayName(),
                        Messages.get("actor.kind." + actor.kind().jsonValue()), d), Selection.actor(actor.id())));
                for (Relation r : shown) {
                    if (r.involves(actor.id())) {
                        TreeItem<Entry> child = new TreeItem<>(new Entry(EdgeNode.spelled(r, timeline) + ", "
                                + r.when().inWords(), Selection.relation(r.id())));
                        row.getChildren().add(child);
                        if (selected == null && state.getSelection().equals(Selection.relation(r.id()))) {
                            selected = child;
                            row.setExpanded(true);
                        }
                    }
                }
                if (state.getSelection().equals(Selection.actor(actor.id()))) {
                    selected = row;
                    row.setExpanded(true);
                } else if (highlights.isActive() && highlights.actors().contains(actor.id())) {
                    row.setExpanded(true);
                }
                getRoot().getChildren().add(row);
            }
            if (selected == null) {
                getSelectionModel().clearSelection();
            } else {
                getSelectionModel().select(selected);
                scrollTo(Math.max(0, getRow(selected) - 2));
            }
        } finally {
            updating = false;
        }
    }
}
