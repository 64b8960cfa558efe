package org.balancingact.ui.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
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

    public NetworkPage(FxRobot robot) {
        this.robot = robot;
    }

    public ActorNetworkView view() {
        return robot.lookup("#actor-network").queryAs(ActorNetworkView.class);
    }

    public Node actor(String id) {
        settle();
        return robot.lookup(n -> ("actor:" + id).equals(n.getId())).tryQuery().orElse(null);
    }

    public Node relation(String id) {
        settle();
        return robot.lookup(n -> ("relation:" + id).equals(n.getId())).tryQuery().orElse(null);
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
     * Clicks the relation's curve near its middle, where no actor and no other relation lies on top of
     * it, as a user would aim.
     */
    public NetworkPage clickRelation(String id) {
        QuadCurve curve = (QuadCurve) relation(id).lookup(".edge-hit");
        List<javafx.geometry.Bounds> actors = robot.lookup(".actor-node").queryAll().stream()
                .map(n -> n.localToScreen(n.getBoundsInLocal())).toList();
        List<Node> otherEdges = robot.lookup(".edge-hit").queryAll().stream().filter(n -> n != curve).toList();
        Point2D target = null;
        for (double t : new double[] {0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85}) {
            double x = (1 - t) * (1 - t) * curve.getStartX() + 2 * (1 - t) * t * curve.getControlX() + t * t * curve.getEndX();
            double y = (1 - t) * (1 - t) * curve.getStartY() + 2 * (1 - t) * t * curve.getControlY() + t * t * curve.getEndY();
            Point2D p = curve.localToScreen(x, y);
            if (actors.stream().noneMatch(b -> b.contains(p))
                    && otherEdges.stream().noneMatch(e -> e.getParent().isVisible() && e.contains(e.screenToLocal(p)))) {
                target = p;
                break;
            }
        }
        robot.clickOn(target);
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

    public String changes() {
        return text("#network-changes");
    }

    public String chain() {
        return text("#network-chain");
    }

    private String text(String query) {
        settle();
        return robot.lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /**
     * Runs the layout pass the view has asked for, on the FX thread, so what a test reads is what the
     * next frame shows; without it a read can race the pulse on a loaded machine.
     */
    public void settle() {
        waitForLayout();
        robot.interact(() -> {
            view().applyCss();
            view().layout();
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

    public List<String> listRows() {
        return list().getRoot().getChildren().stream().map(i -> i.getValue().toString()).toList();
    }
}
