package org.balancingact.data;

/**
 * What a table's own dates say about their order when none was given: {@code 21.03.2014} can only be
 * day-month-year, {@code 3/21/2014} only month-day-year. When every date could be either
 * ({@code 03/04/2014}), or the table has both kinds, the order is not guessed: the user is asked.
 *
 * @param order   the order the dates prove, or null
 * @param mixed   some dates prove day first and others month first
 * @param example a date that shows it (or the first ambiguous one)
 * @param line    where that date is
 */
record DateOrderEvidence(DateOrder order, boolean mixed, String example, int line) {

    static DateOrderEvidence scan(String text, char separator, TableColumns columns, int headerRow) {
        CellDates dates = new CellDates(null);
        int[] counts = new int[3]; // either, day first, month first
        String[] examples = new String[3];
        int[] lines = new int[3];
        CsvRows.read(text, separator, new CsvRows.Handler() {
            @Override
            public boolean row(CsvRows.Row row) {
                if (row.number <= headerRow) {
                    return true;
                }
                for (ColumnKey key : new ColumnKey[] {ColumnKey.DATE, ColumnKey.END}) {
                    for (int index : columns.of(key)) {
                        int evidence = dates.orderEvidence(row.cell(index));
                        if (evidence >= 0) {
                            counts[evidence]++;
                            if (examples[evidence] == null) {
                                examples[evidence] = row.cell(index).strip();
                                lines[evidence] = row.line;
                            }
                        }
                    }
                }
                return true;
            }

            @Override
            public void malformed(int rowNumber, int line, int column, String why) {
                // left out with a warning by the import itself
            }
        });
        if (counts[1] > 0 && counts[2] > 0) {
            return new DateOrderEvidence(null, true, examples[1] + ", " + examples[2], lines[1]);
        }
        if (counts[1] > 0) {
            return new DateOrderEvidence(DateOrder.DMY, false, examples[1], lines[1]);
        }
        if (counts[2] > 0) {
            return new DateOrderEvidence(DateOrder.MDY, false, examples[2], lines[2]);
        }
        return new DateOrderEvidence(null, false, examples[0] == null ? "" : examples[0], Math.max(1, lines[0]));
    }
}
