package org.balancingact.ui.pages;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import org.balancingact.network.ActorNetworkView;
import org.testfx.api.FxRobot;

/** The actor network as a user sees it: actors and relations by id, and what is highlighted. */
public final class NetworkPage {
    private final FxRobot robot;

    public NetworkPage(FxRobot robot) {
        this.robot = robot;
    }

    public ActorNetworkView view() {
        return robot.lookup("#actor-network").queryAs(ActorNetworkView.class);
    }

    public Node actor(String id) {
        return robot.lookup(n -> ("actor:" + id).equals(n.getId())).tryQuery().orElse(null);
    }

    public Node relation(String id) {
        return robot.lookup(n -> ("relation:" + id).equals(n.getId())).tryQuery().orElse(null);
    }

    /** Clicks the actor's shape (its label is not a target, so a click on it does not miss). */
    public NetworkPage clickActor(String id) {
        robot.clickOn(actor(id).lookup(".actor-shape"));
        return this;
    }

    public boolean actorHas(String id, String pseudoClass) {
        Node node = actor(id);
        return node != null && node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    public boolean relationShown(String id) {
        return relation(id) != null;
    }

    public String dateShown() {
        return ((javafx.scene.control.Label) robot.lookup("#network-date").query()).getText();
    }
}
