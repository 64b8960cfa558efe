package org.balancingact.ui;

import java.util.concurrent.TimeoutException;
import org.balancingact.shell.MainWindow;
import org.balancingact.ui.pages.MainWindowPage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxToolkit;

/**
 * What every UI test starts from: the real main window with the bundled dataset, opened fresh for each
 * test, and a picture of every window saved when a test fails. A test then reads like a user story
 * through {@link #window(FxRobot)}.
 */
@ExtendWith({ApplicationExtension.class, ScreenshotOnFailure.class})
abstract class UiTestBase {
    protected MainWindow mainWindow;

    /**
     * TestFX's {@code @Start} is looked up on the test class itself only, so the window is put on the
     * primary stage here, after the extension has set that stage up.
     */
    @BeforeEach
    void openMainWindow() throws TimeoutException {
        FxToolkit.setupStage(stage -> mainWindow = MainWindowPage.open(stage));
        MainWindowPage.awaitComplete(mainWindow); // the views built after the first frame, laid out
    }

    protected MainWindowPage window(FxRobot robot) {
        return MainWindowPage.of(robot, mainWindow);
    }
}
