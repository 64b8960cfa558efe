package org.balancingact.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;
import org.balancingact.model.TourStep;
import org.balancingact.testing.SampleTimeline;
import org.balancingact.ui.pages.NetworkPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a host (the presenting stage) gets from the network: actors brought forward, a featured
 * neighbourhood, what changed in words, names at the host's type size that overlap nothing.
 */
@ExtendWith(ApplicationExtension.class)
class FeaturedNetworkTest {
    /** The stage's strip for the network at 1280 × 720: 45 % of the height. */
    private static final double STRIP_W = 1280;
    private static final double STRIP_H = 720 * 0.45;
    /** The stage's type: 150 % of the app's 15 px. */
    private static final double STAGE_FONT_PX = 22.5;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private NetworkPage show(FxRobot robot, Timeline timeline, LocalDate date, double w, double h, double fontPx) {
        ActorNetworkView[] view = new ActorNetworkView[1];
        robot.interact(() -> {
            ExplorerState state = new ExplorerState();
            state.setTimeline(timeline);
            state.setFocusDate(date);
            view[0] = new ActorNetworkView(state);
            view[0].setReduceMotion(true);
            StackPane root = new StackPane(view[0]);
            root.setStyle("-fx-font-size: " + fontPx + "px;");
            stage.setScene(new Scene(root, w, h));
            stage.show();
        });
        NetworkPage page = new NetworkPage(robot, view[0]);
        page.settle();
        return page;
    }

    private static boolean has(NetworkPage page, String actor, String pseudoClass) {
        return page.actorHas(actor, pseudoClass);
    }

    @Test
    void aFeaturedActorWithNoRelationInForceIsDrawnNamedAndNeverShelved(FxRobot robot) {
        NetworkPage network = show(robot, SampleTimeline.create(), LocalDate.of(2022, 3, 1), 640, 400, 15);
        assertTrue(network.actorsOnShelf().contains("luka"), "with no relation in force, Lukashenko waits on the shelf");
        assertFalse(network.actorsNamed().contains("luka"), "named there only on hover");

        robot.interact(() -> network.view().setFeaturedActors(List.of("luka", "ru")));
        assertTrue(network.actorsInGraph().containsAll(Set.of("luka", "ru")), "brought forward into the drawing");
        assertFalse(network.actorsOnShelf().contains("luka"));
        assertTrue(network.actorsNamed().contains("luka"), "and named");
        assertTrue(has(network, "luka", "featured"));
        assertFalse(has(network, "by", "featured"));
        assertEquals(List.of(), network.overlaps());
    }

    @Test
    void theNeighbourhoodShowsTheFeaturedActorsAndTheirFirstNeighboursOnly(FxRobot robot) {
        NetworkPage network = show(robot, SampleTimeline.create(), LocalDate.of(2022, 3, 1), 640, 400, 15);
        robot.interact(() -> {
            network.view().setFeaturedActors(List.of("ua", "luka"));
            network.view().setScope(NetworkScope.FEATURED_NEIGHBOURHOOD);
        });
        assertEquals(Set.of("ua", "luka", "ru"), network.actorsInGraph(),
                "Ukraine, Lukashenko, and Russia (which invades Ukraine); Belarus is a second neighbour");
        assertEquals(Set.of(), network.actorsOnShelf(), "no shelf: the rest of the cast is not drawn");
        assertTrue(network.relationShown("inv"));
        assertFalse(network.relationShown("ally"), "Belarus–Russia lies outside the neighbourhood");
        assertEquals(List.of("inv"), network.view().shownRelations().stream().map(r -> r.id()).toList());
    }

    @Test
    void whatChangedIsOfferedToTheHostInBothDirectionsOfTime(FxRobot robot) {
        NetworkPage network = show(robot, SampleTimeline.create(), LocalDate.of(2022, 2, 23), 640, 400, 15);
        robot.interact(() -> network.view().whatChangedShownProperty().set(false));
        network.showDate(LocalDate.of(2022, 2, 24));
        assertEquals("Since 23 February 2022: began Russia — invades — Ukraine.", network.whatChanged());
        assertEquals("", network.changes(), "the host says it in its own label: the view does not repeat it");
        network.showDate(LocalDate.of(2022, 2, 23));
        assertEquals("Going back from 24 February 2022: not yet in force: Russia — invades — Ukraine.",
                network.whatChanged());

        // a host sets a step's date before its actors: what changed is told for the actors set last
        robot.interact(() -> {
            network.view().getState().setFocusDate(LocalDate.of(2022, 2, 24));
            network.view().setFeaturedActors(List.of("by"));
            network.view().setScope(NetworkScope.FEATURED_NEIGHBOURHOOD);
        });
        assertEquals("No relation began or ended since 23 February 2022.", network.whatChanged(),
                "in a neighbourhood only relations that touch a featured actor are told");
    }

