package org.balancingact.ui.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.QuadCurve;
import org.balancingact.network.ActorNetworkView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The actor network as a user sees it: actors and relations by id, what is highlighted, its keys and list. */
public final class NetworkPage {
    private final FxRobot robot;
    /** The view this page reads, when it is not the one in the window (a stage's, or one in an unshown scene). */
    private final ActorNetworkView given;

    public NetworkPage(FxRobot robot) {
        this(robot, null);
    }

    /** A page for this very view: a host's network, or one laid out in a scene no window shows. */
    public NetworkPage(FxRobot robot, ActorNetworkView view) {
        this.robot = robot;
        this.given = view;
    }

    public ActorNetworkView view() {
        return given != null ? given : robot.lookup("#actor-network").queryAs(ActorNetworkView.class);
    }

    /** The actor's node, if the view draws it (in the graph or on the shelf); null if not. */
    public Node actor(String id) {
        return drawnWithId(".actor-node", "actor:" + id);
    }

    /** The relation's edge, if the view draws it; null if not. */
    public Node relation(String id) {
        return drawnWithId(".relation-edge", "relation:" + id);
    }

    private Node drawnWithId(String styleClass, String id) {
        settle();
        Node[] found = {null};
        robot.interact(() -> found[0] = view().lookupAll(styleClass).stream().filter(n -> id.equals(n.getId()))
                .findFirst().orElse(null));
        return found[0];
    }

    /** Clicks the actor's shape (its label is not a target, so a click on it does not miss). */
    public NetworkPage clickActor(String id) {
        robot.clickOn(actor(id).lookup(".actor-shape"));
        return this;
    }

    /** Ctrl+click (Cmd on a Mac): asks for the chain from the selected actor to this one. */
    public NetworkPage connectTo(String id) {
        robot.press(KeyCode.SHORTCUT);
        try {
            clickActor(id);
        } finally {
            robot.release(KeyCode.SHORTCUT);
        }
        return this;
    }

    /**
     * Clicks the relation's curve near its middle, at a point where no actor (shape or name) lies on top
     * of it and no relation drawn above it would catch the click, as a user would aim.
     */
    public NetworkPage clickRelation(String id) {
        Node edge = relation(id);
        QuadCurve curve = (QuadCurve) edge.lookup(".edge-hit");
        List<javafx.geometry.Bounds> actors = robot.lookup(".actor-node").queryAll().stream().filter(Node::isVisible)
                .map(n -> n.localToScreen(n.getBoundsInLocal())).toList();
        List<Node> siblings = edge.getParent().getChildrenUnmodifiable();
        // the relations drawn after this one are on top of it
        List<Node> above = siblings.subList(siblings.indexOf(edge) + 1, siblings.size()).stream()
                .map(e -> e.lookup(".edge-hit")).filter(java.util.Objects::nonNull).toList();
        Point2D target = null;
        // from the middle outwards: names beside their actors may lie on part of the curve
        for (double t : new double[] {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9}) {
            double x = (1 - t) * (1 - t) * curve.getStartX() + 2 * (1 - t) * t * curve.getControlX() + t * t * curve.getEndX();
            double y = (1 - t) * (1 - t) * curve.getStartY() + 2 * (1 - t) * t * curve.getControlY() + t * t * curve.getEndY();
            Point2D p = curve.localToScreen(x, y);
            if (actors.stream().noneMatch(b -> b.contains(p)) && above.stream().noneMatch(e -> e.contains(e.screenToLocal(p)))) {
                target = p;
                break;
            }
        }
        if (target == null) {
            throw new AssertionError("no point of relation " + id + " can be clicked: actors or relations lie over all of it");
        }
        robot.clickOn(target);
        return this;
    }

    /** The title of the shelf of actors with no relation shown ("Not active on this date: 12"), or empty. */
    public String shelfTitle() {
        settle();
        Node shelf = view().lookup("#network-shelf");
        return shelf != null && shownInScene(shelf) ? ((Label) view().lookup("#network-shelf-title")).getText() : "";
    }

    /** Rests the pointer on the actor's shape. */
    public NetworkPage hover(String id) {
        robot.moveTo(actor(id).lookup(".actor-shape"));
        return this;
    }

    /** What a screen reader is told for the actor's node. */
    public String actorSays(String id) {
        Node node = actor(id);
        String[] text = {null};
        robot.interact(() -> text[0] = (String) node.queryAccessibleAttribute(AccessibleAttribute.TEXT));
        return text[0];
    }

    /** The icon drawn in the actor's shape (e.g. "mdi2f-flag"), or empty if none is shown. */
    public String iconOf(String id) {
        Node node = actor(id);
        return node == null ? "" : node.lookupAll(".actor-icon").stream()
                .filter(Node::isVisible).map(n -> ((FontIcon) n).getIconCode().getDescription()).findFirst().orElse("");
    }

