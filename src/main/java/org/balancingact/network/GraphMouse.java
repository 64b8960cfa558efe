package org.balancingact.network;

import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.balancingact.explore.Selection;

/**
 * The network's mouse: click an actor to select it, Ctrl+click a second one to connect them, drag an
 * actor to pin it, drag the background to pan, the wheel to zoom, a click on the background to clear
 * the selection.
 */
final class GraphMouse {
    private final NetworkGraph graph;
    private final ActorNetworkView view;
    private final DrawingPlacement placement;
    private final Predicate<String> drawn;
    private final Supplier<NodeArrangement.Mapping> mapping;
    private String draggingActor;
    private boolean dragged;
    private double panAnchorX = Double.NaN;
    private double panAnchorY;
    private boolean pressedDuringPreview;

    /**
     * @param drawn   whether an actor is drawn in the graph (a mark on the shelf is not dragged)
     * @param mapping from the layout's unit square to the drawing, as last drawn
     */
    GraphMouse(NetworkGraph graph, ActorNetworkView view, DrawingPlacement placement, Predicate<String> drawn,
            Supplier<NodeArrangement.Mapping> mapping) {
        this.graph = graph;
        this.view = view;
        this.placement = placement;
        this.drawn = drawn;
        this.mapping = mapping;
        install();
    }

    void wire(ActorNode node) {
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

    private void install() {
        // while a zoom preview shows, the drawing is hidden and a press lands on the background: bring the
        // drawing back at once, and do not let that press's click clear the selection
        graph.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressedDuringPreview = placement.isPreviewing();
            placement.end();
        });
        graph.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && draggingActor == null) {
                panAnchorX = e.getX() - view.panXProperty().get();
                panAnchorY = e.getY() - view.panYProperty().get();
            }
        });
        graph.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (draggingActor != null) {
                dragged = true;
                if (!drawn.test(draggingActor)) {
                    return; // a mark on the shelf stays on the shelf: it has no place in the drawing to pin
                }
                javafx.geometry.Point2D at = placement.toDrawing(e.getX(), e.getY());
                double[] unit = mapping.get().unit(at.getX(), at.getY());
                view.moveActor(draggingActor, unit[0], unit[1]);
            } else if (!Double.isNaN(panAnchorX)) {
                view.panXProperty().set(e.getX() - panAnchorX);
                view.panYProperty().set(e.getY() - panAnchorY);
            }
        });
        graph.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            draggingActor = null;
            panAnchorX = Double.NaN;
        });
        graph.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() == graph && e.isStillSincePress()
                    && !pressedDuringPreview) {
                view.getState().clearSelection();
            }
        });
        graph.addEventHandler(ScrollEvent.SCROLL, e -> {
            placement.zoomAbout(e.getX(), e.getY(), Math.exp(e.getDeltaY() / 300));
            e.consume();
        });
    }
}
