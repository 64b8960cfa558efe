package org.balancingact.network;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.balancingact.explore.ExplorerState;
import org.balancingact.model.DateRange;
import org.balancingact.model.Relation;

/**
 * The actor network of the explorer state: actors as nodes whose shape says their kind, and the
 * relations in force at the focus date (or, with {@link #anyTimeInViewProperty()}, at any time in the
 * timeline's visible range) as typed edges.
 */
public class ActorNetworkView extends Control {
    private final ExplorerState state;
    private final BooleanProperty anyTimeInView = new SimpleBooleanProperty(this, "anyTimeInView", false);
    private final ReadOnlyObjectWrapper<NetworkLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");

    public ActorNetworkView(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        getStyleClass().setAll("actor-network");
        setId("actor-network");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.PARENT);
        setAccessibleText("Actor network");
        layout.set(NetworkLayout.of(state.getTimeline()));
        state.timelineProperty().addListener((obs, was, now) -> layout.set(NetworkLayout.of(now)));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ActorNetworkSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return ActorNetworkView.class.getResource("network.css").toExternalForm();
    }

    public ExplorerState getState() {
        return state;
    }

    /** When true, edges are the relations in force at any time in the timeline's visible range. */
    public BooleanProperty anyTimeInViewProperty() {
        return anyTimeInView;
    }

    public boolean isAnyTimeInView() {
        return anyTimeInView.get();
    }

    public void setAnyTimeInView(boolean value) {
        anyTimeInView.set(value);
    }

    public ReadOnlyObjectProperty<NetworkLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public NetworkLayout getLayout() {
        return layout.get();
    }

    /** Re-runs the seeded layout, forgetting nodes the user dragged. */
    public void relayout() {
        layout.set(NetworkLayout.of(state.getTimeline()));
    }

    void moveActor(String actorId, double x, double y) {
        layout.set(getLayout().with(actorId, x, y));
    }

    /** The relations the view draws now, after the filter. */
    public List<Relation> shownRelations() {
        List<Relation> inForce;
        if (isAnyTimeInView()) {
            DateRange range = state.getVisibleRange();
            inForce = state.relationsInForce().during(range.start(), range.end());
        } else if (state.getFocusDate() != null) {
            inForce = state.relationsInForce().at(state.getFocusDate());
        } else {
            inForce = state.getTimeline().relations();
        }
        return inForce.stream().filter(state.getFilter()::accepts).toList();
    }
}
