package org.balancingact.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.text.Font;
import org.balancingact.model.Actor;
import org.balancingact.model.ActorKind;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Relation;
import org.balancingact.model.RelationType;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * How faint an edge is drawn: dimmed by a selection, part-way through a fade, or both; its label,
 * made the first time it shows, as faint as the line. The edge as a whole keeps opacity 1, so JavaFX
 * never draws it through an off-screen image.
 */
@ExtendWith(ApplicationExtension.class)
class EdgeNodeTest {
    private static final double EPS = 1e-9;

    private static EdgeNode invades() {
        Actor russia = new Actor("russia", ActorKind.STATE, "Russia", Map.of(), List.of(), "", "", "");
        Actor ukraine = new Actor("ukraine", ActorKind.STATE, "Ukraine", Map.of(), List.of(), "", "", "");
        Relation relation = new Relation("r", "russia", "ukraine", RelationType.INVADES,
                HistoricalDate.parse("2022-02-24/.."), "", List.of(), "", List.of());
        Timeline timeline = new Timeline("t", "", List.of(), List.of(), List.of(russia, ukraine), List.of(relation),
                List.of(), List.of(), List.of());
        EdgeNode edge = new EdgeNode(relation, timeline, Font.font(12));
        edge.place(0, 0, 200, 0, 10, 0, 12);
        return edge;
    }

    private static double opacityOf(EdgeNode edge, String styleClass) {
        return edge.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains(styleClass))
                .findFirst().map(Node::getOpacity).orElseThrow();
    }

    @Test
    void aDimmedEdgeIsFaintOnItsShapesNotAsAWhole(FxRobot robot) {
        robot.interact(() -> {
            EdgeNode edge = invades();
            edge.setDimmed(true);
            assertEquals(EdgeNode.DIMMED_OPACITY, opacityOf(edge, "edge-line"), EPS);
            assertEquals(EdgeNode.DIMMED_OPACITY, opacityOf(edge, "edge-head"), EPS);
            assertEquals(1, edge.getOpacity(), EPS);
            edge.setDimmed(false);
            assertEquals(1, opacityOf(edge, "edge-line"), EPS);
        });
    }

    @Test
    void aFadeAndTheDimmingMultiply(FxRobot robot) {
        robot.interact(() -> {
            EdgeNode edge = invades();
            edge.setDimmed(true);
            edge.fadeProperty().set(0.5);
            assertEquals(0.5 * EdgeNode.DIMMED_OPACITY, opacityOf(edge, "edge-line"), EPS);
            assertEquals(0.5 * EdgeNode.DIMMED_OPACITY, opacityOf(edge, "edge-head"), EPS);
        });
    }

    @Test
    void aLabelShownLaterIsAsFaintAsTheLine(FxRobot robot) {
        robot.interact(() -> {
            EdgeNode edge = invades();
            edge.setDimmed(true);
            edge.showLabel(true);
            assertEquals(EdgeNode.DIMMED_OPACITY, opacityOf(edge, "edge-label"), EPS);
        });
    }

    @Test
    void theLineStopsWhereTheArrowheadBegins(FxRobot robot) {
        robot.interact(() -> {
            EdgeNode edge = invades();
            QuadCurve line = (QuadCurve) edge.lookup(".edge-line");
            Polygon head = (Polygon) edge.lookup(".edge-head");
            double tipX = head.getPoints().get(0);
            double baseX = (head.getPoints().get(2) + head.getPoints().get(4)) / 2;
            assertTrue(tipX > baseX, "the arrow points at Ukraine, to the right");
            assertEquals(baseX, line.getEndX(), 1e-6, "drawn faint, line and head would darken where they overlap");
        });
    }
}
