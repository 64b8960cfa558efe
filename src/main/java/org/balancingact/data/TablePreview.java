package org.balancingact.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table as the app would read it with some {@link ImportOptions}, shown before it is opened: its header,
 * the mapping in use, the encoding, and its first rows as events (or why each would be left out). The
 * column dialog shows it live, and the app opens a table without asking only when it is {@link #sure()}.
 *
 * @param headerKey       the same for every file with this header row, whatever its rows: the key
 *                        under which the app remembers what it was told
 * @param headers         the header row's cells
 * @param recognition     what the header says by itself
 * @param mapping         the mapping in use: the given one over the recognised one
 * @param encoding        the encoding the text was read in
 * @param encodingGuessed the file is not UTF-8 and its encoding was guessed
 * @param timelineJsSheet the header is TimelineJS's template: no mapping is needed
 * @param dateOrderNeeded the dates are day-month or month-day, and nothing tells which
 * @param dateOrder       the order given, or the one the dates prove
 * @param rows            the first rows
 * @param problems        what stops the table from being read with these options (no date column,
 *                        an encoding that does not fit the bytes…)
 */
public record TablePreview(String headerKey, List<String> headers, ColumnRecognition recognition, ColumnMapping mapping,
                           String encoding, boolean encodingGuessed, boolean timelineJsSheet, boolean dateOrderNeeded,
                           Optional<DateOrder> dateOrder, List<Row> rows, List<Problem> problems) {
    /** How many rows a preview shows. */
    public static final int ROWS = 8;

    /**
     * One row as it would be read.
     *
     * @param date       the event's date (EDTF), or the cell as written when the row would be left out
     * @param leftOut    why the row would be left out, or ""
     * @param moreFields what the event would keep in "more fields"
     */
    public record Row(int line, String date, String time, String title, String summary, Map<String, String> moreFields,
                      String leftOut) {
        public Row {
            moreFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(moreFields)); // in column order
        }
    }

    public TablePreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Whether the app can open the table without asking: nothing doubtful, guessed or missing. */
    public boolean sure() {
        return problems.isEmpty() && (timelineJsSheet || recognition.sure() && !encodingGuessed && !dateOrderNeeded);
    }

    /** Whether the table can be read with these options at all (the dialog's Open button). */
    public boolean readable() {
        return problems.isEmpty() && !dateOrderNeeded;
    }
}
