package org.balancingact.timeline;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.balancingact.explore.Emphasis;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Event;

/**
 * The timeline's events as a chronological list: the alternative for keyboard and screen-reader
 * users (each row reads as the event's accessible text) and for anyone who prefers reading to
 * looking. It is linked like every view: it selects through the explorer state and follows it.
 * A {@link ListView} is virtual, so a million rows cost only the visible cells.
 */
public class EventListView extends ListView<Event> {
    private final ExplorerState state;
    private boolean following;

    public EventListView(ExplorerState state) {
        this.state = state;
        setId("event-list");
        getStyleClass().add("event-list");
        setAccessibleText(Messages.get("timeline.list.accessible"));
        setCellFactory(list -> new EventCell());
        refill();
        state.timelineProperty().addListener(o -> refill());
        state.filterProperty().addListener(o -> refill());
        state.selectionProperty().addListener(o -> follow());
        state.highlightsProperty().addListener(o -> refresh());
        getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!following && now != null) {
                state.select(Selection.event(now.id()));
            }
        });
    }

    private void refill() {
        List<Event> shown = state.getTimeline().events().stream().filter(state.getFilter()::accepts).toList();
        setItems(FXCollections.observableList(shown));
        follow();
    }

    /** Shows the selection made anywhere: the selected event is selected and scrolled to here too. */
    private void follow() {
        following = true;
        try {
            if (state.getSelection() instanceof Selection.OfEvent e) {
                state.getTimeline().event(e.id()).ifPresent(event -> {
                    int at = getItems().indexOf(event);
                    if (at >= 0) {
                        getSelectionModel().select(at);
                        scrollTo(Math.max(0, at - 2));
                    }
                });
            } else {
                getSelectionModel().clearSelection();
            }
        } finally {
            following = false;
        }
    }

    private final class EventCell extends ListCell<Event> {
        EventCell() {
            setAccessibleRole(AccessibleRole.LIST_ITEM);
        }

        @Override
        protected void updateItem(Event event, boolean empty) {
            super.updateItem(event, empty);
            Emphasis emphasis = empty || event == null ? Emphasis.NORMAL : state.getHighlights().ofEvent(event.id());
            pseudoClassStateChanged(TimelineSkin.RELATED, emphasis == Emphasis.RELATED);
            pseudoClassStateChanged(TimelineSkin.DIMMED, emphasis == Emphasis.DIMMED);
            if (empty || event == null) {
                setText(null);
                setAccessibleText(null);
            } else {
                // the time of day an imported timestamp gave ("16:10:34+00:00"): the list can say it, the axis cannot
                setText(event.when().inWords() + (event.timeOfDay().isEmpty() ? "" : ", " + event.timeOfDay())
                        + " — " + EventText.label(event));
                setAccessibleText(EventText.accessibleText(event));
            }
        }
    }
}
