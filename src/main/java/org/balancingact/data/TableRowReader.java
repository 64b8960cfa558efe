package org.balancingact.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Actor;
import org.balancingact.model.ActorKind;
import org.balancingact.model.DateFormatException;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Reference;
import org.balancingact.model.Theme;
import org.balancingact.model.Translations;

/**
 * Turns the rows of a table into events through a {@link TableColumns} mapping, one row at a time. A row
 * that gives no event (no date, a date that cannot be read, no title, a malformed row) is left out with a
 * warning located at its cell; smaller faults (a repeated id, an unknown importance) are warned about and
 * the row is kept. Columns no key takes are kept as the event's "more fields".
 */
final class TableRowReader implements CsvRows.Handler {
    private final String fileName;
    private final String text;
    private final char separator;
    private final TableColumns columns;
    private final CellDates dates;
    private final CellDates.Reading start = new CellDates.Reading();
    private final CellDates.Reading end = new CellDates.Reading();
    private final Imported.Ids eventIds;
    private final Imported.Ids themeIds = new Imported.Ids("theme");
    private final Imported.Ids actorIds = new Imported.Ids("actor");
    private final Imported.Ids sourceIds = new Imported.Ids("source");
    private final Map<String, Integer> rowOfGivenId;
    private final Map<String, Actor> actorsByName = new HashMap<>();
    private final Map<String, StringBuilder> sourceTexts = new LinkedHashMap<>();
    private final Map<String, String> sourceTitles = new HashMap<>();
    /** For the row being read: the column each key took its value from (-1: none), and which columns were taken. */
    private static final ColumnKey[] KEYS = ColumnKey.values(); // values() copies the array on every call
    private final int[] chosen = new int[KEYS.length];
    private boolean[] taken = new boolean[0];
    /** The header's column names for the rows' more fields, shared by all rows; null when two columns share a name. */
    private final org.balancingact.model.MoreFields.Columns moreColumns;
    /** The row being read's more-field values by column (reused: MoreFields copies it). */
    private final String[] moreValues;
    /** Messages said once per row: looked up once per table. */
    private String linkLabel;

    final List<Event> events;
    final List<Problem> warnings = new ArrayList<>();
    final Map<String, Theme> themes = new LinkedHashMap<>();
    final Map<String, Actor> actors = new LinkedHashMap<>();
    final List<Quote> quotes = new ArrayList<>();
    int read;
    int leftOut;
    int unquoted;
    /** A date in day-month or month-day order was met and no order was given: reading stopped there. */
    boolean needsOrder;
    /** The header row, which is not an event. */
    private final int headerRow;
    /** What the last row gave: its event, or null and the warning that left it out (for the dialog's preview). */
    Event lastEvent;
    Problem lastLeftOut;

    TableRowReader(String fileName, String text, char separator, TableColumns columns, DateOrder order, int headerRow) {
        this(fileName, text, separator, columns, order, headerRow, 0);
    }

