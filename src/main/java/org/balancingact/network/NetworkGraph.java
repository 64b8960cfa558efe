package org.balancingact.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.CacheHint;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import org.balancingact.explore.Emphasis;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Highlights;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.index.Centrality;
import org.balancingact.index.ShortestChain;
import org.balancingact.model.Actor;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/**
 * The drawing of an {@link ActorNetworkView}: nodes and edges inside a group that zooms and pans.
 * Nodes and edges are made once per dataset and then only moved, restyled, added and removed, so a
 * date change costs little; edges that begin or end fade in and out unless motion is reduced.
 */
final class NetworkGraph extends Pane {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass RELATED = PseudoClass.getPseudoClass("related");
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");
    static final int SMOOTH_EDGES_AT_MOST = 300;
    /** Square ems of pane an actor needs for its shape at full size with its name. */
    static final double ROOM_PER_ACTOR_IN_EMS = 60;

    private final ActorNetworkView view;
    private final Group content = new Group();
    /** Said in the middle while the first layout of a dataset is computed in the background. */
    private final Label arranging = new Label(Messages.get("network.arranging"));
    private final Group edgeLayer = new Group();
    private final Group leavingLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Map<String, ActorNode> actorNodes = new LinkedHashMap<>();
    private List<String> actorIds = List.of();
    /** The actors drawn in the graph now (not on the shelf, not left out). */
    private final Set<String> drawnNow = new HashSet<>();
    /** Actors with no relation shown, under the drawing. */
    private final ActorShelf shelf = new ActorShelf();
    /** From the layout's unit square to the drawing, as last drawn (a drag pins an actor through it). */
    private NodeArrangement.Mapping mapping = new NodeArrangement.Mapping(0, 0, 1, 1);
    private final Map<String, EdgeNode> edgeNodes = new HashMap<>();
    private List<EdgeNode> edgesShown = new ArrayList<>();
    /** Counts the drawings of the edges: an edge marked with the previous count was shown before. */
    private int drawing = 1;
    private final Map<String, double[]> centres = new LinkedHashMap<>();
    private final EdgeFades fades;
    private Timeline builtFor;
    private Font builtWith;
    private double em = 12;
    private boolean drawnOnce;
    /** Where the drawing stands for the view's pan and zoom, and the picture shown while zooming. */
    private final DrawingPlacement placement;
    private final GraphMouse mouse;

    NetworkGraph(ActorNetworkView view) {
        this.view = view;
        fades = new EdgeFades(edgeLayer, leavingLayer, view::isReduceMotion);
        getStyleClass().add("network-graph");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        for (Group layer : List.of(edgeLayer, leavingLayer, nodeLayer)) {
            layer.setAutoSizeChildren(false);
        }
        leavingLayer.setMouseTransparent(true);
        content.setAutoSizeChildren(false);
        content.getChildren().addAll(edgeLayer, leavingLayer, nodeLayer);
        placement = new DrawingPlacement(this, view, content, () -> drawnOnce);
        arranging.getStyleClass().add("network-arranging");
        arranging.setManaged(false);
        arranging.setVisible(false);
        shelf.setManaged(false);
        shelf.setVisible(false);
        // the shelf is outside the drawing: it stays put while the drawing zooms and pans
        getChildren().addAll(content, placement.preview(), shelf, arranging);
        content.setCache(true);
        content.setCacheHint(CacheHint.QUALITY);
        mouse = new GraphMouse(this, view, placement, drawnNow::contains, () -> mapping);
    }

    // ---- drawing ---------------------------------------------------------------------------------

