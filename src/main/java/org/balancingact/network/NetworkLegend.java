package org.balancingact.network;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.Group;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Shape;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Line;
import org.balancingact.i18n.Messages;
import org.balancingact.model.ActorKind;
import org.balancingact.model.Relation;
import org.balancingact.model.RelationType;
import org.kordamp.ikonli.javafx.FontIcon;

/** The key to the network: actor shapes, and the relation types drawn right now (colour, dash, arrow). */
final class NetworkLegend extends FlowPane {
    NetworkLegend() {
        super(14, 2);
        getStyleClass().add("network-legend");
        setId("network-legend");
        setMouseTransparent(true);
    }

    private Set<RelationType> showing = EnumSet.noneOf(RelationType.class);
    private boolean built;

    /** Shows the key for these relations; returns whether it changed. */
    boolean show(List<Relation> shown) {
        Set<RelationType> types = EnumSet.noneOf(RelationType.class);
        shown.forEach(r -> types.add(r.type()));
        if (built && types.equals(showing)) {
            return false;
        }
        built = true;
        showing = types;
        getChildren().clear();
        for (ActorKind kind : ActorKind.values()) {
            Label name = new Label(Messages.get("actor.kind." + kind.jsonValue()));
            HBox item = new HBox(4, mark(kind, name), name);
            item.getStyleClass().addAll("actor-node", "kind-" + kind.jsonValue());
            item.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(item);
        }
        for (RelationType type : types) {
            Line sample = new Line(0, 0, 28, 0);
            sample.getStyleClass().add("edge-line");
            Label name = new Label(Messages.get("relation." + type.jsonValue()) + (type.isDirected() ? " →" : " ↔"));
            HBox row = new HBox(6, sample, name);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().addAll("relation-edge", "type-" + type.jsonValue());
            getChildren().add(row);
        }
        return true;
    }

    /** The kind's shape with its icon, as on the nodes, sized from the legend's text. */
    private static StackPane mark(ActorKind kind, Label beside) {
        Shape shape = KindMark.shape(kind, 1);
        FontIcon icon = KindMark.icon(kind, KindMark.SMALLEST_ICON);
        StackPane mark = new StackPane(new Group(shape, icon));
        mark.getStyleClass().add("legend-mark");
        beside.fontProperty().addListener((o, was, font) -> {
            double r = font.getSize() * 0.8;
            KindMark.size(shape, kind, r);
            KindMark.resize(icon, Math.max(KindMark.SMALLEST_ICON, KindMark.iconSize(r)));
        });
        return mark;
    }
}
