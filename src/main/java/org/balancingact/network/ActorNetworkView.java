package org.balancingact.network;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.index.ShortestChain;
import org.balancingact.model.DateRange;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/**
 * The actor network of the explorer state: actors as nodes whose shape and icon say their kind, and the
 * relations in force at the focus date (or, with {@link #anyTimeInViewProperty()}, at any time in the
 * timeline's visible range) as typed edges.
 */
public class ActorNetworkView extends Control {
    private final ExplorerState state;
    private final BooleanProperty anyTimeInView = new SimpleBooleanProperty(this, "anyTimeInView", false);
    private final ReadOnlyObjectWrapper<NetworkLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");
    private final BooleanProperty reduceMotion = new SimpleBooleanProperty(this, "reduceMotion", false);
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", false);
    private final BooleanProperty adjacencyListShown = new SimpleBooleanProperty(this, "adjacencyListShown", false);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final DoubleProperty panX = new SimpleDoubleProperty(this, "panX", 0);
    private final DoubleProperty panY = new SimpleDoubleProperty(this, "panY", 0);
    private final ObjectProperty<String> keyboardActor = new SimpleObjectProperty<>(this, "keyboardActor");
    private final ReadOnlyObjectWrapper<ChainEnds> chainEnds = new ReadOnlyObjectWrapper<>(this, "chainEnds");
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut", false);
    private final ObjectProperty<List<String>> featuredActors = new SimpleObjectProperty<>(this, "featuredActors", List.of()) {
        @Override
        protected void invalidated() {
            if (get() == null) {
                set(List.of());
            }
        }
    };
    private final ObjectProperty<NetworkScope> scope = new SimpleObjectProperty<>(this, "scope", NetworkScope.WHOLE_NETWORK) {
        @Override
        protected void invalidated() {
            if (get() == null) {
                set(NetworkScope.WHOLE_NETWORK);
            }
        }
    };
    private final ReadOnlyStringWrapper whatChanged = new ReadOnlyStringWrapper(this, "whatChanged", "");
    private final BooleanProperty whatChangedShown = new SimpleBooleanProperty(this, "whatChangedShown", true);
    private final BooleanProperty toolsShown = new SimpleBooleanProperty(this, "toolsShown", true);
    private long layoutRequest;
    /** One daemon thread computes layouts, one at a time, for every network view of the process. */
    private static final Executor LAYOUT_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "network-layout");
        thread.setDaemon(true);
        return thread;
    });

    public ActorNetworkView(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        getStyleClass().setAll("actor-network");
        setId("actor-network");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.PARENT);
        setAccessibleText(Messages.get("network.accessible"));
        layOut(false);
        state.timelineProperty().addListener((obs, was, now) -> {
            chainEnds.set(null);
            keyboardActor.set(null);
            layout.set(null); // the old dataset's places mean nothing for the new one
            layOut(false);
        });
        // the chain hangs off the selected actor: selecting anything else ends it
        state.selectionProperty().addListener((obs, was, now) -> {
            ChainEnds ends = chainEnds.get();
            if (ends != null && !Selection.actor(ends.from()).equals(now)) {
                chainEnds.set(null);
            }
        });
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

    /** Where the actors go; null until the first layout of the dataset is ready. */
    public NetworkLayout getLayout() {
        return layout.get();
    }

    /** True while a layout is being computed (in the background); the drawing keeps the old one meanwhile. */
    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    /** Re-runs the seeded layout, forgetting where the user dragged (and pinned) nodes; fits the view. */
    public void relayout() {
        layOut(true);
    }

    /**
     * Computes the layout of the state's dataset on a background thread, so that neither the window's
     * first frame nor a re-layout waits for it (a cold JVM took up to 1.7 s for 33 actors). The layout
     * is seeded: the same dataset gets the same places whichever thread computes them. A newer request
     * supersedes an older one still running.
     */
    private void layOut(boolean thenFit) {
        Timeline timeline = state.getTimeline();
        long request = ++layoutRequest;
        Task<NetworkLayout> task = new Task<>() {
            @Override
            protected NetworkLayout call() {
                return NetworkLayout.of(timeline);
            }
        };
        task.setOnSucceeded(e -> arrived(request, task.getValue(), thenFit));
        // a layout that fails leaves every actor in the middle, where dragging can still sort them out
        task.setOnFailed(e -> arrived(request, NetworkLayout.unplaced(), thenFit));
        layingOut.set(true);
        LAYOUT_THREAD.execute(task);
    }

    private void arrived(long request, NetworkLayout computed, boolean thenFit) {
        if (request != layoutRequest) {
            return; // a newer dataset or re-layout asked since
        }
        layout.set(computed);
        layingOut.set(false);
        if (thenFit) {
            fit();
        }
    }

    /** Shows the whole network again after zooming and panning. */
    public void fit() {
        zoom.set(1);
        panX.set(0);
        panY.set(0);
    }

    /** Switches the edge fades off, for people who get dizzy from motion and for benchmarks. */
    public BooleanProperty reduceMotionProperty() {
        return reduceMotion;
    }

    public boolean isReduceMotion() {
        return reduceMotion.get();
    }

    public void setReduceMotion(boolean value) {
        reduceMotion.set(value);
    }

    /** The key to shapes, colours and dashes; folded away by default so the graph gets the room. */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    /** Shows the network as a list of actors and their relations instead of a drawing (for screen readers). */
    public BooleanProperty adjacencyListShownProperty() {
        return adjacencyListShown;
    }

    /** Magnification of the drawing: 1 shows all of it, 2 twice as large. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Shift of the drawing in pixels, after zooming. */
    public DoubleProperty panXProperty() {
        return panX;
    }

    public DoubleProperty panYProperty() {
        return panY;
    }

    /** The actor the arrow keys are on (drawn with a focus ring), or null. */
    public ObjectProperty<String> keyboardActorProperty() {
        return keyboardActor;
    }

    /**
     * The two actors whose connection is highlighted (Ctrl+click). View-local on purpose: the
     * explorer state's selection stays the first actor, so the other views do not change.
     */
    public ReadOnlyObjectProperty<ChainEnds> chainEndsProperty() {
        return chainEnds.getReadOnlyProperty();
    }

    /** Highlights the shortest chain from the selected actor to {@code otherActor} among the relations shown. */
    public void connectTo(String otherActor) {
        if (state.getSelection() instanceof Selection.OfActor a && !a.id().equals(otherActor)) {
            chainEnds.set(new ChainEnds(a.id(), otherActor));
        } else {
            state.select(Selection.actor(otherActor));
        }
    }

    public void clearChain() {
        chainEnds.set(null);
    }

    /** The chain between the two ends among the relations shown now, if there is one. */
    public Optional<ShortestChain.Chain> chain() {
        ChainEnds ends = chainEnds.get();
        return ends == null ? Optional.empty() : ShortestChain.between(shownRelations(), ends.from(), ends.to());
    }

    /** The two actors of a chain: the selected one, and the one Ctrl+clicked. */
    public record ChainEnds(String from, String to) {
    }

    void moveActor(String actorId, double x, double y) {
        if (getLayout() == null) {
            return;
        }
        layout.set(getLayout().with(actorId, x, y));
    }

    // ---- what a host (the presenting stage) sets: actors brought forward, scope, what is said ----------

    /**
     * The actors brought forward, by id, in order of importance (default: none). Each is always drawn in
     * the graph, never on the shelf, whether or not a relation of theirs is in force; drawn larger
     * ({@code :featured}), named in bold, and placed first, so its name gets the best spot. Ids the
     * dataset does not know are left out. Set a new list to change them (the list is not watched);
     * {@code null} means none.
     */
    public ObjectProperty<List<String>> featuredActorsProperty() {
        return featuredActors;
    }

    public List<String> getFeaturedActors() {
        return featuredActors.get();
    }

    public void setFeaturedActors(List<String> ids) {
        featuredActors.set(ids == null ? List.of() : List.copyOf(ids));
    }

    /**
     * Which actors are drawn (default {@link NetworkScope#WHOLE_NETWORK}). With
     * {@link NetworkScope#FEATURED_NEIGHBOURHOOD} only the featured actors and their first neighbours, as
     * many neighbours as fit with a readable name at the current font size, and the relations shown among
     * them (in force on the focus date, or at any time in view); the box around them fills the drawing.
     * {@code null} means the whole network.
     */
    public ObjectProperty<NetworkScope> scopeProperty() {
        return scope;
    }

    public NetworkScope getScope() {
        return scope.get();
    }

    public void setScope(NetworkScope value) {
        scope.set(value);
    }

    /**
     * What changed between the date the network was last drawn at and the focus date, in the interface
     * language, read right in both directions of time: forwards "Since 3 February 2022: began Russia —
     * invades — Ukraine.", backwards "Going back from 24 February 2022: not yet in force: Russia — invades
     * — Ukraine." In a {@link NetworkScope#FEATURED_NEIGHBOURHOOD} only relations that touch a featured
     * actor are told. Empty until
     * the date moves after a first drawing, and while the view shows any time in view. The view writes it
     * under its header unless {@link #whatChangedShownProperty()} is false (for a host that says it in a
     * label of its own).
     */
    public ReadOnlyStringProperty whatChangedProperty() {
        return whatChanged.getReadOnlyProperty();
    }

    public String getWhatChanged() {
        return whatChanged.get();
    }

    void setWhatChanged(String text) {
        whatChanged.set(text == null ? "" : text);
    }

    /** Whether the view writes {@link #whatChangedProperty()} under its header itself (default true). */
    public BooleanProperty whatChangedShownProperty() {
        return whatChangedShown;
    }

    /**
     * Whether the header shows its tools (any time in view, fit, re-layout, key, list; default true).
     * The date line stays; keys (+, −, 0, arrows) keep working.
     */
    public BooleanProperty toolsShownProperty() {
        return toolsShown;
    }

    /**
     * The relations the view draws now, after the filter; in a {@link NetworkScope#FEATURED_NEIGHBOURHOOD}
     * those among the featured actors and their first neighbours (the drawing may leave out neighbours
     * that do not fit, and their relations with them).
     */
    public List<Relation> shownRelations() {
        List<Relation> all = relationsAfterFilter();
        return getScope() == NetworkScope.FEATURED_NEIGHBOURHOOD ? NetworkCast.neighbourhood(all, getFeaturedActors()) : all;
    }

    private List<Relation> relationsAfterFilter() {
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
