package org.balancingact.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balancingact.data.TimelineFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --check FILE}, called as a method: the output format and the exit code. */
class CheckTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aBrokenFilePrintsEveryProblemAsFileLineColumnMessageAndExitsWithOne(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"balancing-act/timeline\", \"version\": 1, \"title\": \"x\",\n"
                + " \"sources\": [], \"actors\": [], \"relations\": [], \"quotes\": [],\n"
                + " \"events\": [{\"id\": \"e\", \"title\": \"E\", \"when\": \"2022-02-30\", \"quotes\": [\"nope\"]}]}");

        int code = Check.run(new TimelineFiles(), broken, out);

        assertEquals(1, code);
        List<String> lines = lines();
        assertEquals(3, lines.size(), lines::toString);
        for (String line : lines.subList(0, 2)) {
            assertTrue(line.matches("\\Q" + broken + "\\E:3:\\d+: .+"), line);
        }
        assertEquals(broken + ": 0 events, 0 actors, 0 relations, 0 quotes (2 errors, 0 warnings)", lines.get(2),
                "the last line is always the summary");
    }

    @Test
    void invalidJsonIsLocatedToo(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("syntax.json");
        Files.writeString(broken, "{\n  \"format\": \"balancing-act/timeline\",\n  \"version\": 1,,\n}\n");

        assertEquals(1, Check.run(new TimelineFiles(), broken, out));
        assertTrue(lines().get(0).startsWith(broken + ":3:"), lines()::toString);
    }

    @Test
    void aMissingFileIsAProblem(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        assertEquals(1, Check.run(new TimelineFiles(), missing, out));
        assertTrue(lines().get(0).startsWith(missing + ": "), lines()::toString);
    }

    @Test
    void theBundledDatasetIsCleanAndExitsWithZero() {
        Path bundled = Path.of("data", "timeline.json");
        int code = Check.run(new TimelineFiles(), bundled, out);
        assertEquals(0, code, lines()::toString);
        assertEquals(List.of(bundled + ": 42 events, 33 actors, 51 relations, 74 quotes (0 errors, 0 warnings)"), lines());
    }

    @Test
    void theCommandLineRoutesCheckHere(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("empty.json");
        Files.writeString(broken, "");
        assertEquals(1, Main.runBatch(Options.parse("--check", broken.toString()), out));
        assertTrue(lines().get(0).startsWith(broken + ":1:1: "), lines()::toString);
    }
}
