package org.balancingact.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Nodes reused from frame to frame: a new frame takes them in order with {@link #next()} and
 * {@link #finish()} hides the ones it did not need. Creating and styling nodes is what makes a frame
 * slow, moving them is cheap; a pool keeps the count at what the screen needs.
 */
final class NodePool<T extends Node> {
    private final Pane parent;
    private final Supplier<T> factory;
    private final List<T> nodes = new ArrayList<>();
    private int used;

    NodePool(Pane parent, Supplier<T> factory) {
        this.parent = parent;
        this.factory = factory;
    }

    /**
     * Creates hidden nodes up front, so they are styled with the first CSS pass instead of in the
     * first frames that need them (zooming from decades to years makes a dozen new tick labels).
     */
    void reserve(int count) {
        while (nodes.size() < count) {
            T node = factory.get();
            node.setManaged(false);
            node.setVisible(false);
            nodes.add(node);
            parent.getChildren().add(node);
        }
    }

    void begin() {
        used = 0;
    }

    T next() {
        if (used == nodes.size()) {
            T node = factory.get();
            node.setManaged(false);
            nodes.add(node);
            parent.getChildren().add(node);
        }
        T node = nodes.get(used++);
        node.setVisible(true);
        return node;
    }

    void finish() {
        for (int i = used; i < nodes.size(); i++) {
            nodes.get(i).setVisible(false);
        }
    }
}
