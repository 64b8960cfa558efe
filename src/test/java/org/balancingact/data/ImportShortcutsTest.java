package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.balancingact.model.Event;
import org.balancingact.testing.ImportFiles;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts the importers take on large files (issue 17, point 6) give what the long way gave: the
 * garbled-text check that looks at the bytes first, the text a preview decoded reused by the read that
 * follows, the more-fields of a table kept once per column, date cells read once.
 */
class ImportShortcutsTest {
    /** Pieces of text: plain, Cyrillic, accented, garbled (UTF-8 read as 1252 or 1251), replacement characters. */
    private static final String[] PIECES = {"a", "plain text, ", "\n", "Россия ", "Р", "С", "Рі", "é", "’", "Ã©", "â€™",
        "Ã", "Â", "Ð", "Ñ", "Â ", "РѕР±", "Р°", "\uFFFD", "😀", "x", "1234567", "СЃ", "\"", "Ñ\u0080"};

    @Test
    void theBytesFirstCheckFindsTheSameGarbledTextAsTheTextScan() {
        Random random = new Random(17);
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                // mostly plain, so garbled pieces fall at every offset of an 8-byte word, and often none at all
                text.append(random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : PIECES[random.nextInt(3)]);
            }
            String s = text.toString();
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            assertSame(Mojibake.warning("f.csv", s), Mojibake.warning("f.csv", s, utf8), s);
            byte[] bom = new byte[utf8.length + 3];
            bom[0] = (byte) 0xEF;
            bom[1] = (byte) 0xBB;
            bom[2] = (byte) 0xBF;
            System.arraycopy(utf8, 0, bom, 3, utf8.length);
            assertSame(Mojibake.warning("f.csv", s), Mojibake.warning("f.csv", s, bom), "with a BOM: " + s);
        }
    }

    @Test
    void aGarbledSpotAcrossTheBytesWordsOrAtTheEndIsFound() {
        for (int pad = 0; pad < 17; pad++) {
            for (String garbled : new String[] {"Ã©", "â€™", "\uFFFD", "РѕР±"}) {
                String s = "x".repeat(pad) + garbled;
                assertNotNull(Mojibake.warning("f.csv", s, s.getBytes(StandardCharsets.UTF_8)), s);
            }
        }
        String clean = "plain ASCII, Россия, café".repeat(50);
        assertNull(Mojibake.warning("f.csv", clean, clean.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertSame(Problem expected, Problem actual, String text) {
        if (expected == null) {
            assertNull(actual, text);
            return;
        }
        assertNotNull(actual, text);
        assertEquals(expected.message(), actual.message(), text);
        assertEquals(expected.line(), actual.line(), text);
        assertEquals(expected.column(), actual.column(), text);
    }

    @Test
    void aReadAfterAPreviewOfTheSameBytesGivesWhatAReadAloneGives() {
        String csv = ImportFiles.conflictExport(300, 5, 3, 2) + "2022-05-01,x,Ã© garbled,,,,\n";
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, Charset.forName("windows-1251")}) {
            byte[] bytes = csv.getBytes(charset);
            ReadResult alone = new TimelineFiles().read("export.csv", bytes, ImportOptions.NONE);
            TimelineFiles files = new TimelineFiles();
            Optional<TablePreview> preview = files.previewTable("export.csv", bytes, ImportOptions.NONE);
            assertTrue(preview.isPresent());
            ReadResult afterPreview = files.read("export.csv", bytes, ImportOptions.NONE);
            assertEquals(alone.problems(), afterPreview.problems(), charset.name());
            assertEquals(alone.isLoaded(), afterPreview.isLoaded());
            if (alone instanceof ReadResult.Loaded loaded) {
                assertEquals(loaded.timeline().events(), ((ReadResult.Loaded) afterPreview).timeline().events());
            }
            // a preview in another encoding, then a read in this one: the read decodes for itself
            files.previewTable("export.csv", bytes, ImportOptions.NONE.withEncoding(StandardCharsets.ISO_8859_1));
            assertEquals(alone.problems(), files.read("export.csv", bytes, ImportOptions.NONE).problems());
            // the same content in another array is decoded again, not taken for the previewed one
            files.previewTable("export.csv", bytes, ImportOptions.NONE);
            byte[] other = "date,title\n2020-01-02,Other\n".getBytes(StandardCharsets.UTF_8);
            ReadResult.Loaded otherLoaded = assertInstanceOf(ReadResult.Loaded.class, files.read("export.csv", other, ImportOptions.NONE));
            assertEquals("Other", otherLoaded.timeline().events().get(0).title());
        }
    }

    @Test
    void moreFieldsKeepEveryUnmappedCellInColumnOrder() {
        String csv = "date,title,note,colour,level\n2020-01-02,One,a note,,3\n2020-01-03,Two,, red ,\n2020-01-04,Three,,,\n";
        ReadResult.Loaded loaded = assertInstanceOf(ReadResult.Loaded.class,
                new TimelineFiles().read("t.csv", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.NONE));
        Event one = loaded.timeline().events().get(0);
        assertEquals(Map.of("note", "a note", "level", "3"), one.moreFields());
        assertEquals("{note=a note, level=3}", one.moreFields().toString(), "in the columns' order");
        assertEquals(Map.of("colour", "red"), loaded.timeline().events().get(1).moreFields());
        assertTrue(loaded.timeline().events().get(2).moreFields().isEmpty());
    }

    @Test
    void aHeaderNamingTwoColumnsAlikeKeepsTheLaterValueAsBefore() {
        String csv = "date,title,note,note\n2020-01-02,One,first,second\n2020-01-03,Two,only,\n2020-01-04,Three,,later\n";
        ReadResult.Loaded loaded = assertInstanceOf(ReadResult.Loaded.class,
                new TimelineFiles().read("t.csv", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.NONE));
        assertEquals(Map.of("note", "second"), loaded.timeline().events().get(0).moreFields());
        assertEquals(Map.of("note", "only"), loaded.timeline().events().get(1).moreFields());
        assertEquals(Map.of("note", "later"), loaded.timeline().events().get(2).moreFields());
    }

    @Test
    void aRepeatedDateCellGivesTheSameDayAndATimestampKeepsItsOwnTime() {
        CellDates dates = new CellDates(null);
        CellDates.Reading reading = new CellDates.Reading();
        assertTrue(dates.read("2022-03-15", reading));
        var first = reading.date;
        assertTrue(dates.read(" 2022-03-15 ", reading));
        assertEquals(first, reading.date);
        assertEquals("", reading.time);
        assertTrue(dates.read("2022-03-15 16:10:34+00:00", reading));
        assertEquals(first, reading.date);
        assertEquals("16:10:34+00:00", reading.time);
        assertTrue(dates.read("2022-03-15", reading));
        assertEquals("", reading.time, "a day read after a timestamp has no time of day");
        assertFalse(dates.read("3/21/2014", reading));
        assertTrue(reading.needsOrder, "a cell that needs an order still says so when read again");
        assertFalse(dates.read("3/21/2014", reading));
        assertTrue(reading.needsOrder);
    }

    @Test
    void tidyingTextGivesWhatTheLineByLineRuleGives() {
        Random random = new Random(3);
        char[] alphabet = {'a', 'b', ' ', ' ', '\n', '\n', '\t', '\u00A0', 'c'};
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(tidiedLineByLine(text.toString()), HtmlText.tidy(text.toString()), text.toString().replace("\n", "\\n"));
        }
        assertEquals("Text of slide 1 & more.", HtmlText.plain("<p>Text of slide 1 &amp; more.</p>"));
    }

    /** Each line's words joined by single spaces, blank lines dropped: what tidy promises. */
    private static String tidiedLineByLine(String text) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String words = String.join(" ", line.replace('\u00A0', ' ').strip().split("[ \t\r\f\u000B]+"));
            if (!words.isBlank()) {
                lines.add(words);
            }
        }
        return String.join("\n", lines);
    }
}
