package org.balancingact.quotes;

import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.shape.Path;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.Region;

/**
 * One paragraph of the source reader: its text flow, a highlight drawn behind the quote being read,
 * and the passage the student drags over. A drag reports its character range in the paragraph.
 */
final class ReaderParagraph extends Region {
    private final TextFlow flow;
    private final Path mark = new Path();
    private final Path passage = new Path();
    private int markStart = -1;
    private int markEnd = -1;
    private int anchor = -1;
    private int dragEnd = -1;

    ReaderParagraph(TextFlow flow, BiConsumer<Integer, Integer> onPassage) {
        this.flow = flow;
        getStyleClass().add("reader-paragraph");
        mark.getStyleClass().add("reader-mark");
        passage.getStyleClass().add("reader-passage");
        mark.setManaged(false);
        passage.setManaged(false);
        mark.setMouseTransparent(true);
        passage.setMouseTransparent(true);
        getChildren().addAll(mark, passage, flow);
        setOnMousePressed(e -> {
            anchor = charAt(e.getX(), e.getY());
            dragEnd = anchor;
            passage.getElements().clear();
        });
        setOnMouseDragged(e -> {
            dragEnd = charAt(e.getX(), e.getY());
            passage.getElements().setAll(flow.rangeShape(Math.min(anchor, dragEnd), Math.max(anchor, dragEnd)));
        });
        setOnMouseReleased(e -> {
            if (anchor >= 0 && dragEnd >= 0 && anchor != dragEnd) {
                onPassage.accept(Math.min(anchor, dragEnd), Math.max(anchor, dragEnd));
            }
            anchor = -1;
        });
    }

    private int charAt(double x, double y) {
        return flow.hitTest(new Point2D(x - flow.getLayoutX(), y - flow.getLayoutY())).getInsertionIndex();
    }

    /** Marks the quote being read, from {@code start} to {@code end} within this paragraph. */
    void markRange(int start, int end) {
        markStart = start;
        markEnd = end;
        requestLayout();
    }

    boolean hasMark() {
        return markStart >= 0;
    }

    /** Top of the marked quote within this paragraph, for scrolling it into view. */
    double markTop() {
        return mark.getBoundsInParent().isEmpty() ? 0 : mark.getBoundsInParent().getMinY();
    }

    /** Height follows width, as for wrapped text: without this a VBox lays every paragraph out on one line's height. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200; // any width fits: the text wraps
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0) {
            width = getWidth() > 0 ? getWidth() : 600;
        }
        return flow.prefHeight(width - snappedLeftInset() - snappedRightInset()) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        flow.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, flow.prefHeight(w));
        flow.layout();
        if (markStart >= 0) {
            mark.getElements().setAll(flow.rangeShape(markStart, markEnd));
            mark.setLayoutX(flow.getLayoutX());
            mark.setLayoutY(flow.getLayoutY());
        }
        passage.setLayoutX(flow.getLayoutX());
        passage.setLayoutY(flow.getLayoutY());
    }
}
