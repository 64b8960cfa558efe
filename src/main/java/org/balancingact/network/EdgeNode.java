package org.balancingact.network;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;
import javafx.scene.text.Font;
import org.balancingact.explore.Emphasis;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/**
 * A relation drawn between two actor nodes: colour and dash pattern by type (set in CSS), an
 * arrowhead when the relation has a direction, a wide invisible stroke so it is easy to click, and a
 * label shown on hover and when selected. Created once per relation and re-placed when its ends move.
 */
final class EdgeNode extends Group {
    /** How faint an edge is drawn when the selection leaves it out. */
    static final double DIMMED_OPACITY = 0.18;
    static final PseudoClass DENSE = PseudoClass.getPseudoClass("dense");
    private final Relation relation;
    /** The two ends in a fixed order: relations of one pair, either way round, are drawn fanned apart. */
    private final String pairKey;
    private final QuadCurve hit = new QuadCurve();
    private final QuadCurve line = new QuadCurve();
    private final Polygon head = new Polygon();
    private final Font font;
    /** Made the first time it is shown: a label per edge would be a thousand controls to style. */
    private Label label;
    private double labelX;
    private double labelY;
    private double labelWidth;
    private double labelHeight;
    private boolean selectedLook;
    private final double[] placedWith = new double[7];
    private boolean dimmed;
    /** The emphasis, chain and density last styled with: a date step restyles hundreds of edges, most unchanged. */
    private int styledAs = -1;
    /** Which drawing of the network last showed this edge (NetworkGraph's count). */
    int drawnIn;
    /**
     * How far faded in (0 to 1). Fading and dimming set the opacity of the line, the arrowhead and the
     * label, never of this group: a group of several shapes with an opacity below 1 is drawn through an
     * off-screen image of its bounds, which for hundreds of long edges made every fade frame, and every
     * frame with a selection, several times slower.
     */
    private final DoubleProperty fade = new SimpleDoubleProperty(this, "fade", 1);

    EdgeNode(Relation relation, Timeline timeline, Font font) {
        this.relation = relation;
        pairKey = relation.fromId().compareTo(relation.toId()) <= 0 ? relation.fromId() + "\u0000" + relation.toId()
                : relation.toId() + "\u0000" + relation.fromId();
        getStyleClass().addAll("relation-edge", "type-" + relation.type().jsonValue());
        setId("relation:" + relation.id());
        setAccessibleRole(AccessibleRole.TEXT);
        setAutoSizeChildren(false); // children are placed by hand
        setManaged(false);
        String text = spelled(relation, timeline);
        setAccessibleText(text + ", " + relation.when().inWords());

        hit.getStyleClass().add("edge-hit");
        line.getStyleClass().add("edge-line");
        line.setMouseTransparent(true);
        getChildren().addAll(hit, line);
        if (relation.type().isDirected()) {
            head.getStyleClass().add("edge-head");
            head.setMouseTransparent(true);
            getChildren().add(head);
        }

        this.font = font;

        fade.addListener(o -> applyOpacity());
        Tooltip.install(this, new Tooltip(text + "\n" + relation.when().inWords()));
        setOnMouseEntered(e -> setLabelShown(true));
        setOnMouseExited(e -> setLabelShown(selectedLook));
    }

    static String spelled(Relation relation, Timeline timeline) {
        return NetworkWords.name(timeline, relation.fromId()) + " — " + Messages.get("relation." + relation.type().jsonValue())
                + " — " + NetworkWords.name(timeline, relation.toId());
    }

    Relation relation() {
        return relation;
    }

    String pairKey() {
        return pairKey;
    }

    /**
     * Draws the edge from centre to centre; {@code offset} bends it sideways so that several relations
     * between one pair fan out instead of lying on top of each other.
     */
    void place(double x0, double y0, double x1, double y1, double targetRadius, double offset, double em) {
        double[] args = {x0, y0, x1, y1, targetRadius, offset, em};
        if (java.util.Arrays.equals(args, placedWith)) {
            return; // most edges stay put when the date moves: leave their geometry (and its redraw) alone
        }
        System.arraycopy(args, 0, placedWith, 0, args.length);
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
        double ex = x1 - tx / tlen * (targetRadius + 2);
        double ey = y1 - ty / tlen * (targetRadius + 2);
        for (QuadCurve curve : new QuadCurve[] {hit, line}) {
            curve.setStartX(x0);
            curve.setStartY(y0);
            curve.setControlX(cx);
            curve.setControlY(cy);
            curve.setEndX(ex);
            curve.setEndY(ey);
        }
        if (relation.type().isDirected()) {
            double ux = tx / tlen;
            double uy = ty / tlen;
            double size = em * 0.6;
            head.getPoints().setAll(
                    ex, ey,
                    ex - ux * size + uy * size * 0.55, ey - uy * size - ux * size * 0.55,
                    ex - ux * size - uy * size * 0.55, ey - uy * size + ux * size * 0.55);
            // the line stops at the arrowhead's base: drawn faint (dimmed, fading), the two would darken
            // where they overlap, each being drawn at its own opacity
            line.setEndX(ex - ux * size);
            line.setEndY(ey - uy * size);
        }
        // the curve's midpoint is halfway between the chord's middle and the control point
        double mx = (x0 + x1) / 4 + cx / 2;
        double my = (y0 + y1) / 4 + cy / 2;
        labelX = mx;
        labelY = my;
        if (label != null) {
            placeLabel();
        }
    }

