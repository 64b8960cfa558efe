package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;
import org.balancingact.testing.ImportFiles;
import org.junit.jupiter.api.Test;

/**
 * Tables other people made (issue 17), in their shapes: an air-raid alert log read through a column
 * mapping, a Cyrillic file in Windows-1251, a conflict monitor's export with repeated ids and empty
 * dates, US dates. Each opens, leaves out only what it must, and says so where it happened.
 */
class TableImportTest {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private final TimelineFiles files = new TimelineFiles();

    private static ImportOptions columns(String spec) {
        return ImportOptions.NONE.withColumns(ColumnMapping.parse(spec));
    }

    private ReadResult.Loaded loaded(String name, byte[] bytes, ImportOptions options) {
        ReadResult result = files.read(name, bytes, options);
        return assertInstanceOf(ReadResult.Loaded.class, result, () -> result.problems().toString());
    }

    private static List<Problem> warnings(ReadResult result) {
        return result.problems().stream().filter(Problem::isWarning).toList();
    }

    @Test
    void anAirRaidLogOf20000IntervalsOpensThroughTheColumnsGiven() {
        byte[] log = ImportFiles.airRaidLog(20_000, 7).getBytes(StandardCharsets.UTF_8);
        ReadResult.Loaded result = loaded("alerts.csv", log, columns("title=hromada|raion|oblast"));
        Timeline t = result.timeline();
        assertEquals(20_000, t.events().size(), "every interval is an event");
        assertEquals(20_000, result.report().read());
        assertEquals(0, result.report().leftOut());
        assertEquals(1, result.warnings().size(), "one warning for the file, not one per row: " + result.warnings().get(0));
        assertTrue(result.warnings().get(0).message().contains("quote no source: 20,000 of 20,000"), result.warnings().get(0)::message);
        assertEquals(ColumnMapping.parse("date=started_at,end=finished_at,title=hromada|raion|oblast"), result.report().columns().orElseThrow(),
                "date and end are recognised, the title is as given");

        Event first = t.events().stream().filter(e -> e.timeOfDay().startsWith("16:10:34")).findFirst().orElseThrow();
        assertEquals("2022-03-15", first.when().startBounds().start().toString());
        assertTrue(first.timeOfDay().startsWith("16:10:34+00:00 – "), first.timeOfDay());
        assertEquals("16:10:34+00:00", first.timeOfDay().substring(0, 14), "the time as written, in its own offset");
        assertTrue(first.quoteIds().isEmpty());
        assertTrue(first.moreFields().containsKey("level") && first.moreFields().containsKey("source"),
                "unmapped columns are kept: " + first.moreFields());
        for (Event e : t.events()) {
            assertFalse(e.title().isBlank());
            if (e.moreFields().get("level").equals("oblast")) {
                assertTrue(e.title().endsWith("область"), "an oblast-level alert is titled by its oblast: " + e.title());
                assertFalse(e.moreFields().containsKey("oblast"), "the oblast gave the title, so it is not repeated");
            } else {
                assertTrue(e.moreFields().containsKey("oblast"), "the oblast passed over is kept: " + e.moreFields());
            }
        }
    }

    @Test
    void anAlertAcrossMidnightSpansTwoDaysAndALateOneStaysOnItsOwnDay() {
        String csv = ImportFiles.AIR_RAID_HEADER + "\n"
                + "Київська область,,,oblast,2022-03-15 23:30:00+00:00,2022-03-16 00:45:00+00:00,official\n"
                + "Київська область,,,oblast,2022-03-15 23:30:00+03:00,2022-03-15 23:59:00+03:00,official\n";
        Timeline t = loaded("alerts.csv", csv.getBytes(StandardCharsets.UTF_8), columns("title=hromada|raion|oblast")).timeline();
        Event acrossMidnight = t.events().stream().filter(e -> e.timeOfDay().contains("+00:00")).findFirst().orElseThrow();
        assertEquals("2022-03-15/2022-03-16", acrossMidnight.when().edtf());
        Event late = t.events().stream().filter(e -> e.timeOfDay().contains("+03:00")).findFirst().orElseThrow();
        assertEquals("2022-03-15", late.when().edtf(), "23:30+03:00 is 20:30 UTC, but it is written the 15th: the 15th");
        assertEquals("23:30:00+03:00 – 23:59:00+03:00", late.timeOfDay());
    }

