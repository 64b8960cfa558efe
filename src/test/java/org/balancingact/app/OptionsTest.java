package org.balancingact.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void noArgumentsMeansTheExplorerOnTheBundledDataset() throws Exception {
        Options o = Options.parse();
        assertEquals(Options.NONE, o);
        assertFalse(o.isBatch());
    }

    @Test
    void everyOptionIsParsed() throws Exception {
        Options o = Options.parse("--data", "my.json", "--select", "invasion", "--present", "--tour", "lesson-1",
                "--lang", "be", "--smoke-test");
        assertEquals(Optional.of(Path.of("my.json")), o.data());
        assertEquals(Optional.of("invasion"), o.select());
        assertTrue(o.present());
        assertEquals(Optional.of("lesson-1"), o.tour());
        assertEquals(Optional.of(Locale.forLanguageTag("be")), o.lang());
        assertTrue(o.smokeTest());
        assertFalse(o.help());
        assertFalse(o.version());
        assertEquals(Optional.empty(), o.check());
        assertFalse(o.isBatch());
    }

    @Test
    void helpVersionAndCheckAreBatchOptions() throws Exception {
        assertTrue(Options.parse("--help").help());
        assertTrue(Options.parse("-h").help());
        assertTrue(Options.parse("--version").version());
        Options check = Options.parse("--check", "broken.json");
        assertEquals(Optional.of(Path.of("broken.json")), check.check());
        assertTrue(check.isBatch());
        assertTrue(Options.parse("--help").isBatch());
        assertTrue(Options.parse("--version").isBatch());
    }

    @Test
    void aTourDoesNotImplyPresentationMode() throws Exception {
        Options o = Options.parse("--tour", "lesson-1");
        assertFalse(o.present());
        assertEquals(Optional.of("lesson-1"), o.tour());
    }

    @Test
    void valuesMayBeGivenWithAnEqualsSign() throws Exception {
        Options o = Options.parse("--data=a b.json", "--select=q-feb-24", "--lang=pt_BR", "--tour=t1", "--check=c.json");
        assertEquals(Optional.of(Path.of("a b.json")), o.data());
        assertEquals(Optional.of("q-feb-24"), o.select());
        assertEquals(Optional.of(Locale.forLanguageTag("pt-BR")), o.lang());
        assertEquals(Optional.of("t1"), o.tour());
        assertEquals(Optional.of(Path.of("c.json")), o.check());
    }

    @Test
    void unknownOptionsAreRefusedByName() {
        var e = assertThrows(Options.UsageException.class, () -> Options.parse("--data", "x.json", "--fullscreen"));
        assertEquals("Unknown option --fullscreen.", e.getMessage());
        assertThrows(Options.UsageException.class, () -> Options.parse("-x"));
    }

    @Test
    void aBareFileNameIsRefusedWithAHint() {
        var e = assertThrows(Options.UsageException.class, () -> Options.parse("timeline.json"));
        assertTrue(e.getMessage().contains("--data timeline.json"), e.getMessage());
    }

    @Test
    void everyOptionWithAValueRefusesAMissingValue() {
        for (String name : List.of("--data", "--select", "--tour", "--lang", "--check", "--view")) {
            var atEnd = assertThrows(Options.UsageException.class, () -> Options.parse(name), name);
            assertTrue(atEnd.getMessage().startsWith(name + " needs a value"), atEnd.getMessage());
            var beforeOption = assertThrows(Options.UsageException.class, () -> Options.parse(name, "--present"), name);
            assertTrue(beforeOption.getMessage().startsWith(name + " needs a value"), beforeOption.getMessage());
            assertThrows(Options.UsageException.class, () -> Options.parse(name + "="), name);
        }
    }

    @Test
    void aViewIsTwoDatesInOrder() throws Exception {
        Options o = Options.parse("--view", "2022-02-01..2022-06-01");
        assertEquals(Optional.of(new Options.Days(java.time.LocalDate.of(2022, 2, 1), java.time.LocalDate.of(2022, 6, 1))),
                o.view());
        for (String bad : List.of("2022-06-01..2022-02-01", "2022-02-01", "2022-02-30..2022-03-01", "a..b")) {
            var e = assertThrows(Options.UsageException.class, () -> Options.parse("--view", bad), bad);
            assertTrue(e.getMessage().startsWith("--view expects two dates"), e.getMessage());
        }
    }

    @Test
    void flagsTakeNoValue() {
        var e = assertThrows(Options.UsageException.class, () -> Options.parse("--present=yes"));
        assertEquals("--present takes no value.", e.getMessage());
    }

    @Test
    void aLanguageMustBeALanguageCode() {
        var e = assertThrows(Options.UsageException.class, () -> Options.parse("--lang", "belarusian!"));
        assertTrue(e.getMessage().startsWith("--lang expects a language code"), e.getMessage());
    }

    @Test
    void theHelpDocumentsEveryOption() {
        String help = Options.helpText();
        for (String option : List.of("--help", "--version", "--data FILE", "--select ID", "--present", "--tour ID",
                "--lang xx", "--check FILE", "--view FROM..TO", "--smoke-test", "first-frame-ms", "formatted-date:", "file:line:column: message")) {
            assertTrue(help.contains(option), option);
        }
    }

    @Test
    void aBadCommandLineExitsWithTwoAndSaysWhy() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Main.usage(new Options.UsageException("Unknown option --x."), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("balancing-act: Unknown option --x."), text);
        assertTrue(text.contains("--help"), text);
    }

    @Test
    void noDisplayIsASentenceAndAWayOnNotAStackTrace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = Main.noWindow(new UnsupportedOperationException("Unable to open DISPLAY"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("balancing-act: cannot open a window (Unable to open DISPLAY)."), text);
        assertTrue(text.contains("--check FILE"), text);
        assertTrue(!text.contains("Exception") && !text.contains("\tat "), text);
    }

    @Test
    void aFailureThatIsNotTheDisplayIsNotCalledOneAndKeepsItsCause() throws Exception {
        RuntimeException bug = new RuntimeException("Exception in Application start method",
                new IllegalStateException("no lanes"));
        assertTrue(!Main.isNoDisplay(bug), "a bug in start() is not a missing display");
        assertTrue(Main.isNoDisplay(new RuntimeException(new UnsupportedOperationException("Unable to open DISPLAY"))));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(1, Main.failedToStart(bug, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("balancing-act: the window could not be built: IllegalStateException: no lanes."), text);
        assertTrue(!text.contains("\tat ") && !text.contains("desktop session"), text);
        java.util.regex.Matcher log = java.util.regex.Pattern.compile("written to (\\S+)\\.").matcher(text);
        assertTrue(log.find(), text);
        java.nio.file.Path file = java.nio.file.Path.of(log.group(1));
        assertTrue(java.nio.file.Files.readString(file).contains("no lanes"), "the whole trace is in the file");
        java.nio.file.Files.deleteIfExists(file);
    }

    @Test
    void helpAndVersionPrintAndSucceed() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(0, Main.runBatch(Options.parse("--help"), out));
        assertEquals(0, Main.runBatch(Options.parse("--version"), out));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Usage: balancing-act"), text);
        assertTrue(text.contains("Balancing Act "), text);
    }
}
