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
import org.balancingact.testing.ImportFiles;
import org.junit.jupiter.api.Test;

/** Knight Lab's own example files import, with their dates, groups, eras and plain-text words. */
class TimelineJsImportTest {
    private final TimelineFiles files = new TimelineFiles();

    static byte[] resource(String name) {
        try (InputStream in = TimelineJsImportTest.class.getResourceAsStream("/org/balancingact/data/timelinejs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Timeline loaded(String name, byte[] bytes) {
        ReadResult result = files.read(name, bytes);
        if (result instanceof ReadResult.Failed failed) {
            throw new AssertionError(failed.problems().toString());
        }
        return ((ReadResult.Loaded) result).timeline();
    }

    @Test
    void womenInComputingImportsWithPlainTextAndPartialDates() {
        Timeline t = loaded("women_in_computing.json", resource("women_in_computing.json"));
        assertEquals(10, t.events().size());
        Event ada = t.events().stream().filter(e -> e.title().equals("Ada Lovelace")).findFirst().orElseThrow();
        assertEquals("1815-12-10/1852-11-27", ada.when().edtf());
        assertFalse(ada.summary().contains("<"), ada.summary());
        assertTrue(ada.summary().startsWith("Women have been programming since before it was a thing."), ada.summary());
        assertTrue(t.events().stream().anyMatch(e -> e.when().edtf().equals("1943-07/1946")), "empty strings are absent parts");
        assertTrue(t.events().stream().anyMatch(e -> e.when().edtf().equals("1951")));
        assertTrue(t.quotes().stream().anyMatch(q -> q.text().startsWith("There is no demand for women engineers")),
                "a blockquote used as media becomes a quote");
        assertEquals(TimelineJsImport.SOURCE_ID, t.quotes().get(0).sourceId(), "the source is the file itself");
        assertTrue(t.sources().get(0).text().contains(t.quotes().get(0).text()), "verbatim by construction");
        assertTrue(ada.references().get(0).title().contains("Portrait by Alfred Edward Chalon — Wikimedia Commons"));
    }

    @Test
    void erasBecomeBackgroundEventsUnderTheirOwnTheme() {
        Timeline t = loaded("eras.json", resource("eras.json"));
        assertEquals("Eras Test", t.title());
        List<Event> eras = t.events().stream().filter(e -> e.themeIds().contains(TimelineJsImport.ERA_THEME)).toList();
        assertEquals(3, eras.size());
        assertTrue(eras.stream().allMatch(e -> e.importance() == 3));
        assertEquals(23, t.events().size(), "20 events and 3 eras");
        assertTrue(t.events().stream().anyMatch(e -> e.when().edtf().equals("0622-08-09/0622-08-23")));
    }

    @Test
    void cosmologicalYearsAreRefusedOneByOneWithTheRangeThisAppShows() {
        ReadResult result = files.read("cosmo.json", resource("cosmo.json"));
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, result);
        assertEquals(7, failed.problems().size(), failed.problems()::toString); // 6 events; one of them has two bad years
        Problem first = failed.problems().get(0);
        assertEquals("/events/0/start_date/year", first.pointer());
        assertEquals(21, first.line(), "the line of the year itself");
        assertTrue(first.message().contains("-13800000000") && first.message().contains("-9999 to 9999"), first.message());
        assertFalse(first.hint().isEmpty());
        assertTrue(failed.problems().stream().noneMatch(p -> p.message().contains("-3500")), "3500 BCE fits");
    }

    @Test
    void yearsBeforeTheCommonEraWithinFourDigitsImport() {
        String json = "{\"events\": [{\"start_date\": {\"year\": -3500}, \"text\": {\"headline\": \"Writing\"}},"
                + " {\"start_date\": {\"year\": \"-44\", \"month\": 3, \"day\": \"15\"}, \"text\": {\"headline\": \"Ides\"}}]}";
        Timeline t = loaded("bce.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(-3500, t.events().get(0).when().earliest().getYear());
        assertEquals("-0044-03-15", t.event("ides").orElseThrow().when().edtf());
    }

    @Test
    void slidesThatCannotBeUsedAreLeftOutWithALocatedWarningAndTheRestOpens() {
        String json = "{\"events\": [\n"
                + "{\"start_date\": {\"year\": \"2022\", \"month\": \"13\"}, \"text\": {\"headline\": \"A\"}},\n"
                + "{\"start_date\": {\"year\": 2022, \"month\": 2, \"day\": 30}, \"text\": {\"headline\": \"B\"}},\n"
                + "{\"start_date\": {\"year\": 2022}, \"end_date\": {\"year\": 2020}, \"text\": {\"headline\": \"C\"}},\n"
                + "{\"start_date\": {\"year\": true}, \"text\": {\"headline\": \"D\"}},\n"
                + "{\"text\": {\"headline\": \"E\"}},\n"
                + "{\"unique_id\": \"x\", \"start_date\": {\"year\": 1}, \"text\": {\"headline\": \"F\"}},\n"
                + "{\"unique_id\": \"x\", \"start_date\": {\"year\": 2}, \"text\": {\"headline\": \"G\"}}]}";
        ReadResult result = files.read("bad.json", json.getBytes(StandardCharsets.UTF_8));
        ReadResult.Loaded loaded = assertInstanceOf(ReadResult.Loaded.class, result, () -> result.problems().toString());
        assertEquals(List.of("F", "G"), loaded.timeline().events().stream().map(Event::title).toList());
        assertEquals("x-2", loaded.timeline().events().get(1).id(), "a repeated unique_id gets a suffix");
        List<Problem> warnings = loaded.warnings();
        assertEquals(List.of(2, 3, 4, 5, 6, 8), warnings.stream().map(Problem::line).toList(), warnings::toString);
        assertTrue(warnings.stream().allMatch(Problem::isWarning));
        assertTrue(warnings.get(1).message().contains("28 days") && warnings.get(1).message().contains("left out"), warnings.get(1)::message);
        assertTrue(warnings.get(5).message().contains("\"x\" is already used"), warnings.get(5)::message);
        warnings.forEach(p -> assertFalse(p.hint().isEmpty(), p::toString));
        assertEquals(7, loaded.report().read());
        assertEquals(5, loaded.report().leftOut());
    }

    @Test
    void a648SlideExportWithOneEmptyYearOpensWithoutThatSlide() {
        byte[] export = ImportFiles.timelineJs(648, 300).getBytes(StandardCharsets.UTF_8);
        ReadResult result = files.read("export.json", export);
        ReadResult.Loaded loaded = assertInstanceOf(ReadResult.Loaded.class, result, () -> result.problems().toString());
        assertEquals(647, loaded.timeline().events().size());
        assertEquals(1, loaded.warnings().size());
        Problem empty = loaded.warnings().get(0);
        assertEquals("/events/300/start_date", empty.pointer());
        assertEquals(303, empty.line(), "the slide's own line: two lines before the first slide");
        assertTrue(empty.message().contains("events[300] has no year") && empty.format().contains(": warning: "), empty::format);
        assertEquals(647, loaded.timeline().tours().get(0).steps().size(), "the slides in order, without the one left out");
    }

    @Test
    void htmlIsTurnedIntoPlainTextAndNeverKeptAsMarkup() {
        assertEquals("Hello world & more", HtmlText.plain("<p>Hello <b>world</b> &amp; more</p>"));
        assertEquals("a < b", HtmlText.plain("a &lt; b"));
        assertEquals("safe", HtmlText.plain("<script>alert('x')</script>safe<style>p{}</style>"));
        assertEquals("line one\nline two", HtmlText.plain("line one<br/>line two"));
        assertEquals("x", HtmlText.plain("<img src=x onerror=alert(1)>x"));
        assertEquals("“é”", HtmlText.plain("&ldquo;&#233;&#x201D;"));
        assertEquals("5 < 6 and 7", HtmlText.plain("5 < 6 and 7"));
    }

    @Test
    void anExportReimportsWithTheSameEventsAndDates() {
        Timeline bundled = ((ReadResult.Loaded) files.readBundled()).timeline();
        Timeline again = loaded("export.json", TimelineJsExport.toJson(bundled));
        assertEquals(bundled.events().size(), again.events().size());
        for (Event event : bundled.events()) {
            Event back = again.event(event.id()).orElseThrow(() -> new AssertionError(event.id()));
            assertEquals(event.title(), back.title());
            assertEquals(event.when().earliest(), back.when().earliest(), event.id());
            if (!event.when().isOpenEnd()) {
                assertEquals(event.when().latest(), back.when().latest(), event.id() + " " + event.when());
            }
        }
    }

    @Test
    void anExportOfImportedTimelineJsRoundTrips() {
        Timeline women = loaded("women_in_computing.json", resource("women_in_computing.json"));
        Timeline again = loaded("again.json", TimelineJsExport.toJson(women));
        assertEquals(women.events().stream().map(e -> e.when().edtf()).toList(),
                again.events().stream().map(e -> e.when().edtf()).toList());
    }
}
