package org.balancingact.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.balancingact.shell.MainWindow;
import org.balancingact.ui.pages.MainWindowPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Presenting with a laptop and a projector (fake screens: a headless run has one): the stage goes to
 * the projector, the console to the laptop with the note, the question, the next step, the time and the
 * steps; S swaps them; with one screen there is no console.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterConsoleUiTest {
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    static final Rectangle2D PROJECTOR = new Rectangle2D(1280, 0, 1024, 768);
    private MainWindow mainWindow;
    private final SettableClock clock = new SettableClock();
    private PresentationMode presentation;

    private Stage window;

    /**
     * A window of its own, not TestFX's shared stage: presenting on two screens moves the window and
     * puts its size back by hand, after which a stage no longer follows the size of a new scene.
     */
    @Start
    void start(Stage primary) {
        window = new Stage();
        mainWindow = MainWindowPage.open(window);
        mainWindow.state().setTimeline(StageTextTest.withTour());
        presentation = mainWindow.classroom().presentation();
        presentation.setClock(clock);
        presentation.setScreens(Screens.of(LAPTOP, PROJECTOR));
    }

    @AfterEach
    void leave(FxRobot robot) {
        robot.interact(() -> {
            presentation.leave();
            window.close();
        });
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().filter(javafx.scene.Node::isVisible).map(n -> ((Labeled) n).getText()).orElse("");
    }

    private Stage consoleWindow() {
        return (Stage) presentation.console().orElseThrow().getScene().getWindow();
    }

    @Test
    void withTwoScreensTheConsoleShowsTheStepNoteQuestionNextStepAndTime(FxRobot robot) {
        robot.interact(() -> mainWindow.classroom().tours().start("lesson"));
        assertTrue(presentation.console().isPresent(), "two screens: a console for the teacher");
        assertEquals(LAPTOP.getMinX(), consoleWindow().getX(), 1, "the console is on the laptop (the primary screen)");
        assertTrue(PROJECTOR.contains(mainWindow.root().getScene().getWindow().getX() + 1, 1)
                || ((Stage) mainWindow.root().getScene().getWindow()).isFullScreen(), "the stage goes full screen");
        assertEquals("24 February 2022 — Invasion", text(robot, "console-current"));
        assertEquals("Point at the date.", text(robot, "console-note"));
        assertEquals("Question: Who moved first?", text(robot, "console-question"));
        assertEquals("Next: May 2022 — Talk", text(robot, "console-next"));
        assertEquals("1 / 2", text(robot, "console-progress"));
        assertEquals("00:00", text(robot, "console-elapsed"));
        clock.advance(Duration.ofMinutes(12).plusSeconds(5));
        robot.interact(() -> presentation.console().orElseThrow().showElapsed());
        assertEquals("12:05", text(robot, "console-elapsed"), "the time since presenting began");
    }

    @Test
    void theConsolesKeysAndItsListOfStepsMoveTheTour(FxRobot robot) {
        robot.interact(() -> mainWindow.classroom().tours().start("lesson"));
        robot.interact(() -> consoleWindow().requestFocus());
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(1, mainWindow.classroom().tours().stepProperty().get(), "Page Down on the console moves the stage");
        assertEquals("This is the last step.", text(robot, "console-next"));
        robot.interact(() -> mainWindow.classroom().tours().go(1));
        robot.clickOn(robot.lookup(n -> "console-step:0".equals(n.getId())).queryAs(javafx.scene.Node.class));
        assertEquals(0, mainWindow.classroom().tours().stepProperty().get(), "a click in the list jumps to that step");
    }

    @Test
    void sSwapsTheScreensAndTheChoiceIsKept(FxRobot robot) {
        robot.interact(presentation::enter);
        assertEquals(LAPTOP.getMinX(), consoleWindow().getX(), 1);
        robot.type(KeyCode.S);
        assertEquals(PROJECTOR.getMinX(), consoleWindow().getX(), 1, "after S the console is on the projector");
        robot.interact(presentation::leave);
        robot.interact(presentation::enter);
        assertEquals(PROJECTOR.getMinX(), consoleWindow().getX(), 1, "the choice holds the next time");
        robot.type(KeyCode.S);
        assertEquals(LAPTOP.getMinX(), consoleWindow().getX(), 1);
    }

    @Test
    void withOneScreenThereIsNoConsoleAndLeavingClosesIt(FxRobot robot) {
        robot.interact(presentation::enter);
        assertTrue(presentation.console().isPresent());
        robot.interact(presentation::leave);
        assertTrue(Window.getWindows().stream().noneMatch(w -> w.getScene() != null
                && w.getScene().getRoot() instanceof PresenterConsole), "leaving closes the console");
        presentation.setScreens(Screens.of(LAPTOP));
        robot.interact(presentation::enter);
        assertFalse(presentation.console().isPresent(), "one screen: the stage only");
    }
}