    @Test
    void withoutColumnsTheAlertLogSaysWhichColumnIsMissingAndListsTheHeaders() {
        ReadResult result = files.read("alerts.csv", ImportFiles.airRaidLog(10, 1).getBytes(StandardCharsets.UTF_8), ImportOptions.NONE);
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, result);
        Problem p = failed.problems().get(0);
        assertEquals(1, p.line());
        assertTrue(p.message().contains("No title column") && p.message().contains(ImportFiles.AIR_RAID_HEADER.replace(",", ", ")), p.message());
        assertTrue(p.hint().contains("--columns"), p.hint());
    }

    @Test
    void aWindows1251CyrillicTableReadsWithTheEncodingGivenAndIsGuessedWithAWarningOtherwise() {
        String csv = "дата,назва,опис\n2022-02-24,Вторгнення,Почалося вранці\n2022-03-15,Тривога в Києві,\n";
        // "назва" and "опис" are not recognised: the mapping is given as the header writes it
        ImportOptions options = columns("date=дата,title=назва,summary=опис");
        byte[] bytes = csv.getBytes(WINDOWS_1251);

        ReadResult.Loaded told = loaded("uk.csv", bytes, options.withEncoding(WINDOWS_1251));
        assertEquals("Вторгнення", told.timeline().events().get(0).title());
        assertEquals("Почалося вранці", told.timeline().events().get(0).summary());
        assertTrue(warnings(told).stream().noneMatch(w -> w.message().contains("windows-1251")), "told, not guessed");
        assertEquals("windows-1251", told.report().encoding());

        ReadResult.Loaded guessed = loaded("uk.csv", bytes, options);
        assertEquals("Тривога в Києві", guessed.timeline().events().get(1).title(), "guessed right");
        Problem guess = guessed.warnings().get(0);
        assertTrue(guess.message().contains("windows-1251") && guess.message().contains("guess"), guess.message());
        assertEquals(1, guess.line(), "at the first byte that is not UTF-8: the header's first letter");
        assertEquals(1, guess.column());
        assertTrue(guess.hint().contains("--encoding windows-1252"), "and how to say the other: " + guess.hint());
    }

    @Test
    void aWindows1252TableIsGuessedWithAWarningAndNeverShownGarbledSilently() {
        byte[] bytes = "date,title\n2022-05-01,Fête à Montréal\n".getBytes(Charset.forName("windows-1252"));
        ReadResult.Loaded result = loaded("fr.csv", bytes, ImportOptions.NONE);
        assertEquals("Fête à Montréal", result.timeline().events().get(0).title());
        assertTrue(result.warnings().get(0).message().contains("windows-1252"), result.warnings().get(0)::message);
    }

    @Test
    void utf8WithAndWithoutAMarkAndUtf16WithOneReadAlike() {
        String csv = "date,title\r\n2022-02-24,Вторгнення\r\n";
        byte[] plain = csv.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[plain.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, marked, 3, plain.length);
        for (byte[] bytes : List.of(plain, marked, csv.getBytes(StandardCharsets.UTF_16))) {
            ReadResult.Loaded result = loaded("t.csv", bytes, ImportOptions.NONE);
            assertEquals("Вторгнення", result.timeline().events().get(0).title());
            assertTrue(result.warnings().stream().allMatch(w -> w.message().contains("quote no source")), result.warnings()::toString);
            assertEquals(1, result.warnings().size(), "no encoding was guessed");
        }
    }

    @Test
    void aConflictMonitorExportKeepsItsRepeatedIdsApartAndLeavesOutOnlyTheRowsWithoutADate() {
        byte[] export = ImportFiles.conflictExport(6_650, 3, 500, 97).getBytes(StandardCharsets.UTF_8);
        ReadResult.Loaded result = loaded("monitor.csv", export, columns("id=entry"));
        Timeline t = result.timeline();
        int emptyDates = 6_650 / 500;
        assertEquals(6_650 - emptyDates, t.events().size());
        assertEquals(emptyDates, result.report().leftOut());
        List<Problem> noDate = result.warnings().stream().filter(w -> w.message().contains("has no date")).toList();
        assertEquals(emptyDates, noDate.size());
        assertEquals(501, noDate.get(0).line(), "row 501 of the file (the 500th event)");
        assertEquals(9, noDate.get(0).column(), "at the date cell, after \"UKR1NNN,\"");
        List<Problem> repeated = result.warnings().stream().filter(w -> w.message().contains("is already used")).toList();
        assertFalse(repeated.isEmpty());
        assertTrue(repeated.get(0).message().contains("gets the id \"" + repeated.get(0).message().split("\"")[1] + "-2\""),
                repeated.get(0)::message);
        assertEquals(t.events().size(), t.events().stream().map(Event::id).distinct().count(), "ids are unique");

        Event one = t.event("UKR1001").orElseThrow();
        assertEquals(1, one.themeIds().size(), "themes from event_group, the first of the theme columns");
        assertEquals("https://example.org/event/1", one.references().get(0).url());
        assertTrue(one.summary().contains("\"") && one.summary().startsWith("Synthetic row 1:"), one.summary());
        Map<String, String> more = one.moreFields();
        for (String kept : List.of("lat", "lon", "country", "province", "district", "town/city", "violence level", "geolocation")) {
            assertTrue(more.containsKey(kept), kept + " is kept in more fields: " + more);
        }
        assertTrue(result.report().notes().get(0).contains("themes=event_group|country"), result.report().notes()::toString);
    }

    @Test
    void usDatesNewestFirstReadInMonthDayOrderAndRowsWithoutTextAreLeftOutWithAWarning() {
        byte[] csv = ImportFiles.usDatesNewestFirst(40, 5, 17).getBytes(StandardCharsets.UTF_8);
        ReadResult.Loaded result = loaded("2014.csv", csv, ImportOptions.NONE.withDateOrder(DateOrder.MDY));
        Timeline t = result.timeline();
        assertEquals(38, t.events().size());
        assertEquals("2014-12-31", t.events().get(37).when().edtf(), "the first row, 12/31/2014, is the latest");
        assertTrue(t.events().get(0).when().compareTo(t.events().get(37).when()) < 0, "shown oldest first");
        List<Problem> noText = result.warnings().stream().filter(w -> w.message().contains("no title")).toList();
        assertEquals(List.of(6, 18), noText.stream().map(Problem::line).toList());
        assertTrue(noText.get(0).message().contains("event empty"), noText.get(0)::message);
    }

    @Test
    void withoutADateFormatTheOrderIsTakenOnlyFromDatesThatProveIt() {
        ReadResult.Loaded proven = loaded("us.csv", "date,title\n4/2/2014,A\n3/21/2014,B\n".getBytes(StandardCharsets.UTF_8),
                ImportOptions.NONE);
        assertEquals("2014-04-02", proven.timeline().event("a").orElseThrow().when().edtf());
        assertTrue(proven.report().notes().stream().anyMatch(n -> n.contains("MDY") && n.contains("3/21/2014")), proven.report().notes()::toString);

        ReadResult ambiguous = files.read("x.csv", "date,title\n03/04/2014,A\n".getBytes(StandardCharsets.UTF_8), ImportOptions.NONE);
        Problem p = assertInstanceOf(ReadResult.Failed.class, ambiguous).problems().get(0);
        assertFalse(p.isWarning());
        assertTrue(p.message().contains("03/04/2014") && p.hint().contains("--date-format"), p::format);
    }

    @Test
    void rowsThatCannotBeUsedAreLeftOutWhereTheyAreAndTheRestOpens() {
        String csv = "date,end date,title,importance\n"
                + "2022-02-30,,Bad day,\n"
                + "2022-13,,Bad month,\n"
                + "2022,2020,Backwards,\n"
                + ",,No date,\n"
                + "2022-03-01,,\"Unclosed,\n"
                + "2022-03-02,,Fine,7\n"
                + "2022-03-03,,Too,many,cells\n"
                + "2022-03-04,,Also fine,1\n";
        ReadResult.Loaded result = loaded("class.csv", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.NONE);
        assertEquals(List.of("also-fine"), result.timeline().events().stream().map(Event::id).filter(id -> id.startsWith("also")).toList());
        List<Problem> rows = result.warnings().stream().filter(w -> w.line() > 0).toList();
        assertEquals(List.of(2, 3, 4, 5, 6), rows.stream().map(Problem::line).toList().subList(0, 5), rows::toString);
        assertTrue(rows.get(0).message().contains("28 days"), rows.get(0)::message);
        assertEquals("/rows/4/end", rows.get(2).pointer(), "the end date is the wrong one");
        assertEquals(6, rows.get(2).column(), "at the end date's cell");
        assertTrue(rows.get(4).message().contains("cannot be read"), rows.get(4)::message);
        rows.forEach(p -> assertFalse(p.hint().isEmpty(), p::toString));
        assertTrue(result.report().leftOut() >= 5);
        assertEquals(result.report().read() - result.report().leftOut(), result.timeline().events().size());
    }

    @Test
    void textGarbledBeforeItCameIsShownAsItIsWithOneWarning() {
        String csv = "date,title\n2022-01-01,CafÃ© â€™s\n2022-01-02,Ã‰cole\n";
        ReadResult.Loaded result = loaded("m.csv", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.NONE);
        assertEquals("CafÃ© â€™s", result.timeline().events().get(0).title(), "not repaired by a guess");
        Problem garbled = result.warnings().get(0);
        assertTrue(garbled.message().contains("garbled") && garbled.message().contains("3 places"), garbled.message());
        assertEquals(2, garbled.line());
        assertEquals(15, garbled.column());
    }

    @Test
    void aColumnGivenThatTheHeaderDoesNotHaveIsNamedWithTheHeaders() {
        ReadResult result = files.read("t.csv", "date,title\n2022,A\n".getBytes(StandardCharsets.UTF_8), columns("title=headline"));
        Problem p = assertInstanceOf(ReadResult.Failed.class, result).problems().get(0);
        assertTrue(p.message().contains("\"headline\"") && p.message().contains("date, title"), p.message());
    }

    @Test
    void aTableWhereNoRowGivesAnEventIsRefusedWithEveryRowsWarning() {
        ReadResult result = files.read("t.csv", "date,title\n,A\n,B\n".getBytes(StandardCharsets.UTF_8), ImportOptions.NONE);
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, result);
        assertEquals(1, failed.errorCount());
        assertEquals(2, failed.problems().stream().filter(Problem::isWarning).count());
    }

    @Test
    void rowsThatShareATitleGetNumberedIdsThatSkipAnIdATitleAlreadyTook() {
        // "Strike 2" takes strike-2 itself, so the second "Strike" skips it to strike-3; a second
        // "Strike 2" becomes strike-2-2, and later "Strike"s count on from where the last one stopped
        String csv = "date,title\n2022-01-01,Strike\n2022-01-02,Strike 2\n2022-01-03,Strike\n2022-01-04,Strike 2\n"
                + "2022-01-05,Strike\n2022-01-06,Strike\n";
        List<String> ids = loaded("s.csv", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.NONE).timeline().events().stream()
                .map(org.balancingact.model.Event::id).toList();
        assertEquals(List.of("strike", "strike-2", "strike-3", "strike-2-2", "strike-4", "strike-5"), ids);
    }

    @Test
    void garbledTextIsFoundWhereverItFallsInALongFile() {
        // the scan reads the text in blocks of 8,192 chars: "Ã©" straddles the first block's end, and
        // the Cyrillic "РІРѕ" ends in the three chars the second block reads past its own end
        String first = "2022-01-01," + "a".repeat(8191 - 22) + "Ã©\n";
        String second = "2022-01-02," + "b".repeat(16382 - 11 - first.length() - 11) + "РІРѕ\n";
        String csv = "date,title\n" + first + second;
        assertEquals(8191, csv.indexOf('Ã'));
        assertEquals(16382, csv.indexOf('Р'));
        Problem garbled = loaded("long.csv", csv.getBytes(StandardCharsets.UTF_8), ImportOptions.NONE).warnings().get(0);
        assertTrue(garbled.message().contains("2 places"), garbled.message());
        assertEquals(2, garbled.line());
        assertEquals(8191 - 11 + 1, garbled.column());
    }
}