    /**
     * Brings the drawing up to date with the state; {@code font} is the control's label font, {@code shown}
     * the relations the view shows now (the skin has them already for the key and the list).
     */
    void render(Font font, List<Relation> shown) {
        ExplorerState state = view.getState();
        Timeline timeline = state.getTimeline();
        NetworkLayout layout = view.getLayout();
        placement.end(); // the drawing changes (a date, a selection, an arrangement): a zoom's picture would be stale
        arranging.setVisible(layout == null);
        content.setVisible(layout != null);
        centres.clear();
        if (layout == null) {
            shelf.setVisible(false);
            arranging.autosize();
            arranging.relocate((getWidth() - arranging.getWidth()) / 2, (getHeight() - arranging.getHeight()) / 2);
            // the first layout is still being computed: the nodes (and the icon font) are made when it
            // arrives, so that nothing of the network's drawing stands between the window and its first frame
            return;
        }
        if (timeline != builtFor || !font.equals(builtWith)) {
            rebuild(timeline, font);
        }
        LocalDate date = view.isAnyTimeInView() ? null : state.getFocusDate();
        Map<String, Integer> degree = Centrality.degrees(shown);
        Highlights highlights = state.getHighlights();
        ShortestChain.Chain chain = view.chain().orElse(null);
        Set<String> chainActors = chain == null ? Set.of() : Set.copyOf(chain.actorIds());
        Set<String> chainRelations = chain == null ? Set.of() : Set.copyOf(chain.relationIds());
        String keyboard = view.keyboardActorProperty().get();
        NetworkCast cast = NetworkCast.of(actorIds, shown, view.getFeaturedActors(), view.getScope());
        Set<String> featured = Set.copyOf(cast.featured());

        // the shelf first: the drawing gets the room above it
        List<ActorNode> shelved = new ArrayList<>(cast.shelved().size());
        Set<String> named = new HashSet<>();
        for (String id : cast.shelved()) {
            ActorNode node = actorNodes.get(id);
            Emphasis emphasis = highlights.ofActor(id);
            node.update(em * 0.45, 0, date, true);
            node.style(emphasis, true, layout.isPinned(id), chainActors.contains(id), id.equals(keyboard), false);
            node.setCrowded(false);
            show(node, true);
            if (emphasis == Emphasis.SELECTED || id.equals(keyboard)) {
                named.add(id);
            }
            shelved.add(node);
        }
        // the shelf takes at most a third of the pane: the drawing is what the view is for
        shelf.show(shelved, Messages.get(date == null ? "network.shelf.anyTime" : "network.shelf", shelved.size()), named, em,
                getHeight() / 3);
        double shelfHeight = shelf.isVisible() ? Math.ceil(shelf.prefHeight(getWidth())) : 0;
        shelf.resizeRelocate(0, getHeight() - shelfHeight, getWidth(), shelfHeight);
        double areaHeight = Math.max(10, getHeight() - shelfHeight);

        List<String> drawnIds = cast.drawn();
        boolean neighbourhood = view.getScope() == NetworkScope.FEATURED_NEIGHBOURHOOD && !featured.isEmpty();
        mapping = NodeArrangement.mapping(layout, neighbourhood ? drawnIds : null, getWidth(), areaHeight, em);
        // a small pane with large type (presenting at 1280x720) has no room for full-size shapes:
        // shrink them with the room per actor, so they can still be spaced apart
        double shrink = Math.max(0.55, Math.min(1, Math.sqrt(getWidth() * areaHeight
                / (Math.max(1, drawnIds.size()) * em * em * ROOM_PER_ACTOR_IN_EMS))));
        List<ActorNode> nodes = new ArrayList<>(drawnIds.size());
        double[] importance = new double[drawnIds.size()];
        for (int i = 0; i < drawnIds.size(); i++) {
            String id = drawnIds.get(i);
            ActorNode node = actorNodes.get(id);
            boolean inChain = chainActors.contains(id);
            boolean isFeatured = featured.contains(id);
            int d = degree.getOrDefault(id, 0);
            Emphasis emphasis = highlights.ofActor(id);
            // size by importance in this slice: the square root keeps hubs from swallowing the picture
            double size = Math.min(1.7, 0.7 + 0.2 * Math.sqrt(d));
            node.update(em * shrink * (isFeatured ? Math.max(1.3, size) : size), d, date, false);
            // the keyboard's place changes nothing but the ring: walking with arrows must not move nodes
            node.style(emphasis, false, layout.isPinned(id), inChain, id.equals(keyboard), isFeatured);
            node.setSingleLine(false);
            show(node, true); // CSS skips a hidden node: shown first, its name is measured in its real font
            if (drawnIds.size() <= LabelPlacement.MAX_ITEMS) {
                node.applyCss(); // the name's size now, bold or not, is what must not overlap
            }
            nodes.add(node);
            // who gets the best spot when names compete: the featured actors, the selection and the chain,
            // then the most connected
            importance[i] = d + (isFeatured ? 2000 : 0) + (emphasis == Emphasis.SELECTED ? 1000 : 0) + (inChain ? 500 : 0)
                    + (emphasis == Emphasis.RELATED ? 100 : 0);
        }
        int[] order = byImportance(importance);
        List<ActorNode> ordered = new ArrayList<>(order.length);
        double[][] wanted = new double[order.length][];
        boolean[] pinned = new boolean[order.length];
        boolean[] optional = new boolean[order.length];
        Set<String> neighbours = Set.copyOf(cast.neighbours());
        for (int k = 0; k < order.length; k++) {
            ActorNode node = nodes.get(order[k]);
            String id = node.actor().id();
            double[] p = layout.positionOf(id);
            ordered.add(node);
            wanted[k] = new double[] {mapping.x(p[0]), mapping.y(p[1])};
            pinned[k] = layout.isPinned(id);
            optional[k] = neighbours.contains(id);
        }
        boolean[] placed = NodeArrangement.arrange(ordered, wanted, pinned, optional, shown, getWidth(), areaHeight, em);
        drawnNow.clear();
        for (int k = 0; k < ordered.size(); k++) {
            ActorNode node = ordered.get(k);
            show(node, placed[k]);
            if (placed[k]) {
                drawnNow.add(node.actor().id());
                centres.put(node.actor().id(), new double[] {node.getLayoutX(), node.getLayoutY()});
            }
        }
        // everyone else (outside a featured neighbourhood) is not drawn at all
        Set<String> onShelf = Set.copyOf(cast.shelved());
        for (ActorNode node : actorNodes.values()) {
            String id = node.actor().id();
            if (!drawnNow.contains(id) && !onShelf.contains(id)) {
                show(node, false);
            }
        }
        shelf.layout();
        for (ActorNode node : shelved) {
            if (node.isVisible()) { // the arrow keys reach the shelf too: where its marks stand in the drawing
                javafx.geometry.Point2D at = placement.toDrawing(shelf.getLayoutX() + node.getLayoutX(),
                        shelf.getLayoutY() + node.getLayoutY());
                centres.put(node.actor().id(), new double[] {at.getX(), at.getY()});
            }
        }
        drawEdges(shown, highlights, chainRelations);
        drawnOnce = true;
    }

