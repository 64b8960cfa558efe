package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.balancingact.data.ReadResult;
import org.balancingact.explore.Selection;
import org.balancingact.model.Timeline;
import org.balancingact.testing.BadFiles;
import org.balancingact.ui.pages.MainWindowPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 8 through the real window: every bad input, opened with File ▸ Open and reloaded after a
 * change on disk, lists located problems in the docked panel and leaves the screen as it was.
 */
class FileHandlingUiTest extends UiTestBase {
    private void assertScreenUnchanged(MainWindowPage window, Timeline before, String what) {
        assertSame(before, window.state().getTimeline(), what + ": the dataset shown before stays");
        assertEquals(Selection.event("invasion"), window.selection(), what + ": and so does the selection");
        assertTrue(window.timeline().isSelected("invasion"), what + ": drawn as selected");
    }

    @Test
    void everyBadInputOpenedWithFileOpenIsListedAndTheScreenStays(FxRobot robot, @TempDir Path dir) throws IOException {
        MainWindowPage window = window(robot);
        Timeline before = window.state().getTimeline();
        window.timeline().clickEvent("invasion");
        for (BadFiles.Case bad : BadFiles.all().values()) {
            Path file = Files.write(dir.resolve(bad.name()), bad.bytes());
            ReadResult result = window.openFile(file);
            assertInstanceOf(ReadResult.Failed.class, result, bad.name());
            assertTrue(window.problems().isShown(), bad.name());
            assertEquals(bad.line(), window.problems().entries().get(0).line(), bad.name());
            assertTrue(window.problems().header().startsWith(bad.name() + " could not be opened"), window.problems().header());
            assertScreenUnchanged(window, before, bad.name());
        }
    }

    @Test
    void everyBadInputArrivingAsAReloadIsListedAndTheScreenStays(FxRobot robot, @TempDir Path dir) throws IOException {
        MainWindowPage window = window(robot);
        Path lesson = dir.resolve("lesson.json");
        Files.writeString(lesson, BadFiles.VALID);
        assertTrue(window.openFile(lesson).isLoaded());
        window.select(Selection.event("invasion"));
        Timeline before = window.state().getTimeline();
        for (BadFiles.Case bad : BadFiles.all().values()) {
            Files.write(lesson, bad.bytes());
            ReadResult result = window.reload();
            assertInstanceOf(ReadResult.Failed.class, result, bad.name());
            assertTrue(window.problems().isShown(), bad.name());
            assertEquals(bad.line(), window.problems().entries().get(0).line(), bad.name());
            assertTrue(window.problems().header().contains("could not be reloaded"), window.problems().header());
            assertScreenUnchanged(window, before, bad.name());
        }
        Files.writeString(lesson, BadFiles.replace("Test timeline", "Fixed timeline"));
        assertTrue(window.reload().isLoaded());
        assertEquals("Fixed timeline", window.state().getTimeline().title());
        assertFalse(window.problems().isShown(), "the panel goes once the file is fixed");
        assertEquals(Selection.event("invasion"), window.selection(), "the selection survives a reload");
    }

    @Test
    void aReloadDropsTheSelectionOnlyWhenItsIdIsGone(FxRobot robot, @TempDir Path dir) throws IOException {
        MainWindowPage window = window(robot);
        Path lesson = Files.writeString(dir.resolve("lesson.json"), BadFiles.VALID);
        window.openFile(lesson);
        window.select(Selection.event("later"));
        Files.writeString(lesson, BadFiles.replace("\"title\": \"Later\"", "\"title\": \"Later, renamed\""));
        assertTrue(window.reload().isLoaded());
        assertEquals(Selection.event("later"), window.selection());
        Files.writeString(lesson, BadFiles.replace("{\"id\": \"later\"", "{\"id\": \"afterwards\""));
        assertTrue(window.reload().isLoaded());
        assertEquals(Selection.NONE, window.selection());
    }

    @Test
    void savingTheOpenFileInAnEditorReloadsIt(FxRobot robot, @TempDir Path dir) throws Exception {
        MainWindowPage window = window(robot);
        Path lesson = Files.writeString(dir.resolve("lesson.json"), BadFiles.VALID);
        window.openFile(lesson);
        Files.writeString(lesson, BadFiles.replace("Test timeline", "Saved in an editor"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> "Saved in an editor".equals(window.state().getTimeline().title()));
        Files.writeString(lesson, "{ broken");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.problems().isShown());
        assertEquals("Saved in an editor", window.state().getTimeline().title(), "a failed reload keeps the screen");
    }

    @Test
    void problemsAreCopyableOneByOneAndAllAtOnceAndThePanelCloses(FxRobot robot, @TempDir Path dir) throws IOException {
        MainWindowPage window = window(robot);
        Path file = Files.writeString(dir.resolve("two.json"), BadFiles.replace("\"when\": \"2022-02-24\"", "\"when\": \"2022-02-30\"")
                .replace("\"actors\": [\"russia\"]", "\"actors\": [\"belarus\"]"));
        window.openFile(file);
        assertEquals(2, window.problems().entries().size());
        String all = window.problems().copyAll();
        assertEquals(2, all.lines().count(), all);
        assertTrue(all.startsWith(file + ":17:"), all);
        String one = window.problems().copyEntry(1);
        assertTrue(one.startsWith(file + ":19:") && one.contains("belarus") && !one.contains("\n"), one);
        window.problems().close();
        assertFalse(window.problems().isShown());
    }

    @Test
    void timelineJsAndTheReadmeCsvTemplateOpenLikeAnyTimeline(FxRobot robot, @TempDir Path dir) throws IOException {
        MainWindowPage window = window(robot);
        Path women = dir.resolve("women_in_computing.json");
        try (InputStream in = getClass().getResourceAsStream("/org/balancingact/data/timelinejs/women_in_computing.json")) {
            Files.write(women, in.readAllBytes());
        }
        assertTrue(window.openFile(women).isLoaded());
        assertTrue(window.state().getTimeline().event("ada-lovelace").isPresent());
        assertTrue(window.timeline().isShown("edith-clarke-bucking-the-trend"), "the imported events are drawn");
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```csv\n") + 7;
        Path csv = Files.writeString(dir.resolve("lesson.csv"), readme.substring(start, readme.indexOf("```", start)));
        assertTrue(window.openFile(csv).isLoaded());
        assertTrue(window.timeline().isShown("russia-invades-ukraine"));
    }

    @Test
    void anExportNeverOverwritesTheOpenFileAndReimports(FxRobot robot, @TempDir Path dir) throws IOException {
        MainWindowPage window = window(robot);
        Path lesson = Files.writeString(dir.resolve("lesson.json"), BadFiles.VALID);
        window.openFile(lesson);
        assertTrue(window.exportTimelineJs(lesson).isPresent(), "refused");
        assertEquals(BadFiles.VALID, Files.readString(lesson), "the dataset the user opened is untouched");
        Path out = dir.resolve("published.json");
        assertTrue(window.exportTimelineJs(out).isEmpty());
        assertTrue(window.openFile(out).isLoaded(), "the export opens again");
        assertTrue(window.state().getTimeline().event("invasion").isPresent());
        try (var listing = Files.list(dir)) {
            assertTrue(listing.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
