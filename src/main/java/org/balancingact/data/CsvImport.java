package org.balancingact.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.balancingact.i18n.Messages;

/**
 * Imports a spreadsheet saved as CSV: one row per event, with the columns of the README's template
 * (date, end date, title, summary, actors, themes, quote, source; optional id and importance). Comma,
 * semicolon and tab separators are recognised from the header line, as spreadsheets save all three.
 * The rows become model objects that then pass the same checks as a native file ({@link CsvTimeline}).
 */
final class CsvImport {
    private CsvImport() {
    }

    /** A .csv/.tsv name, or text whose first line is a header naming a date and a title column. */
    static boolean recognises(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv")) {
            return true;
        }
        String first = text.stripLeading().lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return !first.startsWith("{") && !first.startsWith("[") && first.contains("date") && first.contains("title")
                && separatorOf(first) != 0;
    }

    static ReadResult read(String fileName, String text) {
        String header = text.lines().findFirst().orElse("");
        char separator = separatorOf(header);
        List<CsvTimeline.Row> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator == 0 ? ',' : separator);
        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        try (JsonParser parser = mapper.reader(schema).createParser(text)) {
            List<CsvTimeline.Cell> cells = null;
            JsonLocation rowStart = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY && parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inArray()) {
                    cells = new ArrayList<>();
                    rowStart = parser.currentTokenLocation();
                } else if (token == JsonToken.VALUE_STRING && cells != null) {
                    JsonLocation at = parser.currentTokenLocation();
                    cells.add(new CsvTimeline.Cell(parser.getText(), at.getLineNr(), Math.max(1, at.getColumnNr())));
                } else if (token == JsonToken.END_ARRAY && cells != null) {
                    // the first cell knows its line; the row's own token may still point at the previous line's end
                    int line = cells.isEmpty() ? (rowStart == null ? 1 : rowStart.getLineNr()) : cells.get(0).line();
                    rows.add(new CsvTimeline.Row(rows.size() + 1, line, cells));
                    cells = null;
                }
            }
        } catch (IOException malformed) {
            JsonLocation at = malformed instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getLocation() : null;
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            return TimelineReader.failed(fileName, new Problem(fileName, line, at == null ? 1 : Math.max(1, at.getColumnNr()), "",
                    Messages.get("data.csv.malformed", firstLine(malformed.getMessage())),
                    Messages.get("data.csv.malformed.hint")));
        }
        return new CsvTimeline(fileName).build(rows);
    }

    /** The separator the header line uses most: ',' ';' or tab; 0 when it has none. */
    static char separatorOf(String header) {
        Map<Character, Long> counts = Map.of(
                ',', header.chars().filter(c -> c == ',').count(),
                ';', header.chars().filter(c -> c == ';').count(),
                '\t', header.chars().filter(c -> c == '\t').count());
        char best = 0;
        long most = 0;
        for (char c : new char[] {',', ';', '\t'}) {
            if (counts.get(c) > most) {
                most = counts.get(c);
                best = c;
            }
        }
        return best;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        int source = line.indexOf(" at [Source");
        return (source >= 0 ? line.substring(0, source) : line).trim();
    }
}
