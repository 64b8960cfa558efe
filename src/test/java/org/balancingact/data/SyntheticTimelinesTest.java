package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The generator writes the same bytes as gen-data.js (SHA-256 values from shared/bench/vis-timeline/RESULTS.md). */
class SyntheticTimelinesTest {

    @ParameterizedTest
    @CsvSource({
        "1000, 23c83140ecda1c56649314ebe2c7a9fa7f5353b141fcd2cf8f9f8450a97531b5",
        "10000, 7f8e27d8dd39236ab61953d7f1f6e274e68e23c3e96e9e07da1c337af540812a",
        "100000, dcba8b9c7a619b02712ce50d5fa974d4a5ac1828a5ff6ace3d9dafad50bb1e46",
    })
    void writesTheSameBytesAsGenDataJs(int n, String sha256) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SyntheticTimelines.write(n, 42, 12, out);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(out.toByteArray());
        assertEquals(sha256, HexFormat.of().formatHex(digest));
    }

    @Test
    void theAppOpensTheFileWithGroupsAsLanesAndTheFileAsSource(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events-1000.json");
        SyntheticTimelines.write(1000, 42, file);
        ReadResult result = new TimelineFiles().read(file);
        assertTrue(result.isLoaded(), result::toString);
        Timeline timeline = ((ReadResult.Loaded) result).timeline();
        assertEquals(1000, timeline.events().size());
        assertEquals(12, timeline.themes().size());
        assertEquals("Lane 01", timeline.themes().get(0).label());
        Event first = timeline.event("1").orElseThrow();
        assertEquals("Vast expo", first.title());
        assertEquals("2020-09-09", first.when().edtf());
        assertEquals(java.util.List.of("lane-08"), first.themeIds());
        assertEquals("2012-06-28/2012-06-30", timeline.event("2").orElseThrow().when().edtf());
        assertFalse(first.references().isEmpty(), "every event names the file it comes from");
        assertEquals(SyntheticReader.SOURCE_ID, timeline.sources().get(0).id());
    }

    @Test
    void aBrokenSyntheticFileIsReportedNotThrown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"meta\":{},\n\"events\":[\n{\"id\":1,\"start\":\"nope\",\"group\":1,\"title\":\"x\"}\n]}\n");
        ReadResult result = new TimelineFiles().read(file);
        assertFalse(result.isLoaded());
        assertEquals(3, ((ReadResult.Failed) result).problems().get(0).line());
    }

    @Test
    void eachBadEventIsPointedAtByItsPlaceInTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"meta\":{},\n\"events\":[\n"
                + "{\"id\":1,\"start\":\"2001-01-01T00:00:00Z\",\"group\":1,\"title\":\"x\"},\n"
                + "  {\"id\":2,\"start\":\"2001-02-30T00:00:00Z\",\"group\":1,\"title\":\"y\"},\n"
                + "{\"id\":3,\"start\":\"2001-01-01T00:00:00Z\",\"end\":\"2000-01-01T00:00:00Z\",\"group\":1,\"title\":\"z\"},\n"
                + "{\"id\":4,\"group\":1,\"title\":\"no start\"}\n]}\n");
        java.util.List<Problem> problems = ((ReadResult.Failed) new TimelineFiles().read(file)).problems();
        assertEquals(java.util.List.of("/events/1", "/events/2", "/events/3"), problems.stream().map(Problem::pointer).toList());
        assertEquals(java.util.List.of(4, 5, 6), problems.stream().map(Problem::line).toList());
        assertEquals(java.util.List.of(3, 1, 1), problems.stream().map(Problem::column).toList());
        assertEquals(file.toString(), problems.get(0).file());
    }

    @Test
    void rangesAndDaysReadAsNumbersGiveTheSameDatesAsTheirText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events-3000.json");
        SyntheticTimelines.write(3000, 42, file);
        Timeline timeline = ((ReadResult.Loaded) new TimelineFiles().read(file)).timeline();
        String text = Files.readString(file);
        for (Event event : timeline.events()) {
            int at = text.indexOf("{\"id\":" + event.id() + ",");
            String line = text.substring(at, text.indexOf('}', at));
            String start = line.substring(line.indexOf("\"start\":\"") + 9, line.indexOf("\"start\":\"") + 19);
            int endAt = line.indexOf("\"end\":\"");
            String end = endAt < 0 ? null : line.substring(endAt + 7, endAt + 17);
            assertEquals(org.balancingact.model.HistoricalDate.parse(SyntheticReader.dayText(start, end)), event.when(), line);
        }
    }
}
