package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.Test;

/**
 * TimelineJS's spreadsheet template saved as CSV (issue 17): read like TimelineJS JSON. The file under
 * test resources was made for this test, in the template's shape: CRLF line ends, a byte-order mark,
 * a title row, rows with only a year or a month, HTML with {@code ""} escapes, an era, text garbled
 * before it was saved, and two rows that cannot be used.
 */
class TimelineJsSheetTest {
    private final TimelineFiles files = new TimelineFiles();

    static byte[] template() {
        try (InputStream in = TimelineJsSheetTest.class.getResourceAsStream("/org/balancingact/data/tables/timelinejs-template.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ReadResult.Loaded loaded(String name, byte[] bytes) {
        ReadResult result = files.read(name, bytes);
        return assertInstanceOf(ReadResult.Loaded.class, result, () -> result.problems().toString());
    }

    @Test
    void theTemplateWithCrlfAndAByteOrderMarkImportsLikeTimelineJsJson() {
        ReadResult.Loaded result = loaded("class.csv", template());
        Timeline t = result.timeline();
        assertEquals(ImportReport.Kind.TIMELINEJS_SHEET, result.report().kind());
        assertEquals("A class timeline", t.title(), "the title row is the timeline's title");
        assertEquals("Made in the TimelineJS template, saved as CSV.", t.description());
        assertEquals(5, t.events().size(), "four slides and an era; two rows left out");
        assertEquals(7, result.report().read(), "the title row is not a slide");
        assertEquals(2, result.report().leftOut());

        assertEquals("2014", event(t, "A year only").when().edtf());
        Event month = event(t, "A month only");
        assertEquals("2014-03", month.when().edtf());
        assertEquals("Text with a bold word, a comma and \"quotes\".", month.summary(), "HTML made plain, \"\" read as \"");
        assertTrue(month.dateNote().contains("Spring 2014"), "the display date is kept: " + month.dateNote());
        assertEquals("https://example.org/picture.jpg", month.references().get(0).url(), "the media is a link");
        assertEquals("A caption — Example credit", month.references().get(0).title());
        assertEquals(List.of("politics"), month.themeIds(), "the group is a theme (and a lane)");

        Event timed = event(t, "A day and a time");
        assertEquals("2014-03-18/2014-03-19", timed.when().edtf());
        assertEquals("16:10", timed.timeOfDay());
        assertEquals("Safe & sound", timed.summary(), "a script is dropped, never kept as markup");
        assertFalse(timed.quoteIds().isEmpty(), "a slide's own words are its quote, the file its source");

        Event era = event(t, "An era");
        assertEquals(List.of(TimelineJsImport.ERA_THEME), era.themeIds());
        assertEquals(3, era.importance());
    }

    @Test
    void rowsThatCannotBeUsedAndGarbledTextAreWarnedAboutAtTheirCell() {
        ReadResult.Loaded result = loaded("class.csv", template());
        List<Problem> warnings = result.warnings();
        Problem garbled = warnings.stream().filter(w -> w.message().contains("garbled")).findFirst().orElseThrow();
        assertEquals(7, garbled.line());
        Problem noYear = warnings.stream().filter(w -> w.message().contains("no year")).findFirst().orElseThrow();
        assertEquals(8, noYear.line());
        assertEquals(1, noYear.column(), "the Year column");
        assertTrue(noYear.message().startsWith("Row 8"), noYear.message());
        Problem month = warnings.stream().filter(w -> w.message().contains("13")).findFirst().orElseThrow();
        assertEquals(9, month.line());
        assertEquals(6, month.column(), "the Month column");
        assertEquals("Garbled letters", event(result.timeline(), "Garbled letters").title(), "the row itself opens");
    }

    @Test
    void theTemplatesColumnsMayComeInAnyOrderAndTheirNamesInAnyCaseAndSpacing() {
        String csv = "headline ; TYPE ; year ; month ; day ; End_Year ; group\n"
                + "Title;title;;;;;\n"
                + "First;;1991;8;24;;Independence\n"
                + "Second;;2004;11;22;2005;Protest\n";
        ReadResult.Loaded result = loaded("sheet.txt", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals("Title", result.timeline().title());
        assertEquals("1991-08-24", event(result.timeline(), "First").when().edtf());
        assertEquals("2004-11-22/2005", event(result.timeline(), "Second").when().edtf());
    }

    @Test
    void givenColumnsReadTheTemplateAsAnyOtherTable() {
        ReadResult result = files.read("class.csv", template(),
                ImportOptions.NONE.withColumns(ColumnMapping.parse("date=Year,title=Headline")));
        ReadResult.Loaded loaded = assertInstanceOf(ReadResult.Loaded.class, result, () -> result.problems().toString());
        assertEquals(ImportReport.Kind.TABLE, loaded.report().kind());
    }

    private static Event event(Timeline t, String title) {
        return t.events().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " not among " + t.events().stream().map(Event::title).toList()));
    }
}
