package org.balancingact.network;

import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/**
 * A relation drawn between two actor nodes: colour and dash pattern by type (set in CSS), an
 * arrowhead when the relation has a direction, a wide invisible stroke so it is easy to click, and a
 * label shown on hover and when selected.
 */
final class EdgeNode extends Group {
    private final Label label = new Label();

    EdgeNode(Relation relation, Timeline timeline, ActorNode from, ActorNode to, double offset, double em,
             javafx.scene.text.Font font) {
        getStyleClass().addAll("relation-edge", "type-" + relation.type().jsonValue());
        setId("relation:" + relation.id());
        String text = timeline.actorName(relation.fromId()) + " — " + relation.type().label() + " — "
                + timeline.actorName(relation.toId());
        setAccessibleRole(AccessibleRole.TEXT);
        setAutoSizeChildren(false); // children are placed by hand around the node's centre
        setAccessibleText(text + ", " + relation.when().inWords());

        double x0 = from.getLayoutX();
        double y0 = from.getLayoutY();
        double x1 = to.getLayoutX();
        double y1 = to.getLayoutY();
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len = Math.max(1e-6, Math.hypot(dx, dy));
        double nx = -dy / len;
        double ny = dx / len;
        double cx = (x0 + x1) / 2 + nx * offset * 2;
        double cy = (y0 + y1) / 2 + ny * offset * 2;
        // end on the target's rim so the arrowhead is visible
        double tx = x1 - cx;
        double ty = y1 - cy;
        double tlen = Math.max(1e-6, Math.hypot(tx, ty));
        double ex = x1 - tx / tlen * (to.radius() + 2);
        double ey = y1 - ty / tlen * (to.radius() + 2);

        QuadCurve hit = new QuadCurve(x0, y0, cx, cy, ex, ey);
        hit.getStyleClass().add("edge-hit");
        QuadCurve line = new QuadCurve(x0, y0, cx, cy, ex, ey);
        line.getStyleClass().add("edge-line");
        line.setMouseTransparent(true);
        getChildren().addAll(hit, line);

        if (relation.type().isDirected()) {
            double ux = tx / tlen;
            double uy = ty / tlen;
            double size = em * 0.6;
            Polygon head = new Polygon(
                    ex, ey,
                    ex - ux * size + uy * size * 0.55, ey - uy * size - ux * size * 0.55,
                    ex - ux * size - uy * size * 0.55, ey - uy * size + ux * size * 0.55);
            head.getStyleClass().add("edge-head");
            head.setMouseTransparent(true);
            getChildren().add(head);
        }

        label.setText(relation.type().label());
        label.getStyleClass().add("edge-label");
        label.setMouseTransparent(true);
        label.setManaged(false);
        label.setFont(font);
        javafx.scene.text.Text measure = new javafx.scene.text.Text(label.getText());
        measure.setFont(font);
        double lw = measure.getLayoutBounds().getWidth() + font.getSize() * 0.8;
        double lh = measure.getLayoutBounds().getHeight() + 2;
        // the curve's midpoint is halfway between the chord's middle and the control point
        double mx = (x0 + x1) / 4 + cx / 2;
        double my = (y0 + y1) / 4 + cy / 2;
        label.resizeRelocate(mx - lw / 2, my - lh / 2, lw, lh);
        label.setVisible(false);
        getChildren().add(label);

        Tooltip.install(this, new Tooltip(text + "\n" + relation.when().inWords()));
        setOnMouseEntered(e -> label.setVisible(true));
        setOnMouseExited(e -> label.setVisible(isSelectedLook()));
    }

    private boolean selectedLook;

    void showLabel(boolean show) {
        selectedLook = show;
        label.setVisible(show);
    }

    private boolean isSelectedLook() {
        return selectedLook;
    }
}