    /**
     * Puts a node where it belongs: on the shelf (which adds it there), in the drawing, or nowhere. A node
     * not drawn loses its id, so nothing (and no test) mistakes it for a shown one.
     */
    private void show(ActorNode node, boolean drawn) {
        boolean onShelf = node.getParent() == shelf;
        if (drawn && !onShelf && node.getParent() != nodeLayer) {
            nodeLayer.getChildren().add(node);
        }
        String id = drawn ? "actor:" + node.actor().id() : null;
        if (!java.util.Objects.equals(id, node.getId())) {
            node.setId(id);
        }
        if (!drawn && onShelf) {
            nodeLayer.getChildren().add(node); // off the shelf, hidden in the drawing
        }
        node.setVisible(drawn);
    }

    /** Indices by importance, the most important first; equal ones keep dataset order (a stable sort). */
    private static int[] byImportance(double[] importance) {
        return java.util.stream.IntStream.range(0, importance.length).boxed()
                .sorted((a, b) -> Double.compare(importance[b], importance[a]))
                .mapToInt(Integer::intValue).toArray();
    }

    private void drawEdges(List<Relation> shown, Highlights highlights, Set<String> chainRelations) {
        Map<String, List<EdgeNode>> byPair = new LinkedHashMap<>();
        for (Relation r : shown) {
            EdgeNode edge = edgeNodes.get(r.id());
            if (edge != null && drawnNow.contains(r.fromId()) && drawnNow.contains(r.toId())) {
                byPair.computeIfAbsent(edge.pairKey(), k -> new ArrayList<>(2)).add(edge);
            }
        }
        // hundreds of lines: drawn the cheaper way (EdgeNode.style)
        boolean dense = shown.size() > SMOOTH_EDGES_AT_MOST;
        // which edges were shown before and which are now: marked on the edges, not copied into sets
        int previous = drawing++;
        List<EdgeNode> now = new ArrayList<>(shown.size());
        List<EdgeNode> front = new ArrayList<>();
        for (List<EdgeNode> pair : byPair.values()) {
            for (int i = 0; i < pair.size(); i++) {
                EdgeNode edge = pair.get(i);
                Relation r = edge.relation();
                ActorNode from = actorNodes.get(r.fromId());
                ActorNode to = actorNodes.get(r.toId());
                double offset = (i - (pair.size() - 1) / 2.0) * em * 1.1;
                if (r.fromId().compareTo(r.toId()) > 0) {
                    offset = -offset; // the bend is measured from the pair's first end, whichever way the relation runs
                }
                edge.place(from.getLayoutX(), from.getLayoutY(), to.getLayoutX(), to.getLayoutY(), to.radius(), offset, em);
                Emphasis emphasis = highlights.ofRelation(r.id());
                boolean inChain = chainRelations.contains(r.id());
                edge.style(emphasis, inChain, dense);
                if (edge.drawnIn != previous) {
                    fades.enter(edge, drawnOnce);
                }
                edge.drawnIn = drawing;
                now.add(edge);
                if (emphasis == Emphasis.SELECTED || emphasis == Emphasis.RELATED || inChain) {
                    front.add(edge);
                }
            }
        }
        for (EdgeNode edge : edgesShown) {
            if (edge.drawnIn != drawing) {
                fades.leave(edge);
            }
        }
        edgesShown = now;
        front.forEach(Node::toFront);
        // a written relation label (the selection's, a chain's) keeps off the actors and their names
        List<Bounds> shapes = new ArrayList<>();
        List<Bounds> names = new ArrayList<>();
        for (EdgeNode edge : front) {
            if (edge.labelWritten()) {
                if (shapes.isEmpty()) {
                    drawnNow.forEach(id -> actorNodes.get(id).drawnBoxes(shapes, names));
                }
                edge.placeLabelClearOf(shapes, names);
            }
        }
    }

