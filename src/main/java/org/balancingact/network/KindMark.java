package org.balancingact.network;

import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Shape;
import javafx.scene.text.TextBoundsType;
import org.balancingact.model.ActorKind;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * What marks an actor's kind, twice over so that colour is never needed: a shape (circle for a person,
 * square for a state, hexagon for an organisation, diamond for a group) and a Material Design icon
 * inside it (a person, a flag, an office building, a group of people).
 * <p>
 * The shapes are plain {@link Shape}s stroked on their outline. A region with {@code -fx-shape} and a
 * border looks the same, but the software renderer strokes such a border through area geometry, which
 * cost a 1,000-actor network over a hundred milliseconds per frame.
 */
final class KindMark {
    private KindMark() {
    }

    static Ikon icon(ActorKind kind) {
        return switch (kind) {
            case PERSON -> MaterialDesignA.ACCOUNT;
            case STATE -> MaterialDesignF.FLAG;
            case ORGANISATION -> MaterialDesignD.DOMAIN;
            case GROUP -> MaterialDesignA.ACCOUNT_GROUP;
        };
    }

    /** The kind's shape, centred on (0, 0), {@link #size sized} to {@code radius}; style class "actor-shape". */
    static Shape shape(ActorKind kind, double radius) {
        Shape shape = kind == ActorKind.PERSON ? new Circle() : new Polygon();
        shape.getStyleClass().add("actor-shape");
        size(shape, kind, radius);
        return shape;
    }

    /** Resizes a shape made by {@link #shape}: it fits the square of side 2 × radius around (0, 0). */
    static void size(Shape shape, ActorKind kind, double r) {
        if (shape instanceof Circle circle) {
            circle.setRadius(r);
            return;
        }
        Polygon polygon = (Polygon) shape;
        switch (kind) {
            case STATE -> polygon.getPoints().setAll(-r * 0.9, -r * 0.9, r * 0.9, -r * 0.9, r * 0.9, r * 0.9, -r * 0.9, r * 0.9);
            case ORGANISATION -> polygon.getPoints().setAll(-r / 2, -r, r / 2, -r, r, 0.0, r / 2, r, -r / 2, r, -r, 0.0);
            default -> polygon.getPoints().setAll(0.0, -r * 1.1, r * 1.1, 0.0, 0.0, r * 1.1, -r * 1.1, 0.0);
        }
    }

    /** The kind's icon, centred on (0, 0), in a square of side {@code size} pixels; style class "actor-icon". */
    static FontIcon icon(ActorKind kind, int size) {
        FontIcon icon = new FontIcon(icon(kind));
        String style = icon.getStyle() == null ? "" : icon.getStyle().trim();
        icon.getProperties().put(FAMILY_STYLE, style.isEmpty() || style.endsWith(";") ? style : style + ";");
        icon.getStyleClass().add("actor-icon");
        icon.setMouseTransparent(true);
        icon.setManaged(false);
        icon.setBoundsType(TextBoundsType.VISUAL); // centre the glyph's ink, not the font's line box
        resize(icon, size);
        return icon;
    }

    static void resize(FontIcon icon, int size) {
        // An icon takes its size from its font, and the font a stylesheet gives the surrounding text
        // would win over sizes set in code: so the icon's whole font goes inline, where it wins. The
        // family part is the one Ikonli itself put inline when the icon was made.
        String family = (String) icon.getProperties().get(FAMILY_STYLE);
        icon.setStyle(family + "-fx-font-size: " + size + "px; -fx-icon-size: " + size + "px;");
        icon.setIconSize(size);
        var b = icon.getLayoutBounds();
        icon.relocate(-b.getWidth() / 2, -b.getHeight() / 2);
    }

    /** Icons smaller than this would be a smudge: such nodes show only their shape. */
    static final int SMALLEST_ICON = 12;
    private static final String FAMILY_STYLE = "balancingact.icon-family-style";

    /**
     * The icon's size for a node of this radius. Material Design glyphs fill about two thirds of their
     * size, so this puts the ink in the shape's inner part and leaves the outline free.
     */
    static int iconSize(double radius) {
        return (int) Math.round(radius * 1.6);
    }
}
