package org.balancingact.network;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Line;
import org.balancingact.i18n.Messages;
import org.balancingact.model.ActorKind;
import org.balancingact.model.Relation;
import org.balancingact.model.RelationType;

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
            Region shape = new Region();
            shape.getStyleClass().addAll("actor-shape", "legend-shape");
            HBox item = new HBox(4, shape, new Label(Messages.get("actor.kind." + kind.jsonValue())));
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
}
