package org.balancingact.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The shelf under the graph for actors with no relation shown: a title that counts them ("Not active on
 * this date: 12") and a small mark per actor, in rows. The marks are the actors' own nodes, so a click
 * selects, and they keep their ids and what a screen reader says; a mark is named above it on hover,
 * and beside it while selected or under the keyboard. Gathered here rather than strewn around the
 * graph's edges as unlabelled symbols, they neither take room from the names in the graph nor go
 * missing, as they would behind a toggle.
 */
final class ActorShelf extends Region {
    /** At most this many rows of marks (fewer where the room is low); the title's count still tells how many there are. */
    static final int MAX_ROWS = 3;
    private final Label title = new Label();
    private List<ActorNode> marks = List.of();
    private Set<String> named = Set.of();
    private double gap = 6;
    /** The most height the shelf may take; rows that do not fit are not shown. */
    private double room = Double.MAX_VALUE;

    ActorShelf() {
        getStyleClass().add("network-shelf");
        setId("network-shelf");
        title.getStyleClass().add("network-shelf-title");
        title.setId("network-shelf-title");
        title.setMinWidth(USE_PREF_SIZE);
        getChildren().add(title);
        setAccessibleRole(AccessibleRole.PARENT);
    }

    /**
     * Shows {@code nodes} on the shelf in this order under {@code titleText}; the actors in
     * {@code namedIds} (the selection, the keyboard's actor) are written beside their marks. Children are
     * added and removed only where the shelf's content changed.
     */
    void show(List<ActorNode> nodes, String titleText, Set<String> namedIds, double em, double room) {
        gap = Math.max(4, em * 0.45);
        this.room = room;
        title.setText(titleText);
        setAccessibleText(titleText);
        if (!nodes.equals(marks)) {
            List<ActorNode> leaving = new ArrayList<>(marks);
            leaving.removeAll(nodes);
            getChildren().removeAll(leaving);
            for (ActorNode node : nodes) {
                if (node.getParent() != this) {
                    getChildren().add(node);
                }
            }
            marks = List.copyOf(nodes);
        }
        named = namedIds;
        for (ActorNode node : marks) {
            boolean isNamed = named.contains(node.actor().id());
            node.setSingleLine(true);
            node.placeLabel(isNamed ? LabelPlacement.Side.RIGHT : LabelPlacement.Side.ABOVE, node.reach() + 2, false);
            if (isNamed) {
                node.applyCss(); // written bold when selected: measured as it will be drawn
            }
        }
        // in a pane too low for even one row of it (a projector's strip), the shelf steps aside whole
        setVisible(!nodes.isEmpty() && rowsAllowed() > 0);
        requestLayout();
    }

    /** How many rows fit in the room given, at most {@link #MAX_ROWS}. */
    private int rowsAllowed() {
        double rowH = rowHeight();
        double free = room - snappedTopInset() - snappedBottomInset();
        return (int) Math.max(0, Math.min(MAX_ROWS, Math.floor((free + gap / 2) / (rowH + gap / 2))));
    }

    private double rowHeight() {
        double markH = marks.isEmpty() ? 0 : 2 * marks.get(0).reach();
        return Math.max(title.prefHeight(-1), markH);
    }

    /** The marks now on the shelf, in order. */
    List<ActorNode> marks() {
        return marks;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (marks.isEmpty()) {
            return 0;
        }
        return arrange(width <= 0 ? getWidth() : width, false);
    }

    @Override
    protected void layoutChildren() {
        arrange(getWidth(), true);
    }

    /** Lays the title and the marks out in rows (or only measures, when {@code apply} is false); returns the height. */
    private double arrange(double width, boolean apply) {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double right = width - snappedRightInset();
        double titleW = title.prefWidth(-1);
        double titleH = title.prefHeight(-1);
        double rowH = rowHeight();
        int maxRows = Math.max(1, rowsAllowed());
        // rows after the first start under the first mark, unless the title takes most of the width
        double indent = left + titleW + gap * 2;
        if (indent > left + (right - left) / 2) {
            indent = left;
        }
        double x = left + titleW + gap * 2;
        int row = 0;
        for (ActorNode node : marks) {
            double w = 2 * node.reach() + (named.contains(node.actor().id()) ? gap / 2 + node.fullLabelSize()[0] : 0);
            if (x + w > right && x > indent) {
                row++;
                x = indent;
            }
            boolean fits = row < maxRows;
            if (apply) {
                node.setVisible(fits);
                node.setLayoutX(Math.round(x + node.reach()));
                node.setLayoutY(Math.round(top + Math.min(row, maxRows - 1) * (rowH + gap / 2) + rowH / 2));
            }
            x += w + gap;
        }
        int rows = Math.min(row, maxRows - 1) + 1;
        if (apply) {
            title.resizeRelocate(left, top + (rowH - titleH) / 2, titleW, titleH);
        }
        return top + rows * rowH + (rows - 1) * gap / 2 + snappedBottomInset();
    }
}