    private void rebuild(Timeline timeline, Font font) {
        builtFor = timeline;
        builtWith = font;
        javafx.scene.text.Text probe = new javafx.scene.text.Text("M");
        probe.setFont(font);
        em = probe.getLayoutBounds().getHeight();
        actorNodes.clear();
        edgeNodes.clear();
        edgesShown = new ArrayList<>();
        fades.clear();
        nodeLayer.getChildren().clear();
        shelf.show(List.of(), "", Set.of(), em, 0);
        drawnNow.clear();
        drawnOnce = false;
        actorIds = timeline.actors().stream().map(Actor::id).toList();
        for (Actor actor : timeline.actors()) {
            ActorNode node = new ActorNode(actor, font);
            mouse.wire(node);
            actorNodes.put(actor.id(), node);
            nodeLayer.getChildren().add(node);
        }
        for (Relation relation : timeline.relations()) {
            EdgeNode edge = new EdgeNode(relation, timeline, font);
            edge.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                    view.getState().select(Selection.relation(relation.id()));
                    view.requestFocus();
                    e.consume();
                }
            });
            edgeNodes.put(relation.id(), edge);
        }
    }

    static void emphasise(Node node, Emphasis emphasis) {
        node.pseudoClassStateChanged(SELECTED, emphasis == Emphasis.SELECTED);
        node.pseudoClassStateChanged(RELATED, emphasis == Emphasis.RELATED);
        node.pseudoClassStateChanged(DIMMED, emphasis == Emphasis.DIMMED);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        placement.layout();
    }

    /** Zooms by {@code factor} keeping the point under (x, y) still. */
    void zoomAbout(double x, double y, double factor) {
        placement.zoomAbout(x, y, factor);
    }

    // ---- for the skin, the keyboard and tests ----------------------------------------------------

    /** Centres of the drawn actors, unzoomed, in drawing order. */
    Map<String, double[]> centres() {
        return centres;
    }

    ActorNode actorNode(String id) {
        return actorNodes.get(id);
    }

    /** Edges fading in or out now (for the benchmark, which times a frame of the fade). */
    Set<EdgeNode> fading() {
        return fades.fading();
    }

    int edgesShownCount() {
        return edgesShown.size();
    }
}
