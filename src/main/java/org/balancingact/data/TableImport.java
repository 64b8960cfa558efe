package org.balancingact.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Timeline;

/**
 * Imports any CSV or TSV table with dated rows through a column mapping: the one given ({@code --columns},
 * the dialog) over the one the header's names give ({@link ColumnRecognition}). TimelineJS's spreadsheet
 * template is recognised by its header ({@code Year} and {@code Headline}) and handed to
 * {@link TimelineJsSheet}. Rows that give no event are left out with a warning each; the rest opens.
 */
final class TableImport {
    /** The header row of a table: the first row with anything in it. */
    record Header(List<String> cells, int rowNumber, int line) {
    }

    private TableImport() {
    }

    static Header header(String text, char separator) {
        Header[] found = new Header[1];
        CsvRows.read(text, separator, new CsvRows.Handler() {
            @Override
            public boolean row(CsvRows.Row row) {
                if (row.isBlank()) {
                    return true;
                }
                List<String> cells = new ArrayList<>(row.size());
                row.cells.forEach(cell -> cells.add(cell.strip()));
                found[0] = new Header(cells, row.number, row.line);
                return false;
            }

            @Override
            public void malformed(int rowNumber, int line, int column, String why) {
                // a header that cannot be parsed: the rows below are tried as the header
            }
        });
        return found[0];
    }

    static boolean isTimelineJsSheet(List<String> headers) {
        boolean year = false;
        boolean headline = false;
        for (String header : headers) {
            String name = ColumnKey.normalise(header);
            year |= name.equals("year");
            headline |= name.equals("headline");
        }
        return year && headline;
    }

    /** The mapping a table is read with: the given one over the recognised one. */
    static ColumnMapping mappingFor(ColumnRecognition recognition, ImportOptions options) {
        return options.columns().map(recognition.mapping()::overriddenBy).orElse(recognition.mapping());
    }

    /**
     * @param fileWarnings what decoding said (a guessed encoding, garbled text): listed first
     */
    static ReadResult read(String fileName, String text, ImportOptions options, String encoding, List<Problem> fileWarnings) {
        char separator = CsvRows.separatorOf(text);
        Header header = header(text, separator);
        if (header == null) {
            return failed(fileName, fileWarnings, new Problem(fileName, 1, 1, "", Messages.get("data.csv.noRows"),
                    Messages.get("data.table.noRows.hint")));
        }
        if (options.columns().isEmpty() && isTimelineJsSheet(header.cells())) {
            return TimelineJsSheet.read(fileName, text, separator, header, encoding, fileWarnings);
        }
        ColumnRecognition recognition = ColumnRecognition.of(header.cells());
        ColumnMapping mapping = mappingFor(recognition, options);
        List<String> notes = new ArrayList<>();
        notes.add(Messages.get(options.columns().isPresent() ? "data.table.note.given" : "data.table.note.recognised", mapping.format()));
        for (ColumnKey doubtful : recognition.doubtful()) {
            if (options.columns().map(c -> !c.has(doubtful)).orElse(true)) {
                notes.add(Messages.get("data.table.note.doubtful", doubtful.key(), mapping.columnsFor(doubtful).get(0)));
            }
        }
        Problem missing = missingColumns(fileName, header, mapping);
        if (missing != null) {
            return failed(fileName, fileWarnings, missing);
        }
        TableColumns columns = new TableColumns(header.cells(), mapping);
        if (!columns.unknown.isEmpty()) {
            List<Problem> unknown = new ArrayList<>();
            for (String given : columns.unknown) {
                unknown.add(new Problem(fileName, header.line(), 1, "/rows/" + header.rowNumber(),
                        Messages.get("data.table.unknownColumn", given.substring(given.indexOf('=') + 1), given, headerList(header)),
                        Messages.get("data.table.unknownColumn.hint")));
            }
            return failed(fileName, fileWarnings, unknown.toArray(new Problem[0]));
        }
        Optional<DateOrder> order = options.dateOrder();
        TableRowReader rows = readRows(fileName, text, separator, columns, order.orElse(null), header);
        if (rows.needsOrder) {
            DateOrderEvidence evidence = DateOrderEvidence.scan(text, separator, columns, header.rowNumber());
            if (evidence.order() == null) {
                return failed(fileName, fileWarnings, new Problem(fileName, evidence.line(), 1, "",
                        Messages.get(evidence.mixed() ? "data.table.order.mixed" : "data.table.order.ambiguous", evidence.example()),
                        Messages.get("data.table.date.order.hint")));
            }
            order = Optional.of(evidence.order());
            notes.add(Messages.get("data.table.note.order", evidence.order().name(), evidence.example()));
            rows = readRows(fileName, text, separator, columns, evidence.order(), header);
        }
        List<Problem> warnings = new ArrayList<>(fileWarnings);
        List<Problem> rowWarnings = new ArrayList<>(rows.warnings);
        rowWarnings.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        warnings.addAll(rowWarnings);
        if (rows.events.isEmpty()) {
            warnings.add(new Problem(fileName, header.line(), 1, "", Messages.get("data.table.noEvents", rows.read),
                    Messages.get("data.table.noEvents.hint")));
            return new ReadResult.Failed(fileName, warnings);
        }
        Timeline timeline = new Timeline(Imported.baseName(fileName), Messages.get("data.csv.description"),
                List.copyOf(rows.themes.values()), rows.sources(), List.copyOf(rows.actors.values()), List.of(),
                rows.events, rows.quotes, List.of());
        List<Problem> broken = check(fileName, timeline);
        if (!broken.isEmpty()) {
            warnings.addAll(broken);
            return new ReadResult.Failed(fileName, warnings);
        }
        if (rows.unquoted > 0) {
            warnings.add(new Problem(fileName, 0, 0, "", Messages.get("data.import.noQuotes", rows.unquoted, rows.events.size()),
                    Messages.get("data.import.noQuotes.hint.table"), Problem.Severity.WARNING));
        }
        ImportReport report = new ImportReport(ImportReport.Kind.TABLE, rows.read, rows.leftOut, encoding, notes,
                Optional.of(mapping), order);
        return new ReadResult.Loaded(timeline, warnings, report);
    }

