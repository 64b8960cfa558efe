package org.balancingact.network;

import java.time.LocalDate;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Actor;
import org.balancingact.model.HistoricalDate;

/**
 * An actor on the network: a shape that says its kind (circle for a person, square for a state,
 * hexagon for an organisation, diamond for a group) — never colour alone — and its name under it.
 * The node's origin is the shape's centre. Nodes live as long as the dataset: a date change only
 * resizes them, so the scene graph is not rebuilt every time the cursor moves.
 */
final class ActorNode extends Group {
    static final PseudoClass ISOLATED = PseudoClass.getPseudoClass("isolated");
    static final PseudoClass PINNED = PseudoClass.getPseudoClass("pinned");
    static final PseudoClass KEYBOARD = PseudoClass.getPseudoClass("keyboard");
    static final PseudoClass CROWDED = PseudoClass.getPseudoClass("crowded");
    static final PseudoClass CHAIN = PseudoClass.getPseudoClass("chain");
    private final Actor actor;
    private final Region shape = new Region();
    private final Text name;
    /** A pale plate behind the name keeps it readable where an edge passes under it (cheaper than a text halo). */
    private final Region plate = new Region();
    private double radius;

    ActorNode(Actor actor, Font font) {
        this.actor = actor;
        getStyleClass().addAll("actor-node", "kind-" + actor.kind().jsonValue());
        setId("actor:" + actor.id());
        setAccessibleRole(AccessibleRole.TEXT);
        setAutoSizeChildren(false); // children are placed by hand around the node's centre
        setManaged(false);

        shape.setManaged(false);
        shape.getStyleClass().add("actor-shape");

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
        getChildren().addAll(shape, plate, name);
    }

    /** Sizes the node for the current slice and says so to screen readers. */
    void update(double radius, int relationsInForce, LocalDate date) {
        this.radius = radius;
        shape.resizeRelocate(-radius, -radius, 2 * radius, 2 * radius);
        placeName();
        setAccessibleText(accessibleText(actor, relationsInForce, date));
    }

    private void placeName() {
        double w = name.getLayoutBounds().getWidth();
        double h = name.getLayoutBounds().getHeight();
        name.relocate(-w / 2, radius + 2);
        plate.resizeRelocate(-w / 2 - 2, radius + 2, w + 4, h);
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

    double labelHeight() {
        return name.getLayoutBounds().getHeight();
    }

    static String accessibleText(Actor actor, int relationsInForce, LocalDate date) {
        String kind = Messages.get("actor.kind." + actor.kind().jsonValue());
        return date == null ? Messages.get("network.actor.accessible.anyTime", actor.name(), kind, relationsInForce)
                : Messages.get("network.actor.accessible", actor.name(), kind, relationsInForce,
                        HistoricalDate.ofDay(date).inWords());
    }
}