    /** @param expectedRows about how many rows the whole text holds (0 for a preview of its first rows) */
    TableRowReader(String fileName, String text, char separator, TableColumns columns, DateOrder order, int headerRow,
                   int expectedRows) {
        this.eventIds = new Imported.Ids("row", expectedRows);
        this.rowOfGivenId = new HashMap<>(ConsistencyCheck.capacityFor(expectedRows));
        this.events = new ArrayList<>(expectedRows);
        this.fileName = fileName;
        this.text = text;
        this.separator = separator;
        this.columns = columns;
        this.dates = new CellDates(order);
        this.headerRow = headerRow;
        List<String> names = new ArrayList<>(columns.headers.size());
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int i = 0; i < columns.headers.size(); i++) {
            names.add(columns.name(i));
            distinct.add(columns.name(i));
        }
        this.moreColumns = distinct.size() == names.size() ? new org.balancingact.model.MoreFields.Columns(names) : null;
        this.moreValues = new String[names.size()];
    }

    List<org.balancingact.model.Source> sources() {
        List<org.balancingact.model.Source> sources = new ArrayList<>();
        sourceTexts.forEach((id, words) -> sources.add(new org.balancingact.model.Source(id, "other", sourceTitles.get(id),
                "", "", null, "", words.toString())));
        return sources;
    }

    @Override
    public boolean row(CsvRows.Row row) {
        lastEvent = null;
        lastLeftOut = null;
        if (row.number <= headerRow || row.isBlank()) {
            return true; // spreadsheets save empty rows, often at the end: nothing in them to keep
        }
        read++;
        choose(row);
        if (row.size() > columns.headers.size() && hasContentBeyondHeader(row)) {
            return leaveOut(row, columns.headers.size(), "", Messages.get("data.table.row.tooManyCells",
                    row.number, row.size(), columns.headers.size()), Messages.get("data.table.row.tooManyCells.hint"));
        }
        int dateColumn = chosen[ColumnKey.DATE.ordinal()];
        if (dateColumn < 0) {
            int at = columns.of(ColumnKey.DATE)[0];
            return leaveOut(row, at, "date", Messages.get("data.table.row.noDate", row.number),
                    Messages.get("data.table.date.hint"));
        }
        if (!dates.read(row.cell(dateColumn), start)) {
            return unreadable(row, dateColumn, "date", start);
        }
        HistoricalDate when = start.date;
        String time = start.time;
        int endColumn = chosen[ColumnKey.END.ordinal()];
        if (endColumn >= 0) {
            if (!dates.read(row.cell(endColumn), end)) {
                return unreadable(row, endColumn, "end", end);
            }
            when = span(start, end);
            if (when == null) {
                return leaveOut(row, endColumn, "end", Messages.get("data.table.row.endBeforeStart", row.number,
                        row.cell(endColumn).strip(), row.cell(dateColumn).strip()), Messages.get("data.table.row.endBeforeStart.hint"));
            }
            time = end.time.isEmpty() ? start.time : (start.time.isEmpty() ? "…" : start.time) + " – " + end.time;
        }
        String title = value(row, ColumnKey.TITLE);
        if (title.isEmpty()) {
            return leaveOut(row, columns.of(ColumnKey.TITLE)[0], "title", Messages.get("data.table.row.noTitle", row.number,
                    String.join(" | ", names(ColumnKey.TITLE))), Messages.get("data.table.row.noTitle.hint"));
        }
        Map<String, String> more = moreFields(row);
        String id = id(row, title);
        String givenId = value(row, ColumnKey.ID);
        if (!givenId.isEmpty() && !Imported.isPlainId(givenId)) {
            more = new LinkedHashMap<>(more); // the id as the file wrote it, since the event's had to change
            more.put(columns.name(chosen[ColumnKey.ID.ordinal()]), givenId);
        }
        List<String> quoteIds = quote(row, id);
        if (quoteIds.isEmpty()) {
            unquoted++;
        }
        Event event = new Event(id, title, when, value(row, ColumnKey.SUMMARY), actors(row), themes(row),
                importance(row), quoteIds, "", links(row), Translations.NONE, time, more);
        events.add(event);
        lastEvent = event;
        return true;
    }

    private void choose(CsvRows.Row row) {
        if (taken.length < row.size()) {
            taken = new boolean[Math.max(row.size(), columns.headers.size())];
        } else {
            java.util.Arrays.fill(taken, false);
        }
        for (ColumnKey key : KEYS) {
            int index = columns.firstIndex(row, key);
            chosen[key.ordinal()] = index;
            if (index >= 0) {
                taken[index] = true;
            }
        }
    }

    /** The value the key took in this row (trimmed), or "". */
    private String value(CsvRows.Row row, ColumnKey key) {
        int index = chosen[key.ordinal()];
        return index < 0 ? "" : row.cell(index).strip();
    }

    @Override
    public void malformed(int rowNumber, int line, int column, String why) {
        read++;
        leftOut++;
        lastLeftOut = new Problem(fileName, line, column, "/rows/" + rowNumber, Messages.get("data.table.row.malformed",
                rowNumber, why), Messages.get("data.csv.malformed.hint"), Problem.Severity.WARNING);
        warnings.add(lastLeftOut);
    }

    private boolean hasContentBeyondHeader(CsvRows.Row row) {
        for (int i = columns.headers.size(); i < row.size(); i++) {
            if (!row.cell(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private boolean unreadable(CsvRows.Row row, int column, String field, CellDates.Reading reading) {
        if (reading.needsOrder) {
            needsOrder = true;
            return false;
        }
        return leaveOut(row, column, field, Messages.get("data.table.row.badDate", row.number, reading.problem), reading.hint);
    }

    private boolean leaveOut(CsvRows.Row row, int column, String field, String message, String hint) {
        leftOut++;
        int at = column < 0 ? 1 : CsvRows.columnOf(text, row, column, separator);
        lastLeftOut = new Problem(fileName, row.line, at, "/rows/" + row.number + (field.isEmpty() ? "" : "/" + field),
                message, hint, Problem.Severity.WARNING);
        warnings.add(lastLeftOut);
        return true;
    }

    /** From the start of {@code from} to the end of {@code to}; one day when both are the same day; null if reversed. */
    private static HistoricalDate span(CellDates.Reading from, CellDates.Reading to) {
        if (from.date.equals(to.date) && !from.date.isInterval()) {
            return from.date;
        }
        if (from.date.isInterval() || to.date.isInterval()) {
            return null;
        }
        try {
            return HistoricalDate.interval(from.date, to.date);
        } catch (DateFormatException reversed) {
            return null;
        }
    }

    private List<String> names(ColumnKey key) {
        List<String> names = new ArrayList<>();
        for (int index : columns.of(key)) {
            names.add(columns.name(index));
        }
        return names;
    }

    /**
     * The cells no key takes, and cells of a key's later columns that the first non-empty one passed
     * over ({@code oblast} when {@code hromada} gave the title): nothing a user brought is thrown away.
     */
    private Map<String, String> moreFields(CsvRows.Row row) {
        if (moreColumns != null && row.size() <= moreValues.length) {
            java.util.Arrays.fill(moreValues, null);
            for (int i = 0; i < row.size(); i++) {
                String value = row.cell(i);
                if (!taken[i] && !value.isBlank()) {
                    moreValues[i] = value.strip();
                }
            }
            return moreColumns.of(moreValues);
        }
        // a header with a name twice: a later column's value replaces the earlier one's, where that one was
        Map<String, String> more = null;
        for (int i = 0; i < row.size(); i++) {
            String value = row.cell(i);
            if (value.isBlank() || taken[i]) {
                continue;
            }
            if (more == null) {
                more = new LinkedHashMap<>();
            }
            more.put(columns.name(i), value.strip());
        }
        return more == null ? Map.of() : more;
    }

    private String id(CsvRows.Row row, String title) {
        String given = value(row, ColumnKey.ID);
        if (given.isEmpty()) {
            return eventIds.unique(Imported.slug(title, "row-" + row.number));
        }
        String base = Imported.isPlainId(given) ? given : Imported.slug(given, "row-" + row.number);
        Integer earlier = rowOfGivenId.putIfAbsent(base, row.number);
        String id = eventIds.unique(base);
        if (earlier != null) {
            int column = chosen[ColumnKey.ID.ordinal()];
            warnings.add(new Problem(fileName, row.line, CsvRows.columnOf(text, row, column, separator), "/rows/" + row.number + "/id",
                    Messages.get("data.table.row.idTwice", row.number, given, earlier, id),
                    Messages.get("data.table.row.idTwice.hint"), Problem.Severity.WARNING));
        }
        return id;
    }

    private List<String> themes(CsvRows.Row row) {
        String cell = value(row, ColumnKey.THEMES);
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(2);
        for (String label : items(cell)) {
            String id = themeIds.of(label);
            if (!themes.containsKey(id)) {
                themes.put(id, new Theme(id, label, "")); // not computeIfAbsent: no lambda made per row
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** "Lukashenko (person); Russia (state)": a kind in brackets is optional; without one, an actor is a group. */
    private List<String> actors(CsvRows.Row row) {
        String cell = value(row, ColumnKey.ACTORS);
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> ids = new ArrayList<>(2);
        for (String written : items(cell)) {
            Actor actor = actorsByName.computeIfAbsent(written, this::actor);
            actors.putIfAbsent(actor.id(), actor);
            if (!ids.contains(actor.id())) {
                ids.add(actor.id());
            }
        }
        return ids;
    }

    private Actor actor(String written) {
        String name = written;
        ActorKind kind = ActorKind.GROUP;
        int open = written.lastIndexOf('(');
        if (open > 0 && written.endsWith(")")) {
            String inner = written.substring(open + 1, written.length() - 1).strip().toLowerCase(java.util.Locale.ROOT);
            if (List.of("person", "state", "organisation", "group").contains(inner) && !written.substring(0, open).isBlank()) {
                name = written.substring(0, open).strip();
                kind = ActorKind.fromJson(inner);
            }
        }
        for (Actor known : actors.values()) {
            if (known.name().equals(name)) {
                return known; // "Russia" and "Russia (state)" in two rows are one actor
            }
        }
        return new Actor(actorIds.of(name), kind, name, Map.of(), List.of(), "", "", "");
    }

    private int importance(CsvRows.Row row) {
        String value = value(row, ColumnKey.IMPORTANCE);
        if (value.isEmpty()) {
            return 2;
        }
        if (value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '3') {
            return value.charAt(0) - '0';
        }
        int column = chosen[ColumnKey.IMPORTANCE.ordinal()];
        warnings.add(new Problem(fileName, row.line, CsvRows.columnOf(text, row, column, separator), "/rows/" + row.number + "/importance",
                Messages.get("data.csv.importance", row.number, value), Messages.get("data.csv.importance.hint"), Problem.Severity.WARNING));
        return 2;
    }

    private List<Reference> links(CsvRows.Row row) {
        String link = value(row, ColumnKey.LINK);
        if (link.isEmpty()) {
            return List.of();
        }
        String lower = link.toLowerCase(java.util.Locale.ROOT);
        boolean web = (lower.startsWith("http://") || lower.startsWith("https://")) && link.indexOf(' ') < 0;
        if (web && linkLabel == null) {
            linkLabel = Messages.get("data.table.link");
        }
        return List.of(web ? new Reference(linkLabel, link, "") : new Reference(link, "", ""));
    }

    /** The template's quote and source columns: a source's text is the quotes the table gives for it. */
    private List<String> quote(CsvRows.Row row, String eventId) {
        String words = value(row, ColumnKey.QUOTE);
        if (words.isEmpty()) {
            return List.of();
        }
        String source = value(row, ColumnKey.SOURCE);
        if (source.isEmpty()) {
            int column = chosen[ColumnKey.QUOTE.ordinal()];
            warnings.add(new Problem(fileName, row.line, CsvRows.columnOf(text, row, column, separator), "/rows/" + row.number + "/source",
                    Messages.get("data.table.row.quoteNoSource", row.number), Messages.get("data.csv.quoteNoSource.hint"),
                    Problem.Severity.WARNING));
            return List.of();
        }
        String sourceId = sourceIds.of(source);
        sourceTitles.putIfAbsent(sourceId, source);
        sourceTexts.computeIfAbsent(sourceId, k -> new StringBuilder()).append(words).append("\n\n");
        Quote quote = new Quote("q-" + eventId, sourceId, words, "");
        quotes.add(quote);
        return List.of(quote.id());
    }

    private static List<String> items(String cell) {
        if (cell.indexOf(';') < 0) {
            return List.of(cell.strip()); // one item, as most cells hold (the caller passes a non-empty, stripped cell)
        }
        List<String> items = new ArrayList<>(2);
        int from = 0;
        while (from <= cell.length()) {
            int semicolon = cell.indexOf(';', from);
            int to = semicolon < 0 ? cell.length() : semicolon;
            String item = cell.substring(from, to).strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
            from = to + 1;
        }
        return items;
    }
}
