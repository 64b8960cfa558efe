package org.balancingact.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Timeline;

/**
 * Imports TimelineJS's spreadsheet template saved as CSV: the header {@code Year, Month, Day, Time,
 * End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption,
 * Media Thumbnail, Type, Group, Background}, its columns in any order, header case and spacing ignored.
 * A row with {@code Type} = {@code title} gives the timeline's title, {@code era} rows give eras, and every
 * other row is a slide, read exactly as a TimelineJS JSON slide is ({@link TimelineJsSlides}).
 */
final class TimelineJsSheet {
    private final String fileName;
    private final String text;
    private final char separator;
    /** Normalised header name → column; the first of a name given twice. */
    private final java.util.Map<String, Integer> columns = new java.util.HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private CsvRows.Row current;

    private TimelineJsSheet(String fileName, String text, char separator, List<String> header) {
        this.fileName = fileName;
        this.text = text;
        this.separator = separator;
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(ColumnKey.normalise(header.get(i)), i);
        }
    }

    static ReadResult read(String fileName, String text, char separator, TableImport.Header header, String encoding,
                           List<Problem> fileWarnings) {
        TimelineJsSheet sheet = new TimelineJsSheet(fileName, text, separator, header.cells());
        TimelineJsSlides slides = new TimelineJsSlides(sheet::problem);
        String[] title = {"", ""};
        CsvRows.read(text, separator, new CsvRows.Handler() {
            @Override
            public boolean row(CsvRows.Row row) {
                if (row.number > header.rowNumber() && !row.isBlank()) {
                    sheet.row(row, slides, title);
                }
                return true;
            }

            @Override
            public void malformed(int rowNumber, int line, int column, String why) {
                if (rowNumber > header.rowNumber()) {
                    slides.read++;
                    slides.leftOut++;
                    sheet.problems.add(new Problem(fileName, line, column, "/rows/" + rowNumber,
                            Messages.get("data.table.row.malformed", rowNumber, why), Messages.get("data.csv.malformed.hint"),
                            Problem.Severity.WARNING));
                }
            }
        });
        Timeline timeline = slides.timeline(title[0].isEmpty() ? Imported.baseName(fileName) : title[0], title[1]);
        List<Problem> warnings = new ArrayList<>(fileWarnings);
        sheet.problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        warnings.addAll(sheet.problems);
        boolean errors = sheet.problems.stream().anyMatch(p -> !p.isWarning());
        return slides.result(fileName, timeline, warnings, errors,
                new Problem(fileName, header.line(), 1, "", Messages.get("data.table.noEvents", slides.read),
                        Messages.get("data.tljs.noEvents.hint")),
                new ImportReport(ImportReport.Kind.TIMELINEJS_SHEET, slides.read, slides.leftOut, encoding,
                        List.of(Messages.get("data.tljs.note.sheet")), Optional.empty(), Optional.empty()));
    }

    private void row(CsvRows.Row row, TimelineJsSlides slides, String[] title) {
        current = row;
        String type = cell(row, "type").toLowerCase(Locale.ROOT);
        String where = Messages.get("data.table.row", row.number);
        Slide slide = new Slide(where, "/rows/" + row.number,
                new Slide.Parts(cell(row, "year"), cell(row, "month"), cell(row, "day"), cell(row, "time")),
                new Slide.Parts(cell(row, "end year"), cell(row, "end month"), cell(row, "end day"), cell(row, "end time")),
                cell(row, "headline"), cell(row, "text"), cell(row, "media"), cell(row, "media caption"),
                cell(row, "media credit"), group(row), cell(row, "display date"), cell(row, "unique id"), type);
        if (type.equals("title") && title[0].isEmpty() && title[1].isEmpty()) {
            title[0] = HtmlText.plain(slide.headline());
            title[1] = HtmlText.plain(slide.text());
            return;
        }
        if (type.equals("title")) {
            problems.add(new Problem(fileName, row.line, column(row, "type"), "/rows/" + row.number + "/type",
                    Messages.get("data.tljs.titleTwice", where), Messages.get("data.tljs.titleTwice.hint"), Problem.Severity.WARNING));
        }
        slides.add(slide, type.equals("era"));
    }

    /** "Group" in today's template, "Tag" in TimelineJS's first one. */
    private String group(CsvRows.Row row) {
        String group = cell(row, "group");
        return group.isEmpty() ? cell(row, "tag") : group;
    }

    private String cell(CsvRows.Row row, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

    private int column(CsvRows.Row row, String column) {
        Integer index = columns.get(column);
        return index == null ? 1 : CsvRows.columnOf(text, row, index, separator);
    }

    /** A slide's problem, located at the cell it concerns ("start_date/month" is the Month column). */
    private void problem(Slide slide, String field, Problem.Severity severity, String message, String hint) {
        String column = switch (field) {
            case "start_date", "start_date/year" -> "year";
            case "start_date/month" -> "month";
            case "start_date/day" -> "day";
            case "end_date", "end_date/year" -> "end year";
            case "end_date/month" -> "end month";
            case "end_date/day" -> "end day";
            default -> "";
        };
        problems.add(new Problem(fileName, current.line, column.isEmpty() ? 1 : column(current, column),
                slide.pointer() + (column.isEmpty() ? "" : "/" + column), message, hint, severity));
    }
}
