package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.balancingact.testing.BadFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every input issue 8 lists, through the one entry point the app uses, gives a located problem. */
class BadInputsTest {
    private final TimelineFiles files = new TimelineFiles();

    @Test
    void theValidBaseFileLoads() {
        assertTrue(files.read("valid.json", BadFiles.VALID.getBytes(StandardCharsets.UTF_8)).isLoaded());
    }

    @TestFactory
    Stream<DynamicTest> eachBadInputIsLocatedWithAMessageAndAHint() {
        return BadFiles.all().values().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, files.read(c.name(), c.bytes()));
            assertFalse(failed.problems().isEmpty());
            Problem first = failed.problems().get(0);
            assertEquals(c.line(), first.line(), first::format);
            assertEquals(c.name(), first.file());
            assertFalse(first.message().isBlank());
            assertFalse(first.hint().isBlank(), first::format);
        }));
    }

    @Test
    void theNewerVersionMessageSaysWhichVersionThisAppReads() {
        Problem p = ((ReadResult.Failed) files.read("v.json", BadFiles.all().get("newer-version.json").bytes())).problems().get(0);
        assertTrue(p.message().contains("version 7") && p.message().contains("it reads version 1"), p.message());
    }

    @Test
    void aVeryLongStringIsRefusedWithoutReadingItIntoTheModel() {
        String huge = "x".repeat(TimelineReader.MAX_STRING_LENGTH + 10);
        byte[] bytes = BadFiles.replace("\"Test timeline\"", "\"" + huge + "\"").getBytes(StandardCharsets.UTF_8);
        Problem p = ((ReadResult.Failed) files.read("long.json", bytes)).problems().get(0);
        assertTrue(p.message().contains("too long"), p.message());
        assertEquals(4, p.line());
    }

    @Test
    void aFileOverTheDefaultLimitIsRefusedBeforeAByteIsRead(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(TimelineReader.DEFAULT_MAX_BYTES + 1); // sparse: no disk, no memory
        }
        Problem p = ((ReadResult.Failed) files.read(big)).problems().get(0);
        assertTrue(p.message().contains("more than the limit of 256.0 MB"), p.message());
        assertEquals(0, p.line(), "a whole-file problem");
    }

    @Test
    void aLargeFileStillReportsAProblemInItsLastEvent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.json");
        LargeFileBenchmark.write(file, TimelineReader.LARGE_EVENT_COUNT + 1);
        String text = java.nio.file.Files.readString(file);
        int last = text.lastIndexOf("\"quotes\": [\"q\"]}");
        java.nio.file.Files.writeString(file, text.substring(0, last) + "\"quotes\": [\"q\"], \"colour\": \"red\"}" + text.substring(last + "\"quotes\": [\"q\"]}".length()));
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, files.read(file));
        Problem p = failed.problems().get(0);
        assertEquals("/events/" + TimelineReader.LARGE_EVENT_COUNT + "/colour", p.pointer(), p::format);
        assertTrue(p.line() > TimelineReader.LARGE_EVENT_COUNT, p::format);
    }

    @Test
    void ourFormatWithoutItsHeaderIsNotMistakenForTimelineJs() {
        String headless = BadFiles.VALID.replace("\"format\": \"balancing-act/timeline\",", "");
        Problem p = ((ReadResult.Failed) files.read("h.json", headless.getBytes(StandardCharsets.UTF_8))).problems().get(0);
        assertTrue(p.message().contains("no \"format\" field"), p::format);
    }

    @Test
    void theLimitIsConfigurable() {
        String old = System.getProperty("balancingact.maxFileMegabytes");
        try {
            System.setProperty("balancingact.maxFileMegabytes", "3");
            assertEquals(3L * 1024 * 1024, TimelineFiles.maxBytesFromSettings());
        } finally {
            if (old == null) {
                System.clearProperty("balancingact.maxFileMegabytes");
            } else {
                System.setProperty("balancingact.maxFileMegabytes", old);
            }
        }
    }

    @Test
    void byteOrderMarksAndUtf16AreReadThroughTheEntryPointToo() {
        byte[] body = BadFiles.VALID.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        assertTrue(files.read("bom.json", bom).isLoaded());
        assertTrue(files.read("utf16.json", BadFiles.VALID.getBytes(StandardCharsets.UTF_16)).isLoaded());
        assertTrue(files.read("utf16le.json", withLeBom(BadFiles.VALID)).isLoaded());
    }

    private static byte[] withLeBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }
}
