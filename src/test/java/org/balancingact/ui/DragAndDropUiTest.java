package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.balancingact.explore.Selection;
import org.balancingact.model.Timeline;
import org.balancingact.testing.BadFiles;
import org.balancingact.ui.pages.MainWindowPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Issue 8: files dropped on the window open as if chosen with File ▸ Open. Headless Monocle cannot carry
 * a file drag from another window reliably (a drag started by the robot sometimes never begins, and a
 * drop on another window fails inside Monocle), so the test drops through {@code MainWindow.openDropped},
 * the very method the window's drop handler calls with the dragboard's files.
 */
class DragAndDropUiTest extends UiTestBase {

    @Test
    void aValidFileDroppedOnTheWindowOpens(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindowPage window = window(robot);
        Path lesson = Files.writeString(dir.resolve("lesson.json"), BadFiles.VALID);
        assertTrue(window.dropFiles(lesson), "the drop is reported done");
        assertEquals("Test timeline", window.state().getTimeline().title());
        assertFalse(window.problems().isShown());
    }

    @Test
    void ofSeveralDroppedFilesTheFirstOpens(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindowPage window = window(robot);
        Path first = Files.writeString(dir.resolve("first.json"), BadFiles.replace("Test timeline", "First"));
        Path second = Files.writeString(dir.resolve("second.json"), BadFiles.replace("Test timeline", "Second"));
        assertTrue(window.dropFiles(first, second));
        assertEquals("First", window.state().getTimeline().title());
    }

    @Test
    void aBrokenFileDroppedListsItsProblemsAndTheDatasetStays(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindowPage window = window(robot);
        window.select(Selection.event("invasion"));
        Timeline before = window.state().getTimeline();
        for (BadFiles.Case bad : BadFiles.all().values()) {
            Path file = Files.write(dir.resolve(bad.name()), bad.bytes());
            assertFalse(window.dropFiles(file), bad.name() + ": a file that could not be opened is not a completed drop");
            assertTrue(window.problems().isShown(), bad.name() + ": the problems panel lists why");
            assertEquals(bad.line(), window.problems().entries().get(0).line(), bad.name());
            assertTrue(window.problems().header().startsWith(bad.name() + " could not be opened"), window.problems().header());
            assertSame(before, window.state().getTimeline(), bad.name() + ": the dataset shown before stays");
            assertEquals(Selection.event("invasion"), window.selection(), bad.name() + ": and so does the selection");
        }
    }
}
