package org.balancingact.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.balancingact.testing.ImportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --check} on the files people bring (issue 17), through the command line as a user types it:
 * warnings are printed and exit 0 (1 with {@code --strict}), the mapping used is a note, and the last
 * line is always {@code FILE: N events, N actors, N relations, N quotes (N errors, N warnings)}.
 */
class ImportCheckTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    @TempDir
    Path dir;

    private int check(String... args) throws Options.UsageException {
        bytes.reset();
        return Main.runBatch(Options.parse(args), out);
    }

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String last() {
        List<String> lines = lines();
        return lines.get(lines.size() - 1);
    }

    @Test
    void anAlertLogWithItsColumnsGivenOpensWithOneWarningAndExitsZero() throws Exception {
        Path log = Files.writeString(dir.resolve("alerts.csv"), ImportFiles.airRaidLog(20_000, 7));
        assertEquals(1, check("--check", log.toString()), "without the title column it cannot be read");
        assertTrue(lines().get(0).startsWith(log + ":1:1: No title column"), lines()::toString);
        assertEquals(log + ": 0 events, 0 actors, 0 relations, 0 quotes (1 errors, 0 warnings)", last());

        assertEquals(0, check("--check", log.toString(), "--columns", "title=hromada|raion|oblast"));
        assertTrue(lines().get(0).startsWith(log + ": warning: Events that quote no source: 20,000 of 20,000"), lines()::toString);
        assertTrue(lines().contains(log + ": note: columns: date=started_at,end=finished_at,title=hromada|raion|oblast (as given)"),
                lines()::toString);
        assertEquals(log + ": 20000 events, 0 actors, 0 relations, 0 quotes (0 errors, 1 warnings)", last());
        assertEquals(1, check("--check", log.toString(), "--columns=title=hromada|raion|oblast", "--strict"), "--strict fails on warnings");
    }

    @Test
    void withoutColumnsTheRecognisedMappingIsPrintedAsANote() throws Exception {
        Path export = Files.writeString(dir.resolve("monitor.csv"), ImportFiles.conflictExport(6_650, 3, 500, 97));
        assertEquals(0, check("--check", export.toString(), "--columns", "id=entry"));
        List<String> lines = lines();
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\Q" + export + "\\E:501:9: warning: Row 501 has no date.*")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains(": note: columns: date=date,title=title,summary=brief description,"
                + "themes=event_group|country,link=link,id=entry (as given)")), lines::toString);
        assertEquals(export + ": 6637 events, 0 actors, 0 relations, 0 quotes (0 errors, " + (lines.size() - 3) + " warnings)", last());
    }

    @Test
    void aCyrillicWindows1251TableReadsWithItsEncodingNamed() throws Exception {
        Path file = Files.write(dir.resolve("uk.csv"), "date,title\n2022-02-24,Вторгнення\n".getBytes(Charset.forName("windows-1251")));
        assertEquals(0, check("--check", file.toString(), "--encoding", "windows-1251"));
        assertEquals(file + ": 1 events, 0 actors, 0 relations, 0 quotes (0 errors, 1 warnings)", last());
        assertEquals(0, check("--check", file.toString()));
        assertTrue(lines().get(0).startsWith(file + ":2:12: warning: The file is not UTF-8 text (here is its first byte that is not): it was read as windows-1251"), lines()::toString);
        assertEquals(file + ": 1 events, 0 actors, 0 relations, 0 quotes (0 errors, 2 warnings)", last());
    }

    @Test
    void usDatesWithMdyAndTheTimelineJsShapes() throws Exception {
        Path us = Files.writeString(dir.resolve("2014.csv"), ImportFiles.usDatesNewestFirst(40, 5, 17));
        assertEquals(0, check("--check", us.toString(), "--date-format", "MDY"));
        assertEquals(us + ": 38 events, 0 actors, 0 relations, 0 quotes (0 errors, 3 warnings)", last());

        Path export = Files.writeString(dir.resolve("export.json"), ImportFiles.timelineJs(648, 300));
        assertEquals(0, check("--check", export.toString()));
        assertEquals(export + ": 647 events, 0 actors, 0 relations, 647 quotes (0 errors, 1 warnings)", last());

        Path cosmo = Files.write(dir.resolve("cosmo.json"),
                getClass().getResourceAsStream("/org/balancingact/data/timelinejs/cosmo.json").readAllBytes());
        assertEquals(1, check("--check", cosmo.toString()), "the cosmological scale stays refused");
        assertEquals(cosmo + ": 0 events, 0 actors, 0 relations, 0 quotes (7 errors, 0 warnings)", last());
    }

    @Test
    void badImportOptionsAreUsageErrorsThatSayWhy() {
        assertTrue(assertThrows(Options.UsageException.class, () -> Options.parse("--check", "x.csv", "--columns", "colour=red"))
                .getMessage().contains("\"colour\" is not a key"));
        assertTrue(assertThrows(Options.UsageException.class, () -> Options.parse("--check", "x.csv", "--encoding", "klingon"))
                .getMessage().contains("\"klingon\""));
        assertTrue(assertThrows(Options.UsageException.class, () -> Options.parse("--check", "x.csv", "--date-format", "DDMMYY"))
                .getMessage().contains("YMD, MDY or DMY"));
        assertTrue(assertThrows(Options.UsageException.class, () -> Options.parse("--strict"))
                .getMessage().contains("--check"));
    }
}
