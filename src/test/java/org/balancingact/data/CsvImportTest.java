package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balancingact.model.ActorKind;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A teacher's spreadsheet, saved as CSV, imports — and its mistakes are pointed at cell by cell. */
class CsvImportTest {
    private final TimelineFiles files = new TimelineFiles();

    /** The template exactly as the README shows it, so the documentation cannot drift from the code. */
    static String readmeTemplate() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```csv\n") + "```csv\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    private ReadResult read(String name, String text) {
        return files.read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theReadmeTemplateImports(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("lesson.csv");
        Files.writeString(csv, readmeTemplate());
        ReadResult result = files.read(csv);
        Timeline t = assertInstanceOf(ReadResult.Loaded.class, result, result::toString).timeline();
        assertEquals(3, t.events().size());
        assertEquals("2022-01-18/2022-02-20", t.events().get(0).when().edtf());
        assertEquals(ActorKind.PERSON, t.actor("vladimir-makei").orElseThrow().kind());
        assertEquals(List.of("diplomacy", "sanctions"), t.events().get(2).themeIds());
        assertEquals(1, t.sources().size(), "one source, named the same in every row");
        assertTrue(t.quotes().stream().allMatch(q -> t.source(q.sourceId()).orElseThrow().text().contains(q.text())));
    }

    @Test
    void semicolonsAndTabsAreRecognisedAndTheContentIsEnoughWithoutAnExtension() {
        String semicolons = "date;title;quote;source\n2022-02-24;Invasion;\"From February 24, when the invasion began\";Shraibman\n";
        assertTrue(read("sheet.txt", semicolons).isLoaded(), () -> read("sheet.txt", semicolons).toString());
        String tabs = "date\ttitle\tquote\tsource\n2022-02-24\tInvasion\tFrom February 24\tShraibman\n";
        assertTrue(read("sheet.tsv", tabs).isLoaded());
    }

    @Test
    void mistakesAreWarnedAboutCellByCellAndTheRowsThatCanBeUsedOpen() {
        String csv = "date,end date,title,quote,source\n"
                + "2022-02-30,,Bad day,words,src\n"
                + "2022-13,,Bad month,words,src\n"
                + "2022,2020,Backwards,words,src\n"
                + "2022,,No quote,,\n"
                + "2022,,No source,words,\n"
                + ",,No date,words,src\n";
        ReadResult.Loaded loaded = assertInstanceOf(ReadResult.Loaded.class, read("class.csv", csv));
        assertEquals(List.of("No quote", "No source"), loaded.timeline().events().stream().map(e -> e.title()).sorted().toList());
        List<Problem> rows = loaded.warnings().stream().filter(p -> p.line() > 0).toList();
        assertEquals(List.of(2, 3, 4, 6, 7), rows.stream().map(Problem::line).toList(), rows::toString);
        assertEquals(1, rows.get(0).column());
        assertEquals("/rows/2/date", rows.get(0).pointer());
        assertTrue(rows.get(0).message().contains("28 days"));
        assertEquals("/rows/4/end", rows.get(2).pointer(), "the end date is the wrong one");
        assertTrue(rows.get(3).message().contains("quote but no source"), rows.get(3)::message);
        assertTrue(loaded.warnings().stream().anyMatch(p -> p.line() == 0 && p.message().contains("quote no source: 2 of 2")),
                "one warning for the file about events without a quote, not an error per row");
        loaded.warnings().forEach(p -> assertTrue(!p.hint().isEmpty(), p::toString));
    }

    @Test
    void columnsNoKeyTakesAreKeptAsMoreFieldsAndAMissingTitleColumnIsNamed() {
        ReadResult.Loaded loaded = assertInstanceOf(ReadResult.Loaded.class, read("x.csv", "date,title,colour\n2022,A,red\n"));
        assertEquals(java.util.Map.of("colour", "red"), loaded.timeline().events().get(0).moreFields());
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, read("x.csv", "date,colour\n2022,red\n"));
        Problem p = failed.problems().get(0);
        assertTrue(p.message().contains("No title column") && p.message().contains("date, colour"), p::format);
    }

    @Test
    void aBrokenQuoteLeavesOutItsRowAndTheRestOpens() {
        ReadResult.Loaded loaded = assertInstanceOf(ReadResult.Loaded.class,
                read("x.csv", "date,title\n2022,\"unclosed\n2023,B\n"));
        assertTrue(loaded.warnings().get(0).line() == 2 && loaded.warnings().get(0).message().contains("cannot be read"),
                loaded.warnings()::toString);
        assertEquals(List.of("B"), loaded.timeline().events().stream().map(e -> e.title()).toList());
    }

    @Test
    void anEmptySpreadsheetIsNamedAsEmpty() {
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, read("x.csv", "\n\n"));
        assertTrue(failed.problems().get(0).message().contains("empty"), failed.problems()::toString);
    }
}
