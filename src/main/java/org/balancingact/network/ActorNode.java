package org.balancingact.network;

import java.time.LocalDate;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import org.balancingact.model.Actor;
import org.balancingact.model.HistoricalDate;

/**
 * An actor on the network: a shape that says its kind (circle for a person, square for a state,
 * hexagon for an organisation, diamond for a group) — never colour alone — and its name under it.
 * The node's origin is the shape's centre.
 */
final class ActorNode extends Group {
    static final PseudoClass ISOLATED = PseudoClass.getPseudoClass("isolated");
    private final Actor actor;
    private final double radius;

    ActorNode(Actor actor, double radius, int relationsInForce, LocalDate date, Font font) {
        this.actor = actor;
        this.radius = radius;
        getStyleClass().addAll("actor-node", "kind-" + actor.kind().jsonValue());
        setId("actor:" + actor.id());
        setAccessibleRole(AccessibleRole.TEXT);
        setAutoSizeChildren(false); // children are placed by hand around the node's centre
        setAccessibleText(accessibleText(actor, relationsInForce, date));

        Region shape = new Region();
        shape.setManaged(false);
        shape.getStyleClass().add("actor-shape");
        shape.resizeRelocate(-radius, -radius, 2 * radius, 2 * radius);

        Text name = new Text(actor.nameIn(Locale.getDefault()));
        name.getStyleClass().add("actor-label");
        name.setFont(font);
        name.setTextAlignment(TextAlignment.CENTER);
        name.setTextOrigin(VPos.TOP);
        double maxW = Math.max(radius * 2, font.getSize() * 10);
        if (name.getLayoutBounds().getWidth() > maxW) {
            name.setWrappingWidth(maxW); // long group names wrap onto two lines instead of running into neighbours
        }
        double w = name.getLayoutBounds().getWidth();
        name.relocate(-w / 2, radius + 2);
        name.setMouseTransparent(true);
        getChildren().addAll(shape, name);
    }

    Actor actor() {
        return actor;
    }

    double radius() {
        return radius;
    }

    static String accessibleText(Actor actor, int relationsInForce, LocalDate date) {
        String when = date == null ? "" : " on " + HistoricalDate.ofDay(date).inWords();
        return actor.name() + ", " + actor.kind().jsonValue() + ", " + relationsInForce
                + (relationsInForce == 1 ? " relation" : " relations") + " in force" + when;
    }
}
