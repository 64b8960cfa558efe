package org.balancingact.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.i18n.Messages;
import org.balancingact.ui.pages.NetworkPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every date the network writes (its header, what changed, the relations' tooltips, what a screen
 * reader hears) is in the interface language's own forms, and so are the actors' names.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkLanguageTest {
    private static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private final Locale before = Messages.locale();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(before);
    }

    /**
     * A projector's narrow, low strip at 150 % type, in Russian (long words): the header's sentence wraps
     * and its tools wrap one by one, and the shelf steps aside rather than being cut by the drawing's edge.
     */
    @Test
    void inANarrowLowStripInRussianNoTextIsCutAndNothingLeavesTheView(FxRobot robot) {
        Messages.setLocale(Locale.forLanguageTag("ru"));
        ActorNetworkView[] view = new ActorNetworkView[1];
        robot.interact(() -> {
            ExplorerState state = new ExplorerState();
            state.setTimeline(((ReadResult.Loaded) new TimelineFiles().readBundled()).timeline());
            state.setFocusDate(LocalDate.of(2022, 2, 24));
            view[0] = new ActorNetworkView(state);
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(view[0]);
            root.setStyle("-fx-font-size: 22.5px;");
            stage.setScene(new Scene(root, 470, 230));
            stage.show();
        });
        NetworkPage network = new NetworkPage(robot, view[0]);
        network.settle();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            javafx.geometry.Bounds whole = view[0].localToScene(view[0].getLayoutBounds());
            javafx.geometry.Bounds graph = view[0].lookup(".network-graph").localToScene(
                    view[0].lookup(".network-graph").getLayoutBounds());
            for (Node node : view[0].lookupAll("*")) {
                if (!(node instanceof javafx.scene.control.Labeled labeled) || !shown(node) || labeled.getText() == null
                        || labeled.getText().isEmpty()) {
                    continue;
                }
                javafx.geometry.Bounds at = node.localToScene(node.getLayoutBounds());
                javafx.geometry.Bounds within = "network-shelf-title".equals(node.getId()) ? graph : whole;
                if (at.getMinX() < within.getMinX() - 0.5 || at.getMaxX() > within.getMaxX() + 0.5
                        || at.getMinY() < within.getMinY() - 0.5 || at.getMaxY() > within.getMaxY() + 0.5) {
                    cut.add(labeled.getText() + " reaches outside " + within + ": " + at);
                }
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof javafx.scene.text.Text text && !labeled.getText().equals(text.getText())) {
                        cut.add(labeled.getText() + " shows as " + text.getText());
                    }
                }
            }
        });
        assertEquals(List.of(), cut);
        assertTrue(network.dateShown().startsWith("Связи, действующие на 24 февраля 2022"));
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void inRussianEveryDateTheNetworkWritesIsRussian(FxRobot robot) {
        Messages.setLocale(Locale.forLanguageTag("ru"));
        ActorNetworkView[] view = new ActorNetworkView[1];
        robot.interact(() -> {
            ExplorerState state = new ExplorerState();
            state.setTimeline(((ReadResult.Loaded) new TimelineFiles().readBundled()).timeline());
            state.setFocusDate(LocalDate.of(2022, 3, 1));
            view[0] = new ActorNetworkView(state);
            view[0].setReduceMotion(true);
            stage.setScene(new Scene(view[0], 900, 600));
            stage.show();
        });
        NetworkPage network = new NetworkPage(robot, view[0]);
        // drawn on 1 March first: "what changed" is told since the picture drawn last, and the layout
        // arrives from a background thread that earlier tests' windows may still keep busy
        network.settle();
        network.showDate(LocalDate.of(2022, 2, 23));
        assertEquals("Связи, действующие на 23 февраля 2022", network.dateShown());
        assertTrue(network.changes().startsWith("Назад от 1 марта 2022: ещё не действовали: "), network.changes());
        assertTrue(network.changes().contains("Россия — вторгается в — Украина"), "names in Russian: " + network.changes());

        List<String> written = new ArrayList<>(List.of(network.dateShown(), network.changes()));
        robot.interact(() -> {
            written.add(((javafx.scene.control.Label) view[0].lookup("#network-shelf-title")).getText());
            for (Node edge : view[0].lookupAll(".relation-edge")) {
                written.add(edge.getAccessibleText());
                Object tip = edge.getProperties().get("javafx.scene.control.Tooltip");
                if (tip instanceof Tooltip tooltip) {
                    written.add(tooltip.getText());
                }
            }
            for (Node actor : view[0].lookupAll(".actor-node")) {
                written.add((String) actor.queryAccessibleAttribute(AccessibleAttribute.TEXT));
            }
        });
        assertTrue(written.stream().anyMatch(t -> t.contains("февраля 2022")), "dates are written: " + written);
        for (String text : written) {
            ENGLISH_MONTHS.forEach(month -> assertFalse(text.contains(month), "an English month in: " + text));
        }
        assertTrue(written.stream().anyMatch(t -> t.startsWith("Александр Лукашенко, персона, действующих связей на 23 февраля 2022")),
                "a screen reader hears the actor's Russian name and date: " + written);
    }
}