    static TableRowReader readRows(String fileName, String text, char separator, TableColumns columns, DateOrder order, Header header) {
        // sized for rows as long as the header line (most rows are longer: a guess on the large side)
        int headerLength = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        TableRowReader rows = new TableRowReader(fileName, text, separator, columns, order, header.rowNumber(),
                Imported.expectedItems(text.length(), headerLength));
        CsvRows.read(text, separator, new CsvRows.Handler() {
            @Override
            public boolean row(CsvRows.Row row) {
                rows.row(row);
                return !rows.needsOrder;
            }

            @Override
            public void malformed(int rowNumber, int line, int column, String why) {
                if (rowNumber > header.rowNumber()) {
                    rows.malformed(rowNumber, line, column, why);
                }
            }
        });
        return rows;
    }

    /** Ids and references of what the importer built; a problem here is a bug in the importer, said as one. */
    static List<Problem> check(String fileName, Timeline timeline) {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : ConsistencyCheck.checkImported(timeline, item -> "", (kind, id) -> Imported.declares(timeline, kind, id))) {
            problems.add(p.locatedAt(fileName, 0, 0));
        }
        return problems;
    }

    /** Null when the mapping has a date and a title column; else the error that says which is missing. */
    static Problem missingColumns(String fileName, Header header, ColumnMapping mapping) {
        boolean date = mapping.has(ColumnKey.DATE);
        boolean title = mapping.has(ColumnKey.TITLE);
        if (date && title) {
            return null;
        }
        String which = !date && !title ? "both" : !date ? "date" : "title";
        return new Problem(fileName, header.line(), 1, "/rows/" + header.rowNumber(),
                Messages.get("data.table.missing." + which, headerList(header)),
                Messages.get("data.table.missing.hint"));
    }

    static String headerList(Header header) {
        List<String> names = new ArrayList<>();
        for (String cell : header.cells()) {
            if (!cell.isBlank()) {
                names.add(cell);
            }
        }
        return String.join(", ", names);
    }

    private static ReadResult.Failed failed(String fileName, List<Problem> fileWarnings, Problem... errors) {
        List<Problem> problems = new ArrayList<>(fileWarnings);
        problems.addAll(List.of(errors));
        return new ReadResult.Failed(fileName, problems);
    }
}
