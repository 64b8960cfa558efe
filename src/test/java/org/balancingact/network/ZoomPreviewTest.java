package org.balancingact.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Group;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the network shows while zooming: the picture taken when the zoom began, put where the new zoom
 * and pan put the drawing. A red 10 × 10 square at (40, 20) in the drawing's coordinates stands in
 * for an actor; the view is 200 × 100.
 */
@ExtendWith(ApplicationExtension.class)
class ZoomPreviewTest {
    private static final int RED = 0xffff0000;
    private static final int NOTHING = 0;

    private static Group drawing() {
        Rectangle actor = new Rectangle(40, 20, 10, 10);
        actor.setFill(Color.RED);
        return new Group(actor);
    }

    @Test
    void zoomingInAboutTheOriginDoublesThePicture(FxRobot robot) {
        robot.interact(() -> {
            ZoomPreview preview = new ZoomPreview();
            preview.begin(drawing(), 200, 100, 1, 1, 0, 0, 1);
            preview.show(0, 0, 2);
            PixelReader shown = preview.getImage().getPixelReader();
            assertEquals(RED, shown.getArgb(81, 41), "the square's top left corner, twice as far out");
            assertEquals(RED, shown.getArgb(98, 58), "and its bottom right, twice as large");
            assertEquals(NOTHING, shown.getArgb(45, 25), "nothing left where it stood");
            assertEquals(NOTHING, shown.getArgb(101, 61));
        });
    }

    @Test
    void panningMovesThePictureByThePan(FxRobot robot) {
        robot.interact(() -> {
            ZoomPreview preview = new ZoomPreview();
            preview.begin(drawing(), 200, 100, 1, 1, 0, 0, 1);
            preview.show(30, -10, 1);
            PixelReader shown = preview.getImage().getPixelReader();
            assertEquals(RED, shown.getArgb(71, 11));
            assertEquals(RED, shown.getArgb(79, 19));
            assertEquals(NOTHING, shown.getArgb(69, 15));
            assertEquals(NOTHING, shown.getArgb(45, 25));
        });
    }

    @Test
    void aPictureTakenZoomedInComesBackToItsPlaceAtZoomOne(FxRobot robot) {
        robot.interact(() -> {
            Group zoomedIn = drawing();
            zoomedIn.getTransforms().addAll(new Translate(-40, -20), new Scale(2, 2));
            ZoomPreview preview = new ZoomPreview();
            // the square is drawn at (40, 20) to (60, 40) on screen: in the picture, at twice its size
            preview.begin(zoomedIn, 200, 100, 1, 1, -40, -20, 2);
            PixelReader shown = preview.getImage().getPixelReader();
            assertEquals(RED, shown.getArgb(41, 21), "as taken");
            assertEquals(RED, shown.getArgb(58, 38));
            preview.show(0, 0, 1);
            assertEquals(RED, shown.getArgb(41, 21), "zoomed out to 1: back at (40, 20)");
            assertEquals(RED, shown.getArgb(48, 28));
            assertEquals(NOTHING, shown.getArgb(52, 32), "at its own size");
        });
    }

    @Test
    void whatThePictureDidNotHoldIsLeftEmpty(FxRobot robot) {
        robot.interact(() -> {
            ZoomPreview preview = new ZoomPreview();
            preview.begin(drawing(), 200, 100, 1, 1, 0, 0, 1);
            preview.show(100, 50, 0.5); // zoomed out: the picture covers only the view's lower right quarter
            PixelReader shown = preview.getImage().getPixelReader();
            assertEquals(RED, shown.getArgb(122, 62), "the square at half size, moved by the pan");
            assertEquals(NOTHING, shown.getArgb(50, 25), "outside the picture: empty, not smeared");
        });
    }

    @Test
    void onAScreenOfScale2ThePictureHasTwoPixelsPerViewPixelEachWay(FxRobot robot) {
        robot.interact(() -> {
            ZoomPreview preview = new ZoomPreview();
            preview.begin(drawing(), 200, 100, 2, 2, 0, 0, 1);
            assertEquals(400, preview.getImage().getWidth(), "device pixels");
            assertEquals(200, preview.getFitWidth(), "shown at the view's size");
            preview.show(0, 0, 2);
            PixelReader shown = preview.getImage().getPixelReader();
            assertEquals(RED, shown.getArgb(161, 81), "the square at (80, 40) in view pixels, twice that in device pixels");
            assertEquals(RED, shown.getArgb(198, 118));
            assertEquals(NOTHING, shown.getArgb(158, 81));
            assertEquals(NOTHING, shown.getArgb(201, 121));
        });
    }
}
