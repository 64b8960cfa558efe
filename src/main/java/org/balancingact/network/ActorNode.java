package org.balancingact.network;

import java.time.LocalDate;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.balancingact.explore.Emphasis;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Actor;
import org.balancingact.model.HistoricalDate;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An actor on the network: a shape and an icon that say its kind ({@link KindMark}) — never colour
 * alone — and its name under it. The node's origin is the shape's centre. Nodes live as long as the
 * dataset: a date change only resizes those whose number of relations changed, so the scene graph is
 * not rebuilt, nor every node restyled, each time the cursor moves.
 */
final class ActorNode extends Group {
    static final PseudoClass ISOLATED = PseudoClass.getPseudoClass("isolated");
    static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");
    static final PseudoClass KEYBOARD = PseudoClass.getPseudoClass("keyboard");
    static final PseudoClass CROWDED = PseudoClass.getPseudoClass("crowded");
    static final PseudoClass CHAIN = PseudoClass.getPseudoClass("chain");
    private final Actor actor;
    private final Shape shape;
    private final FontIcon icon;
    private final Text name;
    /** A pale plate behind the name keeps it readable where an edge passes under it (cheaper than a text halo). */
    private final Region plate = new Region();
    private double radius = -1;
    /** The states last styled with: a date step passes over a thousand nodes, most of them unchanged. */
    private int styledAs = -1;
    private boolean crowded;
    private int relationsInForce;
    private LocalDate date;

    ActorNode(Actor actor, Font font) {
        this.actor = actor;
        getStyleClass().addAll("actor-node", "kind-" + actor.kind().jsonValue());
        setId("actor:" + actor.id());
        setAccessibleRole(AccessibleRole.TEXT);
        setAutoSizeChildren(false); // children are placed by hand around the node's centre
        setManaged(false);

        shape = KindMark.shape(actor.kind(), 1);
        icon = KindMark.icon(actor.kind(), KindMark.SMALLEST_ICON);

        name = new Text(actor.nameIn(Locale.getDefault()));
        name.getStyleClass().add("actor-label");
        name.setFont(font);
        name.setTextAlignment(TextAlignment.CENTER);
        name.setTextOrigin(VPos.TOP);
        double maxW = font.getSize() * 9;
        if (name.getLayoutBounds().getWidth() > maxW) {
            name.setWrappingWidth(maxW); // long group names wrap onto two lines instead of running into neighbours
        }
        name.setMouseTransparent(true);
        // CSS may make the name bold (selected, related): keep it centred under the shape whatever its width
        name.layoutBoundsProperty().addListener((o, was, now) -> placeName());
        plate.getStyleClass().add("actor-label-plate");
        plate.setManaged(false);
        plate.setMouseTransparent(true);
        getChildren().addAll(shape, icon, plate, name);
        // drawn once into a picture and then copied: a date change that leaves this node as it was (most
        // of a thousand) costs a copy instead of a shape, a stroke and an icon glyph rasterised afresh;
        // and a dimmed node is drawn with the picture's alpha, not through an off-screen image
        setCache(true);
    }

    /** Sizes the node for the current slice; touches the scene graph only where something changed. */
    void update(double radius, int relationsInForce, LocalDate date, boolean isolated) {
        this.relationsInForce = relationsInForce;
        this.date = date;
        if (radius != this.radius) {
            this.radius = radius;
            KindMark.size(shape, actor.kind(), radius);
            int iconSize = KindMark.iconSize(radius);
            if (iconSize >= KindMark.SMALLEST_ICON) {
                KindMark.resize(icon, iconSize);
            }
            placeName();
        }
        // an actor with no relation now is a small faint dot: an icon there would be a smudge
        icon.setVisible(!isolated && KindMark.iconSize(radius) >= KindMark.SMALLEST_ICON);
    }

    /** Sets the pseudo-classes CSS styles the node by; touches none when none changed. */
    void style(Emphasis emphasis, boolean isolated, boolean pinned, boolean chain, boolean keyboard) {
        int as = emphasis.ordinal() * 16 + (isolated ? 8 : 0) + (pinned ? 4 : 0) + (chain ? 2 : 0) + (keyboard ? 1 : 0);
        if (as == styledAs) {
            return;
        }
        styledAs = as;
        pseudoClassStateChanged(ISOLATED, isolated);
        pseudoClassStateChanged(PINNED, pinned);
        pseudoClassStateChanged(CHAIN, chain);
        pseudoClassStateChanged(KEYBOARD, keyboard);
        NetworkGraph.emphasise(this, emphasis);
    }

    /** Too many names to write them all: this one shows on hover only. */
    void setCrowded(boolean crowded) {
        if (crowded != this.crowded) {
            this.crowded = crowded;
            pseudoClassStateChanged(CROWDED, crowded);
        }
    }

    private void placeName() {
        double w = name.getLayoutBounds().getWidth();
        double h = name.getLayoutBounds().getHeight();
        double below = Math.max(radius, 0) * 1.1 + 2; // under the diamond's lower point too
        name.relocate(-w / 2, below);
        plate.resizeRelocate(-w / 2 - 2, below, w + 4, h);
    }

    Actor actor() {
        return actor;
    }

    double radius() {
        return radius;
    }

    double labelWidth() {
        return name.getLayoutBounds().getWidth();
    }

    /** How far the node reaches below its centre: the shape, then the name under it. */
    double extentBelow() {
        return Math.max(radius, 0) * 1.1 + 2 + name.getLayoutBounds().getHeight();
    }

    /** The icon drawn inside the shape (for tests: it must differ by kind). */
    FontIcon icon() {
        return icon;
    }

    /**
     * What a screen reader says for this node: "Alexander Lukashenko, person, 6 relations in force on
     * 24 February 2022". Made when asked, not on every date change: 1,000 sentences per cursor move
     * cost more than the rest of the update.
     */
    String describe() {
        return accessibleText(actor, relationsInForce, date);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.TEXT ? describe() : super.queryAccessibleAttribute(attribute, parameters);
    }

    static String accessibleText(Actor actor, int relationsInForce, LocalDate date) {
        String kind = Messages.get("actor.kind." + actor.kind().jsonValue());
        return date == null ? Messages.get("network.actor.accessible.anyTime", actor.name(), kind, relationsInForce)
                : Messages.get("network.actor.accessible", actor.name(), kind, relationsInForce,
                        HistoricalDate.ofDay(date).inWords());
    }
}
