package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineReaderTest {
    private final TimelineReader reader = new TimelineReader();

    private ReadResult read(String json) {
        return reader.read("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private List<Problem> problems(String json) {
        ReadResult result = read(json);
        return assertInstanceOf(ReadResult.Failed.class, result, () -> "expected problems, got a timeline").problems();
    }

    private static Problem only(List<Problem> problems) {
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void validFileGivesATimelineWithEverythingInIt() {
        Timeline timeline = assertInstanceOf(ReadResult.Loaded.class, read(Fixtures.MINIMAL)).timeline();
        assertEquals("Test timeline", timeline.title());
        assertEquals(1, timeline.events().size());
        assertEquals(2, timeline.actors().size());
        assertEquals("invades", timeline.relations().get(0).type().jsonValue());
        assertTrue(timeline.relations().get(0).when().isOpenEnd());
        assertEquals("24 February 2022", timeline.event("invasion").orElseThrow().when().inWords());
    }

    @Test
    void malformedJsonIsLocatedAtTheMissingComma() {
        Problem p = only(problems(Fixtures.replace("\"version\": 1,", "\"version\": 1")));
        assertEquals(4, p.line());
        assertTrue(p.message().contains("comma"), p.message());
        assertFalse(p.hint().isEmpty());
    }

    @Test
    void truncatedFileSaysItEndsTooEarly() {
        Problem p = only(problems(Fixtures.MINIMAL.substring(0, 300)));
        assertTrue(p.message().contains("ends too early"), p.message());
        assertTrue(p.line() > 1);
    }

    @Test
    void emptyFileIsNamedAsEmpty() {
        Problem p = only(problems("  \n "));
        assertTrue(p.message().contains("empty"), p.message());
    }

    @Test
    void unknownFormatIsRecognisedBeforeAnythingElse() {
        Problem p = only(problems(Fixtures.replace("\"balancing-act/timeline\"", "\"something-else\"")));
        assertEquals("/format", p.pointer());
        assertEquals(2, p.line());
        assertTrue(p.message().contains("unknown"), p.message());
    }

    @Test
    void newerVersionSaysWhichVersionThisAppReads() {
        Problem p = only(problems(Fixtures.replace("\"version\": 1", "\"version\": 3")));
        assertEquals(3, p.line());
        assertTrue(p.message().contains("version 3") && p.message().contains("reads version 1"), p.message());
    }

    @Test
    void wrongRootTypeIsRefused() {
        Problem p = only(problems("[1, 2, 3]"));
        assertTrue(p.message().contains("a list"), p.message());
    }

    @Test
    void missingRequiredFieldPointsAtItsObject() {
        Problem p = only(problems(Fixtures.replace("\"when\": \"2022-02-24\", ", "")));
        assertEquals("/events/0", p.pointer());
        assertEquals(17, p.line());
        assertTrue(p.message().contains("\"when\""), p.message());
    }

    @Test
    void mistypedFieldSaysWhatItShouldBe() {
        Problem p = only(problems(Fixtures.replace("\"importance\": 1", "\"importance\": \"1\"")));
        assertEquals("/events/0/importance", p.pointer());
        assertEquals(18, p.line());
        String line = Fixtures.replace("\"importance\": 1", "\"importance\": \"1\"").lines().skip(17).findFirst().orElseThrow();
        assertEquals(line.indexOf("\"1\"") + 1, p.column());
        assertTrue(p.hint().contains("without quotes"), p.hint());
    }

    @Test
    void unknownFieldIsNamed() {
        Problem p = only(problems(Fixtures.replace("\"title\": \"Invasion\"", "\"titel\": \"Invasion\", \"title\": \"Invasion\"")));
        assertTrue(p.message().contains("\"titel\""), p.message());
        assertEquals(17, p.line());
    }

    @Test
    void duplicateIdsAreReportedAtTheSecondOne() {
        Problem p = only(problems(Fixtures.replace("{\"id\": \"ukraine\"", "{\"id\": \"russia\"")
                .replace("\"to\": \"ukraine\"", "\"to\": \"russia\"").replace("[\"russia\", \"ukraine\"]", "[\"russia\"]")));
        assertEquals("/actors/1/id", p.pointer());
        assertEquals(11, p.line());
        assertTrue(p.message().contains("used twice"), p.message());
    }

    @Test
    void danglingReferencesAreEachReported() {
        List<Problem> problems = problems(Fixtures.replace("\"to\": \"ukraine\"", "\"to\": \"ukrain\"")
                .replace("\"steps\": [\"invasion\"]", "\"steps\": [\"invasio\"]"));
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("/relations/0/to", problems.get(0).pointer());
        assertEquals(14, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("\"ukrain\""));
        assertEquals("/tours/0/steps/0", problems.get(1).pointer());
        assertEquals(23, problems.get(1).line());
    }

    @Test
    void impossibleDateIsExplained() {
        Problem p = only(problems(Fixtures.replace("\"when\": \"2022-02-24\"", "\"when\": \"2022-02-30\"")));
        assertEquals("/events/0/when", p.pointer());
        assertEquals(17, p.line());
        assertTrue(p.message().contains("28 days"), p.message());
    }

    @Test
    void invalidMonthIsExplained() {
        Problem p = only(problems(Fixtures.replace("\"when\": \"2022-02-24\"", "\"when\": \"2022-13\"")));
        assertTrue(p.message().contains("month 13"), p.message());
    }

    @Test
    void intervalEndingBeforeItStartsIsRefused() {
        Problem p = only(problems(Fixtures.replace("\"2022-02-24/..\"", "\"2022-05/2022-03\"")));
        assertEquals("/relations/0/when", p.pointer());
        assertEquals(14, p.line());
        assertTrue(p.message().contains("before"), p.message());
    }

    @Test
    void quoteNotFoundVerbatimIsReported() {
        Problem p = only(problems(Fixtures.replace("\"source\": \"s1\", \"text\": \"From February 24, when", "\"source\": \"s1\", \"text\": \"From February 24 when")));
        assertEquals("/quotes/0/text", p.pointer());
        assertEquals(21, p.line());
        assertTrue(p.message().contains("word for word"), p.message());
    }

    @Test
    void eventWithoutQuoteIsReportedOnce() {
        Problem p = only(problems(Fixtures.replace("\"importance\": 1, \"quotes\": [\"q1\"]", "\"importance\": 1, \"quotes\": []")));
        assertEquals("/events/0/quotes", p.pointer());
        assertTrue(p.message().contains("cites no quote"), p.message());
    }

    @Test
    void allProblemsAreCollectedAtOnceInFileOrder() {
        List<Problem> problems = problems(Fixtures.replace("\"importance\": 1", "\"importance\": 7")
                .replace("\"when\": \"2022-02-24\"", "\"when\": \"2022-02-30\"")
                .replace("\"kind\": \"state\", \"name\": \"Russia\"", "\"kind\": \"country\", \"name\": \"Russia\""));
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).line() <= problems.get(1).line() && problems.get(1).line() <= problems.get(2).line());
        problems.forEach(p -> assertEquals("test.json", p.file()));
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        byte[] body = Fixtures.MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertTrue(reader.read("bom.json", withBom).isLoaded());
    }

    @Test
    void utf16WithByteOrderMarkIsAccepted() {
        byte[] body = Fixtures.MINIMAL.getBytes(StandardCharsets.UTF_16); // Java writes a BOM
        assertTrue(reader.read("utf16.json", body).isLoaded());
    }

    @Test
    void invalidUtf8IsLocated() {
        byte[] body = Fixtures.replace("Test timeline", "Test \u00e9 timeline").getBytes(StandardCharsets.UTF_8);
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = text.indexOf('\u00c3');
        body[at] = (byte) 0xFF;
        Problem p = only(((ReadResult.Failed) reader.read("bad.json", body)).problems());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("UTF-8"), p.message());
    }

    @Test
    void binaryFileIsRefusedPlainly() {
        Problem p = only(((ReadResult.Failed) reader.read("x.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})).problems());
        assertTrue(p.message().contains("not a text file"), p.message());
    }

    @Test
    void deepNestingIsRefusedWithoutCrashing() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Problem p = only(problems(deep));
        assertTrue(p.message().contains("deep"), p.message());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        Files.writeString(big, Fixtures.MINIMAL);
        ReadResult result = new TimelineReader(100).read(big);
        Problem p = only(assertInstanceOf(ReadResult.Failed.class, result).problems());
        assertTrue(p.message().contains("limit"), p.message());
    }

    @Test
    void missingFileIsReportedNotThrown(@TempDir Path dir) {
        Problem p = only(assertInstanceOf(ReadResult.Failed.class, reader.read(dir.resolve("nope.json"))).problems());
        assertTrue(p.message().contains("does not exist"), p.message());
    }

    @Test
    void problemFormatsLikeACompilerMessage() {
        Problem p = only(problems(Fixtures.replace("\"when\": \"2022-02-24\"", "\"when\": \"2022-02-30\"")));
        assertTrue(p.format().startsWith("test.json:17:"), p.format());
    }
}
