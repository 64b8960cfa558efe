package org.balancingact.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.CacheHint;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
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
    /** In a network too large to space out, how many names are written (the most connected first). */
    static final int LABELLED_AT_MOST = 60;
    static final int SMOOTH_EDGES_AT_MOST = 300;
    /** Square ems of pane an actor needs for its shape at full size with its name. */
    static final double ROOM_PER_ACTOR_IN_EMS = 25;

    private final ActorNetworkView view;
    private final Group content = new Group();
    /** Said in the middle while the first layout of a dataset is computed in the background. */
    private final Label arranging = new Label(Messages.get("network.arranging"));
    private final Group edgeLayer = new Group();
    private final Group leavingLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Map<String, ActorNode> actorNodes = new LinkedHashMap<>();
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
    private String draggingActor;
    private boolean dragged;
    private double panAnchorX = Double.NaN;
    private double panAnchorY;
    /** Where the drawing stands for the view's pan and zoom, and the picture shown while zooming. */
    private final DrawingPlacement placement;
    private boolean pressedDuringPreview;

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
        getChildren().addAll(content, placement.preview(), arranging);
        content.setCache(true);
        content.setCacheHint(CacheHint.QUALITY);
        installMouse();
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
        double[] box = innerBox();
        // a small pane with large type (presenting at 1280x720) has no room for full-size shapes:
        // shrink them with the room per actor, so they can still be spaced apart
        double shrink = Math.max(0.55, Math.min(1, Math.sqrt(getWidth() * getHeight()
                / (Math.max(1, actorNodes.size()) * em * em * ROOM_PER_ACTOR_IN_EMS))));

        List<ActorNode> nodes = List.copyOf(actorNodes.values());
        List<NodeSpacing.Box> boxes = new ArrayList<>(nodes.size());
        double[] importance = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            ActorNode node = nodes.get(i);
            String id = node.actor().id();
            boolean inChain = chainActors.contains(id);
            int d = degree.getOrDefault(id, 0);
            Emphasis emphasis = highlights.ofActor(id);
            boolean keyboard = id.equals(view.keyboardActorProperty().get());
            // the keyboard's place changes nothing but the ring: walking with arrows must not move nodes
            boolean isolated = d == 0 && (emphasis == Emphasis.NORMAL || emphasis == Emphasis.DIMMED) && !inChain;
            // size by importance in this slice: the square root keeps hubs from swallowing the picture
            double radius = isolated ? em * 0.35 : em * shrink * Math.min(1.7, 0.7 + 0.2 * Math.sqrt(d));
            node.update(radius, d, date, isolated);
            node.style(emphasis, isolated, layout.isPinned(id), inChain, keyboard);
            if (nodes.size() <= NodeSpacing.MAX_BOXES) {
                node.applyCss(); // the label's width now, bold or not, is what must not overlap
            }
            double[] p = layout.positionOf(id);
            double half = isolated ? radius : Math.max(radius, node.labelWidth() / 2);
            double down = isolated ? radius : node.extentBelow();
            boxes.add(new NodeSpacing.Box(box[0] + p[0] * box[2], box[1] + p[1] * box[3], half, radius, down,
                    layout.isPinned(id)));
            // who gets the best spot when names compete: the selection and the chain, then the most connected
            importance[i] = d + (emphasis == Emphasis.SELECTED ? 1000 : 0) + (inChain ? 500 : 0)
                    + (emphasis == Emphasis.RELATED ? 100 : 0) - (isolated ? 10_000 : 0);
        }
        int[] order = byImportance(importance);
        if (boxes.size() <= NodeSpacing.MAX_BOXES) {
            List<NodeSpacing.Box> ordered = new ArrayList<>(boxes.size());
            for (int i : order) {
                ordered.add(boxes.get(i));
            }
            NodeSpacing.spread(ordered, getWidth(), getHeight(), em * 0.8, em * 0.2);
        } else {
            // too many names to space out: the most important keep theirs, the rest show on hover
            for (int k = LABELLED_AT_MOST; k < order.length; k++) {
                boxes.get(order[k]).crowded = true;
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            ActorNode node = nodes.get(i);
            NodeSpacing.Box b = boxes.get(i);
            // whole pixels: each node is a cached picture (ActorNode), which the software pipeline copies
            // when it lands on a whole pixel and resamples, several times slower, when it does not
            double x = Math.round(b.cx);
            double y = Math.round(b.cy);
            node.setLayoutX(x);
            node.setLayoutY(y);
            node.setCrowded(b.crowded);
            centres.put(node.actor().id(), new double[] {x, y});
        }
        drawEdges(shown, highlights, chainRelations);
        drawnOnce = true;
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
            if (edge != null && actorNodes.containsKey(r.fromId()) && actorNodes.containsKey(r.toId())) {
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
        drawnOnce = false;
        for (Actor actor : timeline.actors()) {
            ActorNode node = new ActorNode(actor, font);
            wireNode(node);
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

    /** Left, top, width and height of the box node centres live in, leaving room for labels. */
    private double[] innerBox() {
        double padX = em * 2.5;
        double padY = em * 1.5;
        return new double[] {padX, padY, Math.max(10, getWidth() - 2 * padX), Math.max(10, getHeight() - 3 * padY)};
    }

    static void emphasise(Node node, Emphasis emphasis) {
        node.pseudoClassStateChanged(SELECTED, emphasis == Emphasis.SELECTED);
        node.pseudoClassStateChanged(RELATED, emphasis == Emphasis.RELATED);
        node.pseudoClassStateChanged(DIMMED, emphasis == Emphasis.DIMMED);
    }

    // ---- mouse: select, Ctrl+click to connect, drag to pin, drag the background to pan, wheel to zoom ----

    private void wireNode(ActorNode node) {
        String id = node.actor().id();
        node.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                draggingActor = id;
                dragged = false;
                e.consume();
            }
        });
        node.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !dragged) {
                if (e.isShortcutDown()) {
                    view.connectTo(id);
                } else {
                    view.getState().select(Selection.actor(id));
                }
                view.keyboardActorProperty().set(id);
                view.requestFocus();
            }
            e.consume();
        });
    }

    private void installMouse() {
        // while a zoom preview shows, the drawing is hidden and a press lands on the background: bring the
        // drawing back at once, and do not let that press's click clear the selection
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressedDuringPreview = placement.isPreviewing();
            placement.end();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && draggingActor == null) {
                panAnchorX = e.getX() - view.panXProperty().get();
                panAnchorY = e.getY() - view.panYProperty().get();
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (draggingActor != null) {
                dragged = true;
                double[] box = innerBox();
                javafx.geometry.Point2D at = placement.toDrawing(e.getX(), e.getY());
                view.moveActor(draggingActor, (at.getX() - box[0]) / box[2], (at.getY() - box[1]) / box[3]);
            } else if (!Double.isNaN(panAnchorX)) {
                view.panXProperty().set(e.getX() - panAnchorX);
                view.panYProperty().set(e.getY() - panAnchorY);
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            draggingActor = null;
            panAnchorX = Double.NaN;
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() == this && e.isStillSincePress()
                    && !pressedDuringPreview) {
                view.getState().clearSelection();
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            zoomAbout(e.getX(), e.getY(), Math.exp(e.getDeltaY() / 300));
            e.consume();
        });
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