    /** The shape's class (Circle, Polygon...) and its outline's points, to tell kinds apart without colour. */
    public String shapeOf(String id) {
        Node shape = actor(id).lookup(".actor-shape");
        if (shape instanceof javafx.scene.shape.Polygon p) {
            // a square starts at a corner, a diamond at its top point
            return "Polygon" + p.getPoints().size() / 2 + (p.getPoints().get(0) == 0 ? " on its point" : "");
        }
        return shape.getClass().getSimpleName();
    }

    public boolean actorHas(String id, String pseudoClass) {
        Node node = actor(id);
        return node != null && node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    public boolean relationHas(String id, String pseudoClass) {
        Node node = relation(id);
        return node != null && node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    /** The label written on the relation's edge, or empty when none is shown. */
    public String relationLabel(String id) {
        Node edge = relation(id);
        Node label = edge == null ? null : edge.lookup(".edge-label");
        return label != null && label.isVisible() ? ((Label) label).getText() : "";
    }

    public boolean relationShown(String id) {
        return relation(id) != null;
    }

    /** Moves the time cursor, as dragging it in the timeline does. */
    public NetworkPage showDate(LocalDate date) {
        robot.interact(() -> view().getState().setFocusDate(date));
        return this;
    }

    public String dateShown() {
        return text("#network-date");
    }

    /** What changed, as the view writes it under its header (empty when it does not). */
    public String changes() {
        settle();
        Node label = view().lookup("#network-changes");
        return label != null && shownInScene(label) ? ((Label) label).getText() : "";
    }

    /** What changed, as the view offers it to a host (its {@code whatChanged} property), once drawn. */
    public String whatChanged() {
        settle();
        return view().getWhatChanged();
    }

    /** Whether a tool of the header (e.g. "network-fit") is on screen. */
    public boolean toolShown(String id) {
        settle();
        Node tool = view().lookup("#" + id);
        return tool != null && shownInScene(tool);
    }

    public String chain() {
        return text("#network-chain");
    }

    private String text(String query) {
        settle();
        Node label = view().lookup(query);
        return label == null ? "" : ((Label) label).getText();
    }

    /**
     * Runs the layout pass the view has asked for, on the FX thread, so what a test reads is what the
     * next frame shows; without it a read can race the pulse on a loaded machine.
     */
    public void settle() {
        waitForLayout();
        robot.interact(() -> {
            // from the scene's root: a scene no window shows (a size larger than the headless screen) has no pulse
            javafx.scene.Parent root = view().getScene().getRoot();
            root.applyCss();
            root.layout();
        });
    }

    /** The layout is computed in the background (so the window's first frame does not wait): wait for it. */
    public void waitForLayout() {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                boolean[] ready = {false};
                robot.interact(() -> ready[0] = view().getLayout() != null && !view().layingOutProperty().get());
                return ready[0];
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the network's layout did not arrive within 30 s", e);
        }
    }

    /**
     * Waits until the zoom has settled: while zooming the view shows a scaled picture, and the drawing,
     * whose actors can be clicked, comes back a moment after the last step.
     */
    public NetworkPage waitForDrawing() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                boolean[] previewing = {true};
                robot.interact(() -> previewing[0] = robot.lookup(".zoom-preview").queryAll().stream().anyMatch(Node::isVisible));
                return !previewing[0];
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the zoom did not settle within 10 s", e);
        }
        return this;
    }

    /** The centre of the drawing area on screen: keyboard zooms keep this point still. */
    public Point2D drawingCentre() {
        Node graph = robot.lookup(".network-graph").query();
        return graph.localToScreen(graph.getLayoutBounds().getWidth() / 2, graph.getLayoutBounds().getHeight() / 2);
    }

    public NetworkPage focus() {
        robot.interact(() -> view().requestFocus());
        return this;
    }

    public NetworkPage press(KeyCode... keys) {
        robot.type(keys);
        return this;
    }

    /** The actor the keyboard is on. */
    public String keyboardActor() {
        return view().keyboardActorProperty().get();
    }

    public String accessibleText() {
        return view().getAccessibleText();
    }

    /** Centre of an actor's node on screen. */
    public Point2D centreOf(String id) {
        Node node = actor(id);
        return node.localToScreen(0, 0);
    }

    public NetworkPage showList(boolean shown) {
        robot.interact(() -> view().adjacencyListShownProperty().set(shown));
        return this;
    }

    @SuppressWarnings("unchecked")
    public TreeView<Object> list() {
        return robot.lookup("#network-adjacency-list").queryAs(TreeView.class);
    }

    /** Clicks the list row for {@code kind} ("actor" or "relation") and id. */
    public NetworkPage clickListRow(String kind, String id) {
        String rowId = "adjacency:" + kind + ":" + id;
        robot.clickOn((Node) robot.lookup(n -> rowId.equals(n.getId())).query());
        return this;
    }

    /** The text of the selected row of the list, or empty. */
    public String selectedListRow() {
        Object item = list().getSelectionModel().getSelectedItem() == null ? null
                : list().getSelectionModel().getSelectedItem().getValue();
        return item == null ? "" : item.toString();
    }

    /**
     * What the network draws, in scene coordinates: for each actor drawn (in the graph or on the shelf) its
     * shape's box and, when its name is written, the name's box with its plate.
     */
    public record Drawn(String actorId, Bounds shape, Bounds label, boolean onShelf) {
    }

    public List<Drawn> drawn() {
        settle();
        List<Drawn> drawn = new ArrayList<>();
        robot.interact(() -> {
            for (Node node : view().lookupAll(".actor-node")) {
                if (node.getId() == null || !shownInScene(node)) {
                    continue;
                }
                Node shape = node.lookup(".actor-shape");
                Node plate = node.lookup(".actor-label-plate");
                Node name = node.lookup(".actor-label");
                Bounds label = name.isVisible() && plate.isVisible() ? plate.localToScene(plate.getBoundsInLocal()) : null;
                boolean onShelf = node.getParent() != null && node.getParent().getStyleClass().contains("network-shelf");
                drawn.add(new Drawn(node.getId().substring("actor:".length()), shape.localToScene(shape.getLayoutBounds()),
                        label, onShelf));
            }
        });
        return drawn;
    }

    /** The ids of the actors drawn in the graph (not on the shelf). */
    public Set<String> actorsInGraph() {
        return drawn().stream().filter(d -> !d.onShelf()).map(Drawn::actorId).collect(Collectors.toSet());
    }

    /** The ids of the actors on the shelf of those with no relation shown. */
    public Set<String> actorsOnShelf() {
        return drawn().stream().filter(Drawn::onShelf).map(Drawn::actorId).collect(Collectors.toSet());
    }

    /** The ids of the actors whose names are written (not hidden to hover), in the graph or on the shelf. */
    public Set<String> actorsNamed() {
        return drawn().stream().filter(d -> d.label() != null).map(Drawn::actorId).collect(Collectors.toSet());
    }

    /**
     * Every name that overlaps another name or another actor's shape, or reaches outside the drawing
     * area or onto the shelf, said in words ("Belarus's name overlaps the shape of Russia"); empty when
     * the picture is tidy.
     */
    public List<String> overlaps() {
        List<Drawn> drawn = drawn();
        Bounds[] area = new Bounds[2];
        robot.interact(() -> {
            Node graph = view().lookup(".network-graph");
            area[0] = graph.localToScene(graph.getLayoutBounds());
            Node shelf = view().lookup("#network-shelf");
            area[1] = shelf != null && shelf.isVisible() ? shelf.localToScene(shelf.getLayoutBounds()) : null;
        });
        List<String> found = new ArrayList<>();
        // a relation's written label (the selection's, a chain's) must not cover an actor or a name either
        List<Drawn> relationLabels = new ArrayList<>();
        robot.interact(() -> {
            for (Node edge : view().lookupAll(".relation-edge")) {
                Node label = edge.lookup(".edge-label");
                if (edge.getId() != null && label != null && shownInScene(label)) {
                    relationLabels.add(new Drawn(edge.getId(), null, label.localToScene(label.getLayoutBounds()), false));
                }
            }
        });
        for (Drawn r : relationLabels) {
            for (Drawn b : drawn) {
                if (b.label() != null && r.label().intersects(b.label())) {
                    found.add("the label of " + r.actorId() + " overlaps " + b.actorId() + "'s name");
                }
                if (r.label().intersects(b.shape())) {
                    found.add("the label of " + r.actorId() + " overlaps the shape of " + b.actorId());
                }
            }
        }
        for (Drawn a : drawn) {
            if (a.label() == null) {
                continue;
            }
            if (!a.onShelf() && !contains(area[0], a.label())) {
                found.add(a.actorId() + "'s name reaches outside the drawing: " + a.label());
            }
            if (!a.onShelf() && area[1] != null && a.label().intersects(area[1])) {
                found.add(a.actorId() + "'s name lies on the shelf");
            }
            for (Drawn b : drawn) {
                if (b == a) {
                    continue;
                }
                if (b.label() != null && a.actorId().compareTo(b.actorId()) < 0 && a.label().intersects(b.label())) {
                    found.add(a.actorId() + "'s name overlaps " + b.actorId() + "'s name");
                }
                if (a.label().intersects(b.shape())) {
                    found.add(a.actorId() + "'s name overlaps the shape of " + b.actorId());
                }
            }
        }
        return found;
    }

    private static boolean contains(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    private static boolean shownInScene(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public List<String> listRows() {
        return list().getRoot().getChildren().stream().map(i -> i.getValue().toString()).toList();
    }
}
