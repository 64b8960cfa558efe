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
    void mistakesArePointedAtCellByCell() {
        String csv = "date,end date,title,quote,source\n"
                + "2022-02-30,,Bad day,words,src\n"
                + "2022-13,,Bad month,words,src\n"
                + "2022,2020,Backwards,words,src\n"
                + "2022,,No quote,,\n"
                + "2022,,No source,words,\n"
                + ",,No date,words,src\n";
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, read("class.csv", csv));
        assertEquals(List.of(2, 3, 4, 5, 6, 7), failed.problems().stream().map(Problem::line).toList(), failed.problems()::toString);
        assertEquals(1, failed.problems().get(0).column());
        assertEquals("/rows/2/date", failed.problems().get(0).pointer());
        assertTrue(failed.problems().get(0).message().contains("28 days"));
        assertEquals("/rows/4/end date", failed.problems().get(2).pointer(), "the end date is the wrong one");
        assertTrue(failed.problems().get(3).message().contains("cites no quote"));
        failed.problems().forEach(p -> assertTrue(!p.hint().isEmpty(), p::toString));
    }

    @Test
    void unknownColumnsAndAMissingTitleColumnAreNamed() {
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, read("x.csv", "date,colour\n2022,red\n"));
        assertTrue(failed.problems().stream().anyMatch(p -> p.message().contains("\"colour\" is unknown") && p.column() == 6),
                failed.problems()::toString);
        assertTrue(failed.problems().stream().anyMatch(p -> p.message().contains("no \"title\" column")));
    }

    @Test
    void aBrokenQuoteIsLocated() {
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class,
                read("x.csv", "date,title,quote,source\n2022,A,\"unclosed,src\n"));
        assertTrue(failed.problems().get(0).line() >= 1, failed.problems()::toString);
    }

    @Test
    void anEmptySpreadsheetIsNamedAsEmpty() {
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, read("x.csv", "\n\n"));
        assertTrue(failed.problems().get(0).message().contains("empty"), failed.problems()::toString);
    }
}
