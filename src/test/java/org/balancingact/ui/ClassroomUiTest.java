package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javax.imageio.ImageIO;
import org.balancingact.explore.Selection;
import org.balancingact.model.Event;
import org.balancingact.shell.HandoutPages;
import org.balancingact.shell.Theme;
import org.balancingact.ui.pages.MainWindowPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** What a teacher does in front of a class: present, tour, enlarge, switch theme, export. */
class ClassroomUiTest extends UiTestBase {
    @Test
    void f5ShowsTheStageInsteadOfTheWorkbenchAndEscapeBringsTheWorkbenchBack(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.select(Selection.event("invasion"));
        assertTrue(window.chromeShown());
        int before = window.classroom().typeScale().getPercent();
        robot.type(KeyCode.F5);
        assertTrue(window.classroom().presentation().isPresenting());
        assertFalse(window.chromeShown(), "menus and toolbar are hidden");
        assertTrue(window.classroom().typeScale().getPercent() >= 150, "type is large");
        assertTrue(window.stage().isShown(), "the stage is shown");
        assertTrue(window.has("#timeline") && window.has("#actor-network"), "the stage has a timeline strip and a network");
        assertFalse(window.has("#quote-panel"), "the key quote is on the stage once, not again in a quote panel");
        assertEquals("Russia invades Ukraine", window.stage().title(), "without a tour the stage shows the selection");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.classroom().presentation().isPresenting());
        assertTrue(window.chromeShown());
        assertTrue(window.has("#quote-panel"), "the workbench is back");
        assertEquals(before, window.classroom().typeScale().getPercent());
    }

    @Test
    void aTourPlaysOnTheStageWithClickerKeysAndMovesTheStripAndTheNetworkDate(FxRobot robot) {
        MainWindowPage window = window(robot);
        List<String> steps = window.state().getTimeline().tours().get(0).eventIds();
        robot.interact(() -> window.classroom().tours().start(window.state().getTimeline().tours().get(0).id()));
        assertTrue(window.classroom().presentation().isPresenting(), "a tour plays on the stage");
        assertEquals("1 / " + steps.size(), window.tourProgress());
        String networkDateBefore = window.network().dateShown();

        robot.type(KeyCode.PAGE_DOWN);
        assertEquals("2 / " + steps.size(), window.tourProgress());
        assertStepShown(robot, window, steps.get(1));
        robot.type(KeyCode.SPACE);
        assertEquals("3 / " + steps.size(), window.tourProgress());
        assertStepShown(robot, window, steps.get(2));
        assertNotEquals(networkDateBefore, window.network().dateShown(), "the network moved to the step's date");

        robot.type(KeyCode.PAGE_UP);
        assertEquals("2 / " + steps.size(), window.tourProgress());
        assertStepShown(robot, window, steps.get(1));
        robot.type(KeyCode.END);
        assertEquals(steps.size() + " / " + steps.size(), window.tourProgress(), "End jumps to the last step");
        robot.type(KeyCode.BACK_SPACE);
        assertEquals((steps.size() - 1) + " / " + steps.size(), window.tourProgress());
        robot.type(KeyCode.HOME);
        assertEquals("1 / " + steps.size(), window.tourProgress(), "Home jumps to the first step");

        robot.type(KeyCode.ESCAPE);
        assertEquals("", window.tourProgress(), "Escape ends the tour");
        assertTrue(window.classroom().presentation().isPresenting(), "... and the stage stays");
        robot.type(KeyCode.ESCAPE);
        assertFalse(window.classroom().presentation().isPresenting(), "a second Escape leaves presenting");
        assertTrue(window.chromeShown());
    }

    private static void assertStepShown(FxRobot robot, MainWindowPage window, String eventId) {
        Event event = window.state().getTimeline().event(eventId).orElseThrow();
        assertEquals(Selection.event(eventId), window.selection());
        assertTrue(window.timeline().inView(eventId), "the strip shows " + eventId);
        assertTrue(window.timeline().isShown(eventId), "its lane is in sight: " + eventId);
        assertTrue(event.when().contains(window.state().getFocusDate()), "the network date is within " + event.when());
        assertEquals(event.title(), window.stage().title());
        assertTrue(window.tourQuote().contains(
                window.state().getTimeline().quote(event.quoteIds().get(0)).orElseThrow().text()), "its key quote is shown");
    }

    @Test
    void reduceMotionInTheViewMenuMakesZoomJumpInsteadOfGlide(FxRobot robot) {
        MainWindowPage window = window(robot);
        var timeline = window.timeline().view();
        var network = window.network().view();
        robot.interact(() -> timeline.setReduceMotion(false));
        assertFalse(network.isReduceMotion(), "one preference drives both views");
        assertEquals(1.0, spanChangeOfOneZoomIn(robot, timeline), 1e-9, "with motion on, a zoom glides: nothing moved yet");

        robot.clickOn(org.balancingact.i18n.Messages.get("menu.view"))
                .clickOn(org.balancingact.i18n.Messages.get("menu.view.reduceMotion"));
        assertTrue(timeline.isReduceMotion() && network.isReduceMotion(), "the menu switches both views");
        assertEquals(1 / 1.5, spanChangeOfOneZoomIn(robot, timeline), 1e-6, "with reduced motion the zoom is done at once");
    }

    /** New span ÷ old span, read in the same FX turn as the zoom: before any animation frame can run. */
    private static double spanChangeOfOneZoomIn(FxRobot robot, org.balancingact.timeline.TimelineView timeline) {
        double[] ratio = new double[1];
        robot.interact(() -> {
            timeline.fitAll();
            double before = timeline.getEndDay() - timeline.getStartDay();
            timeline.zoomIn();
            ratio[0] = (timeline.getEndDay() - timeline.getStartDay()) / before;
        });
        return ratio[0];
    }

    @Test
    void ctrlPlusMakesTheEventLabelsLarger(FxRobot robot) {
        MainWindowPage window = window(robot);
        double before = window.timeline().labelFontSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertTrue(window.timeline().labelFontSize() > before * 1.15,
                before + " → " + window.timeline().labelFontSize());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals(before, window.timeline().labelFontSize(), 0.01);
    }

    @Test
    void switchingThemeChangesTheLook(FxRobot robot) {
        MainWindowPage window = window(robot);
        Region timeline = window.timeline().view();
        Object lightBackground = timeline.getBackground().getFills().get(0).getFill();
        robot.interact(() -> window.classroom().applyTheme(Theme.DARK));
        Object darkBackground = timeline.getBackground().getFills().get(0).getFill();
        assertNotEquals(lightBackground, darkBackground);
        robot.interact(() -> window.classroom().applyTheme(Theme.LIGHT));
        assertEquals(lightBackground, timeline.getBackground().getFills().get(0).getFill());
    }

    @Test
    void pngExportAt2xHasTwiceTheViewsPixels(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindowPage window = window(robot);
        Path file = dir.resolve("timeline.png");
        Region timeline = window.timeline().view();
        robot.interact(() -> {
            try {
                window.classroom().exportPng("Timeline", 2, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(Math.round(timeline.getWidth() * 2), image.getWidth(), 1);
        assertEquals(Math.round(timeline.getHeight() * 2), image.getHeight(), 1);
    }

    @Test
    void theHandoutIsAPaginatedLandscapePdf(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindowPage window = window(robot);
        Path file = dir.resolve("handout.pdf");
        int[] pages = new int[1];
        robot.interact(() -> {
            try {
                pages[0] = window.classroom().exportHandout(HandoutPages.Paper.A4, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(pages[0] >= 3, "42 events and their endnotes need several pages: " + pages[0]);
        String pdf = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-"));
        java.util.regex.Matcher box = java.util.regex.Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+(\\d+)\\s+(\\d+)").matcher(pdf);
        assertTrue(box.find(), "pages have a size");
        assertEquals("842 x 595", box.group(1) + " x " + box.group(2), "A4 landscape");
    }

    @Test
    void theWindowRebuiltInRussianKeepsTheSelectionAndSpeaksRussian(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.select(Selection.event("invasion"));
        java.util.Locale before = org.balancingact.i18n.Messages.locale();
        try {
            robot.interact(() -> {
                // what View > Language does: the same explorer state, a window built in the new language
                org.balancingact.i18n.Messages.setLocale(java.util.Locale.forLanguageTag("ru"));
                org.balancingact.shell.MainWindow.rebuildIn(robot.lookup("#main-window").query().getScene(),
                        window.state());
            });
            javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
            assertTrue(bar.getMenus().stream().anyMatch(m -> m.getText().equals("Вид")), "the View menu is now «Вид»");
            assertEquals(Selection.event("invasion"), window.selection(), "the selection survives the switch");
            assertTrue(robot.lookup("#details-date").queryLabeled().getText().contains("февраля 2022"),
                    "dates are said in Russian");
        } finally {
            org.balancingact.i18n.Messages.setLocale(before);
        }
    }
}
