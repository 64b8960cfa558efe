package org.balancingact.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Badge pictures: a badge copied from its picture looks like the badge drawn directly, pictures are
 * reused from frame to frame, and a new look (theme colours, type scale) draws them afresh, so the
 * badges on screen change with it.
 */
@ExtendWith(ApplicationExtension.class)
class BadgeStampsTest {
    private static final Color LIGHT = Color.web("#ddf4ff");
    private static final Color LIGHT_TEXT = Color.web("#0550ae");
    private static final Color DARK = Color.web("#1f3a5f");
    private static final Color DARK_TEXT = Color.web("#e6edf3");
    private static final Font FONT = Font.font("System", FontWeight.BOLD, 12);

    @Start
    void start(Stage stage) {
        // no window needed: the pictures are drawn and read off screen
    }

    /** Counts as the timeline shows them: a thousand and more in short form. */
    private static String text(int count) {
        return count >= 1000 ? (count / 100) / 10.0 + "K" : Integer.toString(count);
    }

    private static void look(BadgeStamps stamps, Color fill, Color text, Font font, double width, double height) {
        stamps.setLook(look(fill, text, font, width, height), BadgeStampsTest::text);
    }

    private static BadgeStamps.Look look(Color fill, Color text, Font font, double width, double height) {
        return new BadgeStamps.Look(width, height, fill, text, font, 1);
    }