    @Test
    void theToolsCanStepAsideAndTheDateLineStays(FxRobot robot) {
        NetworkPage network = show(robot, SampleTimeline.create(), LocalDate.of(2022, 3, 1), 640, 400, 15);
        robot.interact(() -> network.view().toolsShownProperty().set(false));
        network.settle();
        assertFalse(network.toolShown("network-fit"));
        assertFalse(network.toolShown("network-any-time"));
        assertEquals("Relations in force on 1 March 2022", network.dateShown());
    }

    @Test
    void namesFollowTheTypeSizeCssGivesTheControl(FxRobot robot) {
        NetworkPage small = show(robot, SampleTimeline.create(), LocalDate.of(2022, 3, 1), 640, 400, 15);
        double at100 = nameSize(robot, small, "ru");
        NetworkPage large = show(robot, SampleTimeline.create(), LocalDate.of(2022, 3, 1), 640, 400, STAGE_FONT_PX);
        double at150 = nameSize(robot, large, "ru");
        assertEquals(1.5, at150 / at100, 0.01, "names grow with the type: " + at100 + " → " + at150);
        assertEquals(List.of(), large.overlaps());
    }

    private static double nameSize(FxRobot robot, NetworkPage page, String actor) {
        double[] size = new double[1];
        javafx.scene.Node node = page.actor(actor);
        robot.interact(() -> size[0] = ((Text) node.lookup(".actor-label")).getFont().getSize());
        return size[0];
    }

    @Test
    void theInvasionsActorsBroughtForwardOnAStageStripAreAllShownAndNamedAndOverlapNothing(FxRobot robot) {
        Timeline bundled = bundled();
        List<String> invasionActors = bundled.event("invasion").orElseThrow().actorIds();
        for (NetworkScope scope : NetworkScope.values()) {
            NetworkPage network = show(robot, bundled, LocalDate.of(2022, 2, 24), STRIP_W, STRIP_H, STAGE_FONT_PX);
            robot.interact(() -> {
                network.view().setFeaturedActors(invasionActors);
                network.view().setScope(scope);
                network.view().toolsShownProperty().set(false);
            });
            assertTrue(network.actorsInGraph().containsAll(invasionActors), scope + ": " + network.actorsInGraph());
            assertTrue(network.actorsNamed().containsAll(invasionActors), scope + ": named " + network.actorsNamed());
            assertEquals(List.of(), network.overlaps(), scope.toString());
        }
    }

    /**
     * Every step of the bundled tour, as the stage shows it: the step event's actors and the step's own
     * brought forward at the step's date, in a neighbourhood on the stage's strip at the stage's type.
     */
    @Test
    void everyTourStepsActorsAreShownAndNamedOnAStageStrip(FxRobot robot) {
        Timeline bundled = bundled();
        NetworkPage network = show(robot, bundled, LocalDate.of(2022, 2, 24), STRIP_W, STRIP_H, STAGE_FONT_PX);
        robot.interact(() -> {
            network.view().setScope(NetworkScope.FEATURED_NEIGHBOURHOOD);
            network.view().toolsShownProperty().set(false);
            network.view().whatChangedShownProperty().set(false);
        });
        List<String> problems = new ArrayList<>();
        for (TourStep step : bundled.tours().get(0).steps()) {
            Event event = bundled.event(step.eventId()).orElseThrow();
            Set<String> featured = new LinkedHashSet<>(event.actorIds());
            featured.addAll(step.actorIds());
            LocalDate date = step.networkDate().orElse(event.when()).earliest();
            robot.interact(() -> {
                network.view().setFeaturedActors(List.copyOf(featured));
                network.view().getState().setFocusDate(date);
            });
            Set<String> named = network.actorsNamed();
            if (!network.actorsInGraph().containsAll(featured) || !named.containsAll(featured)) {
                problems.add(step.eventId() + ": featured " + featured + ", named " + named);
            }
            network.overlaps().forEach(o -> problems.add(step.eventId() + ": " + o));
        }
        assertEquals(List.of(), problems);
    }

    private static Timeline bundled() {
        return ((ReadResult.Loaded) new TimelineFiles().readBundled()).timeline();
    }
}
