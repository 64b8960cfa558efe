package org.balancingact.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.balancingact.explore.Emphasis;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Highlights;
import org.balancingact.explore.Selection;
import org.balancingact.model.Actor;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/** Draws an {@link ActorNetworkView}: a header saying which date is shown, the graph, and a legend. */
public class ActorNetworkSkin extends SkinBase<ActorNetworkView> {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass RELATED = PseudoClass.getPseudoClass("related");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private final HBox header = new HBox();
    private final Label dateLabel = new Label();
    private final CheckBox anyTime = new CheckBox("Any time in view");
    private final Pane graph = new Pane();
    private final Pane edges = new Pane();
    private final Pane nodes = new Pane();
    private final NetworkLegend legend = new NetworkLegend();
    private final Text measure = new Text();
    private final Label fontProbe = new Label("M");
    private final Map<String, ActorNode> actorNodes = new LinkedHashMap<>();
    private String draggingActor;
    private boolean dragged;
    /** Nodes are rebuilt only when what they show changed, never on every layout pass. */
    private boolean dirty = true;
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    public ActorNetworkSkin(ActorNetworkView view) {
        super(view);
        header.getStyleClass().add("network-header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setSpacing(12);
        dateLabel.getStyleClass().add("network-date");
        dateLabel.setId("network-date");
        anyTime.selectedProperty().bindBidirectional(view.anyTimeInViewProperty());
        anyTime.setId("network-any-time");
        header.getChildren().addAll(dateLabel, anyTime);
        graph.getStyleClass().add("network-graph");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(graph.widthProperty());
        clip.heightProperty().bind(graph.heightProperty());
        graph.setClip(clip);
        edges.setPickOnBounds(false);
        nodes.setPickOnBounds(false);
        graph.getChildren().addAll(edges, nodes);
        getChildren().addAll(graph, header, legend);

        ExplorerState state = view.getState();
        registerInvalidationListener(state.timelineProperty(), o -> invalidate());
        registerInvalidationListener(state.highlightsProperty(), o -> invalidate());
        registerInvalidationListener(state.focusDateProperty(), o -> invalidate());
        registerInvalidationListener(state.visibleRangeProperty(), o -> {
            if (view.isAnyTimeInView()) {
                invalidate();
            }
        });
        registerInvalidationListener(state.filterProperty(), o -> invalidate());
        registerInvalidationListener(view.anyTimeInViewProperty(), o -> invalidate());
        registerInvalidationListener(view.layoutProperty(), o -> invalidate());
        // a hidden label tells the skin the font CSS gives this control (sizes follow the type scale)
        fontProbe.setVisible(false);
        fontProbe.setManaged(false);
        getChildren().add(fontProbe);
        registerInvalidationListener(fontProbe.fontProperty(), o -> invalidate());

        graph.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() == graph) {
                state.clearSelection();
            }
        });
        graph.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (draggingActor != null && graph.getWidth() > 0) {
                dragged = true;
                double[] inner = innerBox();
                view.moveActor(draggingActor, (e.getX() - inner[0]) / inner[2], (e.getY() - inner[1]) / inner[3]);
            }
        });
        graph.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> draggingActor = null);
    }

    private void invalidate() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    // The content is drawn to fit whatever size the window gives; it must never push the window.
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 80;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 320;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double headerH = header.prefHeight(w);
        header.resizeRelocate(x, y, w, headerH);
        // the legend is a strip under the graph, never on top of nodes
        double legendH = legend.prefHeight(w);
        legend.resizeRelocate(x, y + h - legendH, w, legendH);
        graph.resizeRelocate(x, y + headerH, w, Math.max(10, h - headerH - legendH));
        if (dirty || w != drawnWidth || h != drawnHeight) {
            dirty = false;
            drawnWidth = w;
            drawnHeight = h;
            redraw();
        }
    }

    /** Left, top, width and height of the box node centres live in, leaving room for labels. */
    private double[] innerBox() {
        measure.setFont(fontProbe.getFont());
        measure.setText("Lukashenko");
        double padX = measure.getLayoutBounds().getWidth() * 0.7 + 10;
        double padY = measure.getLayoutBounds().getHeight() * 2.2;
        double left = padX;
        double w = Math.max(10, graph.getWidth() - 2 * padX);
        double top = padY;
        double h = Math.max(10, graph.getHeight() - 2 * padY);
        return new double[] {left, top, w, h};
    }

    private void redraw() {
        ActorNetworkView view = getSkinnable();
        ExplorerState state = view.getState();
        Timeline timeline = state.getTimeline();
        dateLabel.setText(view.isAnyTimeInView()
                ? "Relations in force at any time from " + words(state.getVisibleRange().start()) + " to " + words(state.getVisibleRange().end())
                : "Relations in force on " + words(state.getFocusDate()));
        List<Relation> shown = view.shownRelations();
        if (legend.show(shown)) {
            getSkinnable().requestLayout(); // the strip's height may change with the types shown
        }
        Highlights highlights = state.getHighlights();
        double[] box = innerBox();
        NetworkLayout layout = view.getLayout();

        Map<String, Integer> degree = new HashMap<>();
        for (Relation r : shown) {
            degree.merge(r.fromId(), 1, Integer::sum);
            degree.merge(r.toId(), 1, Integer::sum);
        }
        measure.setText("M");
        double em = measure.getLayoutBounds().getHeight();

        nodes.getChildren().clear();
        actorNodes.clear();
        for (Actor actor : timeline.actors()) {
            double[] p = layout.positionOf(actor.id());
            int d = degree.getOrDefault(actor.id(), 0);
            double radius = em * (0.55 + 0.22 * Math.sqrt(d));
            ActorNode node = new ActorNode(actor, radius, d, state.getFocusDate(), labelFont());
            node.setManaged(false);
            node.setLayoutX(box[0] + p[0] * box[2]);
            node.setLayoutY(box[1] + p[1] * box[3]);
            emphasise(node, highlights.ofActor(actor.id()));
            if (d == 0 && highlights.ofActor(actor.id()) == Emphasis.NORMAL) {
                node.pseudoClassStateChanged(ActorNode.ISOLATED, true);
            }
            node.setOnMousePressed(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    draggingActor = actor.id();
                    dragged = false;
                    e.consume();
                }
            });
            node.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !dragged) {
                    state.select(Selection.actor(actor.id()));
                    view.requestFocus();
                }
                e.consume();
            });
            nodes.getChildren().add(node);
            actorNodes.put(actor.id(), node);
        }

        edges.getChildren().clear();
        Map<String, List<Relation>> byPair = new LinkedHashMap<>();
        for (Relation r : shown) {
            if (actorNodes.containsKey(r.fromId()) && actorNodes.containsKey(r.toId())) {
                byPair.computeIfAbsent(pairKey(r), k -> new ArrayList<>()).add(r);
            }
        }
        List<EdgeNode> selectedEdges = new ArrayList<>();
        for (List<Relation> pair : byPair.values()) {
            for (int i = 0; i < pair.size(); i++) {
                Relation r = pair.get(i);
                ActorNode from = actorNodes.get(r.fromId());
                ActorNode to = actorNodes.get(r.toId());
                // several relations between one pair fan out instead of lying on top of each other
                double offset = (i - (pair.size() - 1) / 2.0) * em * 1.1;
                if (!r.fromId().equals(pairKey(r).split("\u0000")[0])) {
                    offset = -offset;
                }
                EdgeNode edge = new EdgeNode(r, timeline, from, to, offset, em, labelFont());
                edge.setManaged(false);
                Emphasis emphasis = highlights.ofRelation(r.id());
                emphasise(edge, emphasis);
                edge.showLabel(emphasis == Emphasis.SELECTED);
                edge.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.PRIMARY) {
                        state.select(Selection.relation(r.id()));
                        view.requestFocus();
                        e.consume();
                    }
                });
                edges.getChildren().add(edge);
                if (emphasis == Emphasis.SELECTED || emphasis == Emphasis.RELATED) {
                    selectedEdges.add(edge);
                }
            }
        }
        selectedEdges.forEach(javafx.scene.Node::toFront);
    }

    private static String pairKey(Relation r) {
        return r.fromId().compareTo(r.toId()) <= 0 ? r.fromId() + "\u0000" + r.toId() : r.toId() + "\u0000" + r.fromId();
    }

    private static void emphasise(javafx.scene.Node node, Emphasis emphasis) {
        node.pseudoClassStateChanged(SELECTED, emphasis == Emphasis.SELECTED);
        node.pseudoClassStateChanged(RELATED, emphasis == Emphasis.RELATED);
        node.pseudoClassStateChanged(DIMMED, emphasis == Emphasis.DIMMED);
    }

    private static String words(java.time.LocalDate date) {
        return date == null ? "any date" : org.balancingact.model.HistoricalDate.ofDay(date).inWords();
    }

    /** Node labels are a little smaller than the control's text; sized from the type scale. */
    private javafx.scene.text.Font labelFont() {
        javafx.scene.text.Font base = fontProbe.getFont();
        return javafx.scene.text.Font.font(base.getFamily(), base.getSize() * 0.9);
    }

    /** The node drawn for an actor, for tests. */
    ActorNode actorNode(String id) {
        return actorNodes.get(id);
    }
}
