package org.balancingact.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of a CSV text through jackson-dataformat-csv, one row at a time, so a table of a
 * hundred thousand rows is never held twice. A row that cannot be parsed (an unclosed quote, text
 * after a closing quote) is reported to the caller and skipped: parsing starts again on the next
 * line, and the rest of the file is read.
 */
final class CsvRows {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** One row; the object and its cells are reused for the next row, so a handler copies what it keeps. */
    static final class Row {
        final List<String> cells = new ArrayList<>();
        /** 1-based: the header is row 1, as a spreadsheet numbers them. */
        int number;
        /** The file line the row starts on. */
        int line;
        /** The offset in the text of the row's first character: where a cell's column is counted from. */
        int offset;

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        int size() {
            return cells.size();
        }

        boolean isBlank() {
            for (String cell : cells) {
                if (!cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    interface Handler {
        /** @return false to stop reading */
        boolean row(Row row);

        /** A row that could not be parsed; reading goes on at the next line. */
        void malformed(int rowNumber, int line, int column, String why);
    }

    private CsvRows() {
    }

    /** The separator the header line uses most, outside quotes: ',' ';' or tab; ',' when it has none. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** Reads every row of {@code text} (the header included, as row 1) into {@code handler}. */
    static void read(String text, char separator, Handler handler) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        int from = 0;
        int lineBase = 0;
        Row row = new Row();
        int rowNumber = 0;
        while (from < text.length()) {
            int rowLine = lineBase + 1;
            try (JsonParser parser = MAPPER.reader(schema).createParser(text.substring(from))) {
                boolean inRow = false;
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.START_ARRAY && parser.getParsingContext().getParent() != null
                            && parser.getParsingContext().getParent().inArray()) {
                        JsonLocation at = parser.currentLocation();
                        rowLine = lineBase + Math.max(1, at.getLineNr());
                        row.cells.clear();
                        row.line = rowLine;
                        row.offset = -1;
                        inRow = true;
                    } else if (token == JsonToken.VALUE_STRING && inRow) {
                        if (row.offset < 0) {
                            JsonLocation at = parser.currentTokenLocation();
                            row.line = lineBase + Math.max(1, at.getLineNr());
                            row.offset = lineStart(text, from + (int) Math.max(0, at.getCharOffset()));
                        }
                        row.cells.add(parser.getText());
                    } else if (token == JsonToken.END_ARRAY && inRow) {
                        inRow = false;
                        row.number = ++rowNumber;
                        if (row.offset < 0) {
                            row.offset = from;
                        }
                        if (!handler.row(row)) {
                            return;
                        }
                    }
                }
                return;
            } catch (JsonProcessingException malformed) {
                int line = inRowLine(malformed, lineBase, rowLine);
                JsonLocation at = malformed.getLocation();
                boolean onThatLine = at != null && lineBase + at.getLineNr() == line;
                handler.malformed(++rowNumber, line, onThatLine ? Math.max(1, at.getColumnNr()) : 1,
                        firstLine(malformed.getOriginalMessage()));
                int next = startOfLine(text, from, line - lineBase + 1);
                if (next <= from) {
                    return;
                }
                lineBase = line;
                from = next;
            } catch (IOException unreadable) {
                handler.malformed(++rowNumber, rowLine, 1, firstLine(unreadable.getMessage()));
                return;
            }
        }
    }

    /** The line of the row being read when the parser stopped: the row's own line, not the end of the file. */
    private static int inRowLine(JsonProcessingException malformed, int lineBase, int rowLine) {
        JsonLocation at = malformed.getLocation();
        int failedAt = at == null ? rowLine : lineBase + Math.max(1, at.getLineNr());
        return Math.min(rowLine, failedAt);
    }

    /** A row starts at the start of a line; the parser's offset of its first cell may be past a quote. */
    private static int lineStart(String text, int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** The offset of line {@code lineInSegment} (1-based) of the text starting at {@code from}. */
    private static int startOfLine(String text, int from, int lineInSegment) {
        int line = 1;
        int i = from;
        while (line < lineInSegment && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\n' || c == '\r' && (i >= text.length() || text.charAt(i) != '\n')) {
                line++;
            }
        }
        return line == lineInSegment ? i : text.length();
    }

    /** The 1-based column of cell {@code index} of a row, counted from the row's first character. */
    static int columnOf(String text, Row row, int index, char separator) {
        return columnOf(text, row.offset, index, separator);
    }

    static int columnOf(String text, int rowOffset, int index, char separator) {
        int lineStart = lineStart(text, rowOffset);
        int cell = 0;
        boolean quoted = false;
        int i = rowOffset;
        while (cell < index && i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == separator) {
                cell++;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
            i++;
        }
        return i - lineStart + 1;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        int source = line.indexOf(" at [Source");
        return (source >= 0 ? line.substring(0, source) : line).trim();
    }
}
