package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.balancingact.data.ColumnMapping;
import org.balancingact.data.ImportOptions;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TablePreview;
import org.balancingact.explore.Selection;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;
import org.balancingact.testing.ImportFiles;
import org.balancingact.ui.pages.ColumnDialogPage;
import org.balancingact.ui.pages.MainWindowPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Issue 17 through the real window: a table whose columns the app cannot be sure of is asked about in a
 * dialog with a live preview, the answer is remembered for that header row, and what the import left out
 * or could not find (a source's words) is said in the problems panel and the details.
 */
class ImportUiTest extends UiTestBase {

    @Test
    void anAlertLogAsksForItsTitleColumnsShowsThePreviewAndIsRememberedForItsHeader(FxRobot robot, @TempDir Path dir) throws IOException {
        MainWindowPage window = window(robot);
        Path log = Files.writeString(dir.resolve("alerts.csv"), ImportFiles.airRaidLog(60, 7));

        ColumnDialogPage dialog = window.openFileAsking(log);
        assertTrue(dialog.isShown(), "no title column is recognised: the app asks");
        assertTrue(dialog.message().contains("No title column"), dialog.message());
        assertFalse(dialog.canOpen(), "not without a title");
        assertEquals("started_at", dialog.chosen("date", 0), "what was recognised is filled in");
        assertEquals("finished_at", dialog.chosen("end", 0));

        dialog.choose("title", "hromada", "raion", "oblast");
        assertTrue(dialog.canOpen());
        List<TablePreview.Row> preview = dialog.previewRows();
        assertEquals(TablePreview.ROWS, preview.size(), "the first rows, as they will be read");
        assertTrue(preview.stream().allMatch(r -> !r.title().isBlank() && r.leftOut().isEmpty()), preview::toString);
        assertEquals("16:10:34+00:00", preview.get(0).time().substring(0, 14), "the time of day as written");

        ReadResult result = dialog.open();
        ReadResult.Loaded loaded = assertInstanceOf(ReadResult.Loaded.class, result);
        assertEquals(60, window.state().getTimeline().events().size());
        assertTrue(window.problems().isShown(), "the warning is said");
        assertFalse(window.problems().showsErrors(), "there is no error");
        assertEquals(1, window.problems().warnings().size(), "one warning for the file, not one per row");
        assertTrue(window.problems().header().contains("60 rows read, 60 events, 0 left out"), window.problems().header());

        Event first = window.state().getTimeline().events().stream().filter(e -> e.timeOfDay().startsWith("16:10:34"))
                .findFirst().orElseThrow();
        window.select(Selection.event(first.id()));
        assertTrue(label(robot, "#details-time").contains("16:10:34+00:00"), "the details show the time of day");
        assertEquals("No source quoted", label(robot, "#details-no-source"));
        GridPane more = robot.lookup("#details-more-fields").query();
        List<String> shown = more.getChildren().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(shown.contains("level") && shown.contains("source"), "more fields, name and value: " + shown);
        assertTrue(robot.lookup("#quote-no-source").tryQuery().isPresent(), "the quote panel says no source is quoted");

        // the same header again (next month's log): opened as answered, without asking
        Path next = Files.writeString(dir.resolve("alerts-april.csv"), ImportFiles.airRaidLog(30, 8));
        assertTrue(window.openFile(next).isLoaded());
        assertEquals(30, window.state().getTimeline().events().size());
        assertTrue(loaded.report().columns().orElseThrow().format().contains("title=hromada|raion|oblast"));
    }

    @Test
    void cancellingTheDialogChangesNothing(FxRobot robot, @TempDir Path dir) throws IOException {
        MainWindowPage window = window(robot);
        Timeline before = window.state().getTimeline();
        Path log = Files.writeString(dir.resolve("alerts.csv"), ImportFiles.airRaidLog(10, 7));
        ReadResult result = window.openFileAsking(log).cancel();
        assertFalse(result.isLoaded());
        assertSame(before, window.state().getTimeline(), "the dataset shown before stays");
        assertFalse(window.problems().isShown(), "a cancel is not a problem");
    }

    @Test
    void aMappingGivenOnTheCommandLineOpensWithoutAsking(FxRobot robot, @TempDir Path dir) throws IOException {
        MainWindowPage window = window(robot);
        Path log = Files.writeString(dir.resolve("alerts.csv"), ImportFiles.airRaidLog(25, 7));
        ReadResult result = window.openFile(log, ImportOptions.NONE.withColumns(ColumnMapping.parse("title=hromada|raion|oblast")));
        assertTrue(result.isLoaded(), () -> result.problems().toString());
        assertEquals(25, window.state().getTimeline().events().size());
    }

    @Test
    void aCyrillicTableInWindows1251IsReadInTheEncodingChosenInTheDialog(FxRobot robot, @TempDir Path dir) throws IOException {
        MainWindowPage window = window(robot);
        Path file = Files.write(dir.resolve("uk.csv"),
                "дата,назва\n2022-02-24,Вторгнення\n2022-03-15,Тривога\n".getBytes(Charset.forName("windows-1251")));
        ColumnDialogPage dialog = window.openFileAsking(file);
        assertTrue(dialog.isShown(), "neither the columns nor the encoding are sure");
        assertTrue(dialog.message().contains("windows-1251"), "the guess is named: " + dialog.message());
        dialog.encoding("windows-1251").choose("date", "дата").choose("title", "назва");
        assertEquals("Вторгнення", dialog.previewRows().get(0).title(), "the preview reads the letters right");
        ReadResult result = dialog.open();
        ReadResult.Loaded loaded = assertInstanceOf(ReadResult.Loaded.class, result);
        assertEquals("windows-1251", loaded.report().encoding());
        assertTrue(loaded.warnings().stream().noneMatch(w -> w.message().contains("guess")), "chosen, so not a guess");
        assertEquals(List.of("Вторгнення", "Тривога"), window.state().getTimeline().events().stream().map(Event::title).toList());
    }

    @Test
    void rowsLeftOutAreListedAsWarningsAndTheColumnsCanBeChosenAgain(FxRobot robot, @TempDir Path dir) throws IOException {
        MainWindowPage window = window(robot);
        Path csv = Files.writeString(dir.resolve("lesson.csv"), "date,title,notes\n2022-02-24,Invasion,x\n,No date,y\n2022-02-30,Bad day,z\n");
        assertTrue(window.openFile(csv).isLoaded(), "date and title are recognised: no need to ask");
        assertEquals(List.of(3, 4, 0), window.problems().warnings().stream().map(p -> p.line()).toList());
        assertTrue(window.problems().header().contains("3 rows read, 1 event, 2 left out"), window.problems().header());

        ColumnDialogPage dialog = window.chooseColumnsAgain();
        assertTrue(dialog.isShown());
        assertEquals("title", dialog.chosen("title", 0), "what the file was read with is filled in");
        dialog.choose("title", "notes");
        assertEquals("x", dialog.previewRows().get(0).title());
        dialog.open();
        assertEquals("x", window.state().getTimeline().events().get(0).title(), "read again with the new choice");
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
