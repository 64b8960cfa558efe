package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.balancingact.explore.Selection;
import org.balancingact.model.Timeline;
import org.balancingact.testing.BadFiles;
import org.balancingact.ui.pages.MainWindowPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 8: files dragged onto the window open as if chosen with File ▸ Open. The robot starts a real
 * drag gesture (a real {@link Dragboard} holding the files, as a file manager's drag carries); headless
 * Monocle does not carry a gesture from one window to another, so the drag-over and the drop are then
 * delivered to the main window as the platform would deliver them, to the window's own handlers.
 */
class DragAndDropUiTest extends UiTestBase {

    /** What the window answered to a drag over it and to the drop. */
    private record Drop(TransferMode accepted, boolean completed) {
    }

    private Drop dropOnWindow(FxRobot robot, Path... files) {
        Dragboard board = dragboardHolding(robot, files);
        Node target = robot.lookup("#menu-bar").query();
        DragEvent[] over = new DragEvent[1];
        DragEvent[] dropped = new DragEvent[1];
        robot.interact(() -> {
            over[0] = event(DragEvent.DRAG_OVER, board, target);
            Event.fireEvent(target, over[0]);
        });
        robot.interact(() -> {
            dropped[0] = event(DragEvent.DRAG_DROPPED, board, target);
            Event.fireEvent(target, dropped[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new Drop(over[0].getAcceptedTransferMode(), dropped[0].isDropCompleted());
    }

    private static DragEvent event(javafx.event.EventType<DragEvent> type, Dragboard board, Node target) {
        javafx.geometry.Point2D at = target.localToScene(5, 5);
        javafx.geometry.Point2D screen = target.localToScreen(5, 5);
        return new DragEvent(type, board, at.getX(), at.getY(), screen.getX(), screen.getY(), TransferMode.COPY,
                null, target, null);
    }

    /** Starts a drag of the files from a small window of its own, as from a file manager. */
    private Dragboard dragboardHolding(FxRobot robot, Path... files) {
        Dragboard[] board = new Dragboard[1];
        Label source = new Label("files to drag");
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            source.setOnDragDetected(e -> {
                board[0] = source.startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putFiles(java.util.Arrays.stream(files).map(Path::toFile).toList());
                board[0].setContent(content);
                e.consume();
            });
            stage[0] = new Stage();
            stage[0].setScene(new Scene(source, 200, 60));
            stage[0].show();
        });
        robot.drag(source).moveBy(40, 40).drop();
        robot.interact(() -> stage[0].close());
        assertNotNull(board[0], "the drag gesture started");
        int[] held = new int[1];
        robot.interact(() -> held[0] = board[0].getFiles().size());
        assertEquals(files.length, held[0], "the dragboard holds the files");
        return board[0];
    }

    @Test
    void aValidFileDroppedOnTheWindowOpens(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindowPage window = window(robot);
        Path lesson = Files.writeString(dir.resolve("lesson.json"), BadFiles.VALID);
        Drop drop = dropOnWindow(robot, lesson);
        assertEquals(TransferMode.COPY, drop.accepted(), "the window accepts dragged files");
        assertTrue(drop.completed(), "and reports the drop done");
        assertEquals("Test timeline", window.state().getTimeline().title());
        assertFalse(window.problems().isShown());
    }

    @Test
    void ofSeveralDroppedFilesTheFirstOpens(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindowPage window = window(robot);
        Path first = Files.writeString(dir.resolve("first.json"), BadFiles.replace("Test timeline", "First"));
        Path second = Files.writeString(dir.resolve("second.json"), BadFiles.replace("Test timeline", "Second"));
        assertTrue(dropOnWindow(robot, first, second).completed());
        assertEquals("First", window.state().getTimeline().title());
    }

    @Test
    void aBrokenFileDroppedListsItsProblemsAndTheDatasetStays(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindowPage window = window(robot);
        window.select(Selection.event("invasion"));
        Timeline before = window.state().getTimeline();
        BadFiles.Case bad = BadFiles.all().values().iterator().next();
        Path file = Files.write(dir.resolve(bad.name()), bad.bytes());
        Drop drop = dropOnWindow(robot, file);
        assertFalse(drop.completed(), "a file that could not be opened is not a completed drop");
        assertTrue(window.problems().isShown(), "the problems panel lists why");
        assertEquals(bad.line(), window.problems().entries().get(0).line());
        assertTrue(window.problems().header().startsWith(bad.name() + " could not be opened"), window.problems().header());
        assertSame(before, window.state().getTimeline(), "the dataset shown before stays");
        assertEquals(Selection.event("invasion"), window.selection(), "and so does the selection");
    }
}
