package org.balancingact.data;

import java.util.List;

/**
 * What importing a file did, beside its timeline and warnings: how many rows (or slides) were read and
 * how many left out, the encoding used, and notes such as the column mapping that was recognised —
 * what {@code --check} prints and the problems panel sums up. Our own format has {@link #NONE}.
 *
 * @param kind      what the file was read as
 * @param read      rows or slides read (blank rows not counted)
 * @param leftOut   of those, how many gave no event (each has its warning)
 * @param encoding  the encoding the text was read in (e.g. {@code UTF-8}, {@code windows-1251})
 * @param notes     plain sentences: the mapping used, the date order, an encoding chosen by the user
 * @param columns   the column mapping used, for a table read through one
 * @param dateOrder the order non-ISO dates were read in, when the table had such dates
 */
public record ImportReport(Kind kind, int read, int leftOut, String encoding, List<String> notes,
                           java.util.Optional<ColumnMapping> columns, java.util.Optional<DateOrder> dateOrder) {
    public enum Kind {
        /** A {@code balancing-act/timeline} file: nothing imported, nothing to sum up. */
        OWN_FORMAT,
        /** A table read through a column mapping (the README's template included). */
        TABLE,
        /** TimelineJS's spreadsheet template saved as CSV. */
        TIMELINEJS_SHEET,
        /** TimelineJS JSON. */
        TIMELINEJS
    }

    public static final ImportReport NONE = new ImportReport(Kind.OWN_FORMAT, 0, 0, "UTF-8", List.of(),
            java.util.Optional.empty(), java.util.Optional.empty());

    public ImportReport {
        notes = List.copyOf(notes);
    }

    /** Rows for a table, slides for TimelineJS. */
    public boolean countsSlides() {
        return kind == Kind.TIMELINEJS;
    }
}
