package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;
import org.balancingact.testing.ImportFiles;
import org.junit.jupiter.api.Test;

/** {@code --columns} as written on a command line, and what a header row says by itself. */
class ColumnMappingTest {

    @Test
    void aKeyMayTakeSeveralColumnsAndTheTextReadsBack() {
        ColumnMapping mapping = ColumnMapping.parse("date=started_at, end=finished_at,title=hromada|raion|oblast");
        assertEquals(List.of("hromada", "raion", "oblast"), mapping.columnsFor(ColumnKey.TITLE));
        assertEquals("date=started_at,end=finished_at,title=hromada|raion|oblast", mapping.format());
        assertEquals(mapping, ColumnMapping.parse(mapping.format()));
    }

    @Test
    void unknownKeysRepeatedKeysAndKeysWithoutAColumnAreRefusedWithTheReason() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("colour=red"));
        assertTrue(unknown.getMessage().contains("\"colour\"") && unknown.getMessage().contains("date, end, title"), unknown.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("title=a,title=b")).getMessage().contains("twice"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ColumnMapping.parse("title=")).getMessage().contains("names no column"));
    }

    @Test
    void theIssuesHeaderNamesAreRecognisedWhateverTheirCase() {
        ColumnRecognition conflict = ColumnRecognition.of(List.of(ImportFiles.CONFLICT_HEADER.split(",")));
        assertTrue(conflict.sure());
        assertEquals(List.of("date"), conflict.mapping().columnsFor(ColumnKey.DATE));
        assertEquals(List.of("title"), conflict.mapping().columnsFor(ColumnKey.TITLE));
        assertEquals(List.of("brief description"), conflict.mapping().columnsFor(ColumnKey.SUMMARY));
        assertEquals(List.of("event_group", "country"), conflict.mapping().columnsFor(ColumnKey.THEMES));
        assertEquals(List.of("link"), conflict.mapping().columnsFor(ColumnKey.LINK));

        ColumnRecognition shouting = ColumnRecognition.of(List.of("Event_Date", " HEADLINE ", "Source_URL", "Notes"));
        assertTrue(shouting.sure());
        assertEquals("date=Event_Date,title=HEADLINE,summary=Notes,link=Source_URL", shouting.mapping().format());
    }

    @Test
    void itIsSureOnlyWithExactlyOneDateAndOneTitleColumn() {
        ColumnRecognition alerts = ColumnRecognition.of(List.of(ImportFiles.AIR_RAID_HEADER.split(",")));
        assertFalse(alerts.sure());
        assertEquals(List.of(ColumnKey.TITLE), alerts.missing());
        assertEquals("date=started_at,end=finished_at", alerts.mapping().format(), "an alert log's source is not a quote's source");

        ColumnRecognition two = ColumnRecognition.of(List.of("date", "start_date", "title"));
        assertFalse(two.sure());
        assertEquals(List.of(ColumnKey.DATE), two.doubtful());
        assertEquals(List.of("date"), two.mapping().columnsFor(ColumnKey.DATE), "the first is used meanwhile");
    }

    @Test
    void optionsAreRememberedAsOneLineAndADamagedPartIsDropped() {
        ImportOptions options = ImportOptions.NONE.withColumns(ColumnMapping.parse("title=hromada|raion|oblast"))
                .withEncoding(Charset.forName("windows-1251")).withDateOrder(DateOrder.DMY);
        assertEquals(options, ImportOptions.fromLine(options.toLine()));
        assertEquals(ImportOptions.NONE.withDateOrder(DateOrder.MDY), ImportOptions.fromLine("columns=nokey=x;encoding=nonesuch;dates=MDY"));
    }
}
