package org.balancingact.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.balancingact.explore.ExplorerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A zoom shows the drawing as it stood, scaled about the point zoomed at: the picture is taken before
 * the pan that keeps that point still moves anything, so no strip of the drawing goes missing.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkZoomTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A small synthetic network of 60 actors in a 640 × 480 window, its layout arrived. */
    private ActorNetworkView show(FxRobot robot) throws Exception {
        ActorNetworkView[] view = new ActorNetworkView[1];
        robot.interact(() -> {
            ExplorerState state = new ExplorerState();
            state.setTimeline(NetworkBenchmark.synthetic(60, 240));
            state.setFocusDate(LocalDate.of(2012, 1, 1));
            view[0] = new ActorNetworkView(state);
            view[0].setReduceMotion(true);
            stage.setScene(new Scene(view[0], 640, 480));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view[0].getLayout() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    @Test
    void aZoomInShowsTheDrawingAsItStoodScaledAboutTheMiddle(FxRobot robot) throws Exception {
        ActorNetworkView[] view = {show(robot)};
        robot.interact(() -> {
            NetworkGraph graph = ((ActorNetworkSkin) view[0].getSkin()).graph();
            graph.applyCss();
            graph.layout();
            Node drawing = graph.getChildrenUnmodifiable().get(0);
            int w = (int) graph.getWidth();
            int h = (int) graph.getHeight();
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            params.setViewport(new javafx.geometry.Rectangle2D(0, 0, w, h));
            PixelReader before = drawing.snapshot(params, new WritableImage(w, h)).getPixelReader();

            graph.zoomAbout(w / 2.0, h / 2.0, 1.25);
            graph.layout(); // what the next pulse does first: the picture follows the pan that came with the zoom
            ZoomPreview preview = (ZoomPreview) graph.lookup(".zoom-preview");
            assertTrue(preview.isVisible(), "the zoom shows its picture");
            PixelReader shown = preview.getImage().getPixelReader();
            int drawn = 0;
            int wrong = 0;
            for (int y = 0; y < h; y += 3) {
                for (int x = 0; x < w; x += 3) {
                    // where this view pixel's centre was before the zoom
                    int sx = (int) Math.floor((x + 0.5 - w / 2.0) / 1.25 + w / 2.0);
                    int sy = (int) Math.floor((y + 0.5 - h / 2.0) / 1.25 + h / 2.0);
                    int expected = before.getArgb(sx, sy);
                    if ((expected >>> 24) != 0) {
                        drawn++;
                        if (shown.getArgb(x, y) != expected) {
                            wrong++;
                        }
                    }
                }
            }
            assertTrue(drawn > 500, "the sample network draws something: " + drawn);
            assertEquals(0, wrong, "of " + drawn + " drawn points, these show something else");
        });
    }

    @Test
    void aClickWhileTheZoomPictureShowsBringsTheDrawingBackAndKeepsTheSelection(FxRobot robot) throws Exception {
        ActorNetworkView[] view = {show(robot)};
        robot.interact(() -> {
            NetworkGraph graph = ((ActorNetworkSkin) view[0].getSkin()).graph();
            graph.applyCss();
            graph.layout();
            view[0].getState().select(org.balancingact.explore.Selection.actor("a0"));
            graph.zoomAbout(320, 200, 1.25);
            ZoomPreview preview = (ZoomPreview) graph.lookup(".zoom-preview");
            assertTrue(preview.isVisible());
            // the press lands on the background (the drawing is hidden behind the picture), as a user's
            // click on an actor would in the moment after a wheel turn
            javafx.event.Event.fireEvent(graph, mouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED));
            javafx.event.Event.fireEvent(graph, mouse(javafx.scene.input.MouseEvent.MOUSE_RELEASED));
            javafx.event.Event.fireEvent(graph, mouse(javafx.scene.input.MouseEvent.MOUSE_CLICKED));
            assertTrue(!preview.isVisible(), "the drawing is back at once");
            assertEquals(org.balancingact.explore.Selection.actor("a0"), view[0].getState().getSelection(),
                    "a click that could not reach its actor does not clear the selection");
        });
    }

    private static javafx.scene.input.MouseEvent mouse(javafx.event.EventType<javafx.scene.input.MouseEvent> type) {
        return new javafx.scene.input.MouseEvent(type, 100, 100, 100, 100, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, true, null);
    }
}
