package org.balancingact.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.layout.BorderPane;
import org.balancingact.explore.ExplorerState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** S (or Present ▸ Swap) is remembered: the next run puts the stage and the console where the teacher left them. */
@ExtendWith(ApplicationExtension.class)
class PresentingScreensRememberedTest {
    @Test
    void swappingTheScreensIsRememberedForTheNextRun(FxRobot robot) {
        Settings settings = Settings.inMemory();
        assertFalse(settings.stageOnPrimaryScreen(), "by default the stage goes to the screen that is not the primary one");
        robot.interact(() -> new Classroom(new BorderPane(), new ExplorerState(), name -> null, settings).presentation().swapScreens());
        assertTrue(settings.stageOnPrimaryScreen(), "the swap is remembered");
        robot.interact(() -> new Classroom(new BorderPane(), new ExplorerState(), name -> null, settings).presentation().swapScreens());
        assertFalse(settings.stageOnPrimaryScreen(), "a new window starts from the remembered choice, so swapping again puts it back");
    }
}
