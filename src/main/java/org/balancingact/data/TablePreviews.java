package org.balancingact.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balancingact.model.Event;

/** Builds a {@link TablePreview}: the same code as the import, stopped after the first rows. */
final class TablePreviews {
    /** How far into a table the preview looks for dates that need an order to be read. */
    private static final int ORDER_LOOKAHEAD = 200;

    private TablePreviews() {
    }

    static TablePreview of(String fileName, byte[] bytes, String text, String encoding, boolean guessed, ImportOptions options,
                           List<Problem> decodingProblems) {
        String key = headerKey(bytes);
        ColumnRecognition none = ColumnRecognition.of(List.of());
        if (text == null) {
            return new TablePreview(key, List.of(), none, options.columns().orElse(ColumnMapping.EMPTY), encoding, guessed,
                    false, false, options.dateOrder(), List.of(), decodingProblems);
        }
        char separator = CsvRows.separatorOf(text);
        TableImport.Header header = TableImport.header(text, separator);
        if (header == null) {
            return new TablePreview(key, List.of(), none, ColumnMapping.EMPTY, encoding, guessed, false, false,
                    options.dateOrder(), List.of(), List.of(new Problem(fileName, 1, 1, "",
                    org.balancingact.i18n.Messages.get("data.csv.noRows"), org.balancingact.i18n.Messages.get("data.table.noRows.hint"))));
        }
        ColumnRecognition recognition = ColumnRecognition.of(header.cells());
        if (options.columns().isEmpty() && TableImport.isTimelineJsSheet(header.cells())) {
            return new TablePreview(key, header.cells(), recognition, recognition.mapping(), encoding, guessed, true, false,
                    options.dateOrder(), List.of(), List.of());
        }
        ColumnMapping mapping = TableImport.mappingFor(recognition, options);
        List<Problem> problems = new ArrayList<>();
        Problem missing = TableImport.missingColumns(fileName, header, mapping);
        if (missing != null) {
            problems.add(missing);
        }
        TableColumns columns = new TableColumns(header.cells(), mapping);
        for (String given : columns.unknown) {
            problems.add(new Problem(fileName, header.line(), 1, "", org.balancingact.i18n.Messages.get("data.table.unknownColumn",
                    given.substring(given.indexOf('=') + 1), given, TableImport.headerList(header)),
                    org.balancingact.i18n.Messages.get("data.table.unknownColumn.hint")));
        }
        if (!problems.isEmpty()) {
            // nothing can be read as events yet: the rows as they are, so the user sees what each column holds
            return new TablePreview(key, header.cells(), recognition, mapping, encoding, guessed, false, false,
                    options.dateOrder(), rawRows(text, separator, header), problems);
        }
        Optional<DateOrder> order = options.dateOrder();
        boolean orderNeeded = false;
        if (order.isEmpty() && needsOrder(fileName, text, separator, columns, header)) {
            DateOrderEvidence evidence = DateOrderEvidence.scan(text, separator, columns, header.rowNumber());
            order = Optional.ofNullable(evidence.order());
            orderNeeded = order.isEmpty();
        }
        return new TablePreview(key, header.cells(), recognition, mapping, encoding, guessed, false, orderNeeded, order,
                rows(fileName, text, separator, columns, order.orElse(null), header), List.of());
    }

    private static boolean needsOrder(String fileName, String text, char separator, TableColumns columns, TableImport.Header header) {
        TableRowReader reader = new TableRowReader(fileName, text, separator, columns, null, header.rowNumber());
        boolean[] needed = new boolean[1];
        CsvRows.read(text, separator, new CsvRows.Handler() {
            @Override
            public boolean row(CsvRows.Row row) {
                reader.row(row);
                needed[0] = reader.needsOrder;
                return !needed[0] && row.number < header.rowNumber() + ORDER_LOOKAHEAD;
            }

            @Override
            public void malformed(int rowNumber, int line, int column, String why) {
                // shown as a left-out row in the preview itself
            }
        });
        return needed[0];
    }

    private static List<TablePreview.Row> rows(String fileName, String text, char separator, TableColumns columns,
                                               DateOrder order, TableImport.Header header) {
        TableRowReader reader = new TableRowReader(fileName, text, separator, columns, order, header.rowNumber());
        List<TablePreview.Row> rows = new ArrayList<>();
        CsvRows.read(text, separator, new CsvRows.Handler() {
            @Override
            public boolean row(CsvRows.Row row) {
                reader.row(row);
                if (row.number > header.rowNumber() && !row.isBlank()) {
                    rows.add(previewOf(row.line, reader.lastEvent, reader.lastLeftOut, reader.needsOrder,
                            columns.first(row, ColumnKey.DATE), columns.first(row, ColumnKey.TITLE)));
                }
                return rows.size() < TablePreview.ROWS;
            }

            @Override
            public void malformed(int rowNumber, int line, int column, String why) {
                if (rowNumber > header.rowNumber()) {
                    reader.malformed(rowNumber, line, column, why);
                    rows.add(previewOf(line, null, reader.lastLeftOut, false, "", ""));
                }
            }
        });
        return rows;
    }

    private static List<TablePreview.Row> rawRows(String text, char separator, TableImport.Header header) {
        List<TablePreview.Row> rows = new ArrayList<>();
        CsvRows.read(text, separator, new CsvRows.Handler() {
            @Override
            public boolean row(CsvRows.Row row) {
                if (row.number > header.rowNumber() && !row.isBlank()) {
                    Map<String, String> cells = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < row.size(); i++) {
                        String name = i < header.cells().size() && !header.cells().get(i).isBlank() ? header.cells().get(i) : "#" + (i + 1);
                        if (!row.cell(i).isBlank()) {
                            cells.putIfAbsent(name, row.cell(i).strip());
                        }
                    }
                    rows.add(new TablePreview.Row(row.line, "", "", "", "", cells, ""));
                }
                return rows.size() < TablePreview.ROWS;
            }

            @Override
            public void malformed(int rowNumber, int line, int column, String why) {
                // shown once the columns are chosen
            }
        });
        return rows;
    }

    private static TablePreview.Row previewOf(int line, Event event, Problem leftOut, boolean needsOrder, String dateCell,
                                              String titleCell) {
        if (event != null) {
            return new TablePreview.Row(line, event.when().edtf(), event.timeOfDay(), event.title(), event.summary(),
                    event.moreFields(), "");
        }
        String why = needsOrder ? org.balancingact.i18n.Messages.get("data.table.preview.needsOrder")
                : leftOut == null ? "" : leftOut.message();
        return new TablePreview.Row(line, dateCell, "", titleCell, "", Map.of(), why);
    }

    /** A digest of the header line's bytes (after a byte-order mark and blank lines): the same header, the same key. */
    static String headerKey(byte[] bytes) {
        int from = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            from = 3;
        } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            from = 2;
        }
        while (from < bytes.length && (bytes[from] == '\n' || bytes[from] == '\r' || bytes[from] == ' ' || bytes[from] == 0)) {
            from++;
        }
        int to = from;
        while (to < bytes.length && to - from < 4096 && bytes[to] != '\n' && bytes[to] != '\r') {
            to++;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, from, to - from);
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            return Integer.toHexString(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1).hashCode());
        }
    }
}