    /**
     * Sets the look for the selection ({@code emphasis}), a highlighted chain and a dense network. Many
     * edges at once (dense) are drawn without antialiasing, which the software renderer does several
     * times faster, and with longer dashes in CSS ({@code :dense}), since it strokes every dash as a
     * shape of its own.
     */
    void style(Emphasis emphasis, boolean inChain, boolean dense) {
        int as = emphasis.ordinal() * 4 + (inChain ? 2 : 0) + (dense ? 1 : 0);
        if (as == styledAs) {
            return;
        }
        styledAs = as;
        line.setSmooth(!dense);
        head.setSmooth(!dense);
        pseudoClassStateChanged(DENSE, dense);
        NetworkGraph.emphasise(this, emphasis);
        pseudoClassStateChanged(ActorNode.CHAIN, inChain);
        setDimmed(emphasis == Emphasis.DIMMED && !inChain); // a chain stands out over the dimming
        showLabel(emphasis == Emphasis.SELECTED || inChain);
    }

    DoubleProperty fadeProperty() {
        return fade;
    }

    /** Faint when the selection leaves this relation out (the pseudo-class {@code :dimmed} says so to CSS). */
    void setDimmed(boolean dimmed) {
        if (dimmed != this.dimmed) {
            this.dimmed = dimmed;
            applyOpacity();
        }
    }

    private void applyOpacity() {
        double opacity = fade.get() * (dimmed ? DIMMED_OPACITY : 1);
        line.setOpacity(opacity);
        head.setOpacity(opacity);
        if (label != null) {
            label.setOpacity(opacity);
        }
    }

    void showLabel(boolean show) {
        selectedLook = show;
        setLabelShown(show);
    }

    private void setLabelShown(boolean show) {
        if (show && label == null) {
            label = new Label(Messages.get("relation." + relation.type().jsonValue()));
            label.getStyleClass().add("edge-label");
            label.setMouseTransparent(true);
            label.setManaged(false);
            label.setFont(font);
            javafx.scene.text.Text measure = new javafx.scene.text.Text(label.getText());
            // measured bold: CSS writes the selected relation's label in bold, and it must not be cut
            measure.setFont(javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize()));
            labelWidth = measure.getLayoutBounds().getWidth() + font.getSize() * 0.8;
            labelHeight = measure.getLayoutBounds().getHeight() + 2;
            getChildren().add(label);
            placeLabel();
            applyOpacity();
        }
        if (label != null) {
            label.setVisible(show);
        }
    }

    /** Whether the label is written for the selection or a chain now (not only while the pointer is on the edge). */
    boolean labelWritten() {
        return selectedLook;
    }

    /** Where the label may sit along the curve, from its middle outwards. */
    private static final double[] LABEL_SPOTS = {0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8,
        0.15, 0.85};

    /**
     * Moves a written label along the curve to the spot, from the middle outwards and first on the line,
     * then beside it, that covers least of what is drawn: none of {@code shapes} and {@code names} (in
     * the drawing's coordinates) if it can, else no name, else as little as it can.
     */
    void placeLabelClearOf(List<Bounds> shapes, List<Bounds> names) {
        if (label == null || !selectedLook) {
            return;
        }
        double nx = -(hit.getEndY() - hit.getStartY());
        double ny = hit.getEndX() - hit.getStartX();
        double length = Math.max(1e-6, Math.hypot(nx, ny));
        double[] aside = {0, labelHeight * 0.8, -labelHeight * 0.8, labelHeight * 1.6, -labelHeight * 1.6};
        double best = Double.MAX_VALUE;
        for (double shift : aside) {
            for (double t : LABEL_SPOTS) {
                double u = 1 - t;
                double x = u * u * hit.getStartX() + 2 * u * t * hit.getControlX() + t * t * hit.getEndX() + nx / length * shift;
                double y = u * u * hit.getStartY() + 2 * u * t * hit.getControlY() + t * t * hit.getEndY() + ny / length * shift;
                Bounds box = new BoundingBox(x - labelWidth / 2, y - labelHeight / 2, labelWidth, labelHeight);
                // a covered name costs far more than a covered shape
                double cost = 1000 * covered(box, names) + covered(box, shapes);
                if (cost < best) {
                    best = cost;
                    labelX = x;
                    labelY = y;
                }
                if (cost == 0) {
                    placeLabel();
                    return;
                }
            }
        }
        placeLabel();
    }

    private static double covered(Bounds box, List<Bounds> taken) {
        double area = 0;
        for (Bounds b : taken) {
            double w = Math.min(box.getMaxX(), b.getMaxX()) - Math.max(box.getMinX(), b.getMinX());
            double h = Math.min(box.getMaxY(), b.getMaxY()) - Math.max(box.getMinY(), b.getMinY());
            if (w > 0 && h > 0) {
                area += w * h;
            }
        }
        return area;
    }

    /** The label's text never changes, so it is measured once, when made; here it is only moved. */
    private void placeLabel() {
        label.resizeRelocate(labelX - labelWidth / 2, labelY - labelHeight / 2, labelWidth, labelHeight);
    }
}