    /** What a canvas shows after {@code draw}, as an image. */
    private static Image picture(FxRobot robot, double w, double h, java.util.function.Consumer<GraphicsContext> draw) {
        AtomicReference<Image> image = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(w, h);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, w, h);
            draw.accept(gc);
            image.set(canvas.snapshot(new SnapshotParameters(), null));
        });
        return image.get();
    }

    private static int pixelsNear(Image image, Color colour) {
        PixelReader pixels = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 0.1) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aBadgeFromItsPictureLooksLikeTheBadgeDrawnDirectly(FxRobot robot) {
        BadgeStamps stamps = new BadgeStamps(4, false);
        Image stamped = picture(robot, 60, 30, gc -> {
            look(stamps, LIGHT, LIGHT_TEXT, FONT, 36, 20);
            stamps.prepare(new int[] {217}, 1);
            stamps.draw(gc, 217, 10, 5);
        });
        Image direct = picture(robot, 60, 30, gc -> {
            gc.setFill(LIGHT);
            gc.fillRoundRect(10, 5, 36, 20, 10, 10);
            gc.setFill(LIGHT_TEXT);
            gc.setFont(FONT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("217", 28, 15);
        });
        int fillStamped = pixelsNear(stamped, LIGHT);
        int fillDirect = pixelsNear(direct, LIGHT);
        int textStamped = pixelsNear(stamped, LIGHT_TEXT);
        int textDirect = pixelsNear(direct, LIGHT_TEXT);
        assertTrue(fillDirect > 400 && Math.abs(fillStamped - fillDirect) < fillDirect / 20,
                "badge colour: " + fillStamped + " pixels stamped, " + fillDirect + " drawn");
        assertTrue(textDirect > 10 && Math.abs(textStamped - textDirect) <= Math.max(3, textDirect / 5),
                "text colour: " + textStamped + " pixels stamped, " + textDirect + " drawn");
    }

    @Test
    void knownTextsReuseTheirPicturesAndOnlyNewOnesAreDrawn(FxRobot robot) {
        BadgeStamps stamps = new BadgeStamps(4, false);
        robot.interact(() -> {
            look(stamps, LIGHT, LIGHT_TEXT, FONT, 36, 20);
            stamps.prepare(new int[] {12, 13, 12}, 3);
            assertEquals(1, stamps.sheetsDrawn());
            stamps.prepare(new int[] {13, 12}, 2);
            look(stamps, LIGHT, LIGHT_TEXT, FONT, 36, 20);
            stamps.prepare(new int[] {12}, 1);
            assertEquals(1, stamps.sheetsDrawn(), "the same counts at the same look: nothing drawn again");
            stamps.prepare(new int[] {12, 1234, 99}, 2);
            assertEquals(2, stamps.sheetsDrawn(), "one sheet for the new count");
            assertTrue(stamps.has(1234));
            assertFalse(stamps.has(99), "only the first n counts are prepared");
            stamps.prepare(new int[] {1250}, 1);
            assertEquals(2, stamps.sheetsDrawn(), "1,250 shows the same text as 1,234 (1.2K): its picture is reused");
            assertTrue(stamps.has(1250));
        });
    }

    @Test
    void everySmallerCountIsReadyForTheZoomsThatFollow(FxRobot robot) {
        BadgeStamps stamps = new BadgeStamps(4, false);
        robot.interact(() -> {
            look(stamps, LIGHT, LIGHT_TEXT, FONT, 36, 20);
            stamps.prepare(new int[] {250, 180}, 2);
            assertEquals(1, stamps.sheetsDrawn(), "the frame's own two counts: one sheet");
            assertFalse(stamps.has(99), "the smaller counts wait for idle pulses, not the frame");
            assertTrue(stamps.runPending());
            stamps.prepareRunSheet();
            assertEquals(2, stamps.sheetsDrawn(), "4 to 250 fit one sheet");
            assertFalse(stamps.runPending());
            assertTrue(stamps.has(4) && stamps.has(99) && stamps.has(250));
            assertFalse(stamps.has(3), "below the smallest badge count");
            assertFalse(stamps.has(251));
            stamps.prepare(new int[] {5, 17, 120}, 3);
            assertEquals(2, stamps.sheetsDrawn(), "zooming in: no new sheet");
            stamps.prepare(new int[] {5000}, 1);
            assertEquals(3, stamps.sheetsDrawn());
            assertTrue(stamps.runPending(), "a count of a thousand or more: the run goes on up to 999");
            int sheets = 0;
            while (stamps.runPending()) {
                stamps.prepareRunSheet();
                sheets++;
            }
            assertEquals(3, sheets, "251 to 999 in sheets of 256");
            assertTrue(stamps.has(999));
            assertFalse(stamps.has(1000), "counts of a thousand and more come one by one");
        });
    }

    @Test
    void idlePulsesDrawTheSmallerCountsWithoutAnyFrameAsking(FxRobot robot) throws Exception {
        BadgeStamps stamps = new BadgeStamps(4, true);
        robot.interact(() -> {
            look(stamps, LIGHT, LIGHT_TEXT, FONT, 36, 20);
            stamps.prepare(new int[] {4321}, 1);
            assertFalse(stamps.has(500), "not in the frame that showed 4.3K");
        });
        // read on the JavaFX thread, which draws them: pulses only, the timeout is a guard, not a measure
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(10_000,
                () -> stamps.has(4) && stamps.has(500) && stamps.has(999)));
        robot.interact(() -> {
            int before = stamps.sheetsDrawn();
            stamps.prepare(new int[] {999, 640, 17, 4}, 4);
            assertEquals(before, stamps.sheetsDrawn(), "the zoom that brings them draws nothing");
        });
    }

    @Test
    void aNewThemeOrTypeScaleRedrawsThePictures(FxRobot robot) {
        BadgeStamps stamps = new BadgeStamps(4, false);
        Image light = picture(robot, 80, 40, gc -> {
            look(stamps, LIGHT, LIGHT_TEXT, FONT, 36, 20);
            stamps.prepare(new int[] {42}, 1);
            stamps.draw(gc, 42, 4, 4);
        });
        Image dark = picture(robot, 80, 40, gc -> {
            look(stamps, DARK, DARK_TEXT, FONT, 36, 20);
            stamps.prepare(new int[] {42}, 1);
            stamps.draw(gc, 42, 4, 4);
        });
        assertTrue(pixelsNear(light, LIGHT) > 400 && pixelsNear(light, DARK) == 0);
        assertTrue(pixelsNear(dark, DARK) > 400 && pixelsNear(dark, LIGHT) == 0, "the dark theme's badge colour");
        assertTrue(pixelsNear(dark, DARK_TEXT) > 10, "and its text colour");

        Font larger = Font.font("System", FontWeight.BOLD, 18);
        Image scaled = picture(robot, 80, 40, gc -> {
            look(stamps, DARK, DARK_TEXT, larger, 54, 30);
            stamps.prepare(new int[] {42}, 1);
            stamps.draw(gc, 42, 4, 4);
        });
        assertEquals(54, stamps.width(), 0.01);
        assertTrue(pixelsNear(scaled, DARK) > pixelsNear(dark, DARK) * 2, "a larger type scale: a larger badge");
        assertTrue(pixelsNear(scaled, DARK_TEXT) > pixelsNear(dark, DARK_TEXT), "with larger digits");
        assertEquals(3, stamps.sheetsDrawn());
    }

    @Test
    void aHiDpiScreenGetsPicturesAtItsOwnPixelSize(FxRobot robot) {
        BadgeStamps stamps = new BadgeStamps(4, false);
        robot.interact(() -> {
            stamps.setLook(new BadgeStamps.Look(36.3, 20, LIGHT, LIGHT_TEXT, FONT, 2), BadgeStampsTest::text);
            stamps.prepare(new int[] {7}, 1);
            // whole device pixels: 36.3 logical pixels are 72.6 device pixels, drawn 73 wide
            assertEquals(36.5, stamps.width(), 1e-9);
            assertEquals(20, stamps.height(), 1e-9);
        });
    }
}
