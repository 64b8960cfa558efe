package org.balancingact.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Actor;
import org.balancingact.model.ActorKind;
import org.balancingact.model.DateFormatException;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Source;
import org.balancingact.model.Theme;
import org.balancingact.model.Timeline;

/**
 * Builds a timeline from the rows of a CSV file and checks it like a native file. A spreadsheet has
 * no full source texts, so a source's text is the quotes the spreadsheet gives for it: the app can show
 * and link them, but cannot prove them verbatim (the README says so). Problems point at the cell:
 * its line and column, and a pointer {@code /rows/R/column} where R is the spreadsheet's row number.
 */
final class CsvTimeline {
    record Cell(String text, int line, int column) {
    }

    record Row(int number, int line, List<Cell> cells) {
    }

    static final List<String> COLUMNS = List.of("date", "end date", "title", "summary", "actors", "themes", "quote",
            "source", "id", "importance");
    private static final Map<String, String> SYNONYMS = Map.of("start date", "date", "when", "date", "end", "end date",
            "headline", "title", "text", "summary", "description", "summary", "theme", "themes", "group", "themes",
            "actor", "actors");

    private final String fileName;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Object, String> pointers = new HashMap<>();
    private final Map<String, int[]> positions = new HashMap<>();
    private final Map<String, Integer> columnOf = new HashMap<>();

    CsvTimeline(String fileName) {
        this.fileName = fileName;
    }

    ReadResult build(List<Row> rows) {
        if (rows.isEmpty()) {
            return TimelineReader.failed(fileName, new Problem(fileName, 1, 1, "", Messages.get("data.csv.noRows"),
                    Messages.get("data.csv.noRows.hint", String.join(",", COLUMNS.subList(0, 8)))));
        }
        header(rows.get(0));
        if (!columnOf.containsKey("date") || !columnOf.containsKey("title")) {
            return TimelineReader.failed(fileName, located(problems));
        }
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Theme> themes = new LinkedHashMap<>();
        Map<String, StringBuilder> sourceTexts = new LinkedHashMap<>();
        Map<String, String> sourceTitles = new HashMap<>();
        List<Event> events = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.cells().stream().allMatch(c -> c.text().isBlank())) {
                continue; // spreadsheets save empty rows at the end
            }
            String at = "/rows/" + row.number();
            positions.put(at, new int[] {row.line(), 1});
            for (Map.Entry<String, Integer> column : columnOf.entrySet()) {
                if (column.getValue() < row.cells().size()) {
                    Cell cell = row.cells().get(column.getValue());
                    positions.put(at + "/" + column.getKey(), new int[] {cell.line(), cell.column()});
                }
            }
            String title = cell(row, "title");
            String id = cell(row, "id");
            if (id.isEmpty()) {
                String base = Imported.slug(title, "row-" + row.number());
                id = base;
                for (int n = 2; ids.contains(id); n++) {
                    id = base + "-" + n;
                }
            }
            ids.add(id);
            if (title.isEmpty()) {
                problems.add(Problem.at(at + "/title", Messages.get("data.csv.noTitle", String.valueOf(row.number())), Messages.get("data.csv.noTitle.hint")));
            }
            HistoricalDate when = date(row, at);
            List<String> actorIds = new ArrayList<>();
            for (String name : list(cell(row, "actors"))) {
                Actor actor = actor(name);
                actors.putIfAbsent(actor.id(), actor);
                actorIds.add(actor.id());
            }
            List<String> themeIds = new ArrayList<>();
            for (String label : list(cell(row, "themes"))) {
                String themeId = Imported.slug(label, "theme");
                themes.putIfAbsent(themeId, new Theme(themeId, label, ""));
                themeIds.add(themeId);
            }
            List<String> quoteIds = new ArrayList<>();
            String words = cell(row, "quote");
            String source = cell(row, "source");
            if (!words.isEmpty() && source.isEmpty()) {
                problems.add(Problem.at(at + "/source", Messages.get("data.csv.quoteNoSource", String.valueOf(row.number())),
                        Messages.get("data.csv.quoteNoSource.hint")));
            } else if (!words.isEmpty()) {
                String sourceId = Imported.slug(source, "source");
                sourceTitles.putIfAbsent(sourceId, source);
                sourceTexts.computeIfAbsent(sourceId, k -> new StringBuilder()).append(words).append("\n\n");
                Quote quote = new Quote("q-" + id, sourceId, words, "");
                pointers.put(quote, at + "/quote");
                quotes.add(quote);
                quoteIds.add(quote.id());
            }
            if (when != null && !title.isEmpty()) {
                Event event = new Event(id, title, when, cell(row, "summary"), actorIds, themeIds, importance(row, at),
                        quoteIds, "", List.of());
                pointers.put(event, at);
                events.add(event);
            }
        }
        List<Source> sources = new ArrayList<>();
        sourceTexts.forEach((sid, text) -> sources.add(new Source(sid, "other", sourceTitles.get(sid), "", "", null, "",
                text.toString())));
        Timeline timeline = new Timeline(Imported.baseName(fileName), Messages.get("data.csv.description"),
                List.copyOf(themes.values()), sources, List.copyOf(actors.values()), List.of(), events, quotes, List.of());
        Map<String, Set<String>> declared = Imported.declaredIds(timeline);
        Set<String> unsourced = new HashSet<>();
        problems.stream().filter(p -> p.pointer().endsWith("/source")).forEach(p -> unsourced.add(Pointers.parent(p.pointer())));
        for (Problem p : ConsistencyCheck.check(timeline, item -> pointers.getOrDefault(item, ""),
                (kind, declaredId) -> declared.getOrDefault(kind, Set.of()).contains(declaredId))) {
            if (!(p.pointer().endsWith("/quotes") && unsourced.contains(Pointers.parent(p.pointer())))) {
                // the spreadsheet's words for "rows[5]" are "Row 5"
                problems.add(new Problem(p.file(), p.line(), p.column(), p.pointer(),
                        p.message().replaceAll("rows\\[(\\d+)\\]", "Row $1"), p.hint()));
            }
        }
        if (!problems.isEmpty()) {
            return TimelineReader.failed(fileName, located(problems));
        }
        return new ReadResult.Loaded(timeline);
    }

    private void header(Row header) {
        positions.put("/rows/1", new int[] {header.line(), 1});
        for (int i = 0; i < header.cells().size(); i++) {
            Cell cell = header.cells().get(i);
            String name = cell.text().trim().toLowerCase(Locale.ROOT).replace('_', ' ');
            name = SYNONYMS.getOrDefault(name, name);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                problems.add(new Problem(fileName, cell.line(), cell.column(), "/rows/1/" + i,
                        Messages.get("data.csv.unknownColumn", cell.text().trim()),
                        Messages.get("data.csv.unknownColumn.hint", String.join(", ", COLUMNS))));
            } else if (columnOf.putIfAbsent(name, i) != null) {
                problems.add(new Problem(fileName, cell.line(), cell.column(), "/rows/1/" + i,
                        Messages.get("data.csv.columnTwice", name), Messages.get("data.csv.columnTwice.hint")));
            }
        }
        for (String required : List.of("date", "title")) {
            if (!columnOf.containsKey(required)) {
                problems.add(new Problem(fileName, header.line(), 1, "/rows/1",
                        Messages.get("data.csv.noColumn", required),
                        Messages.get("data.csv.noColumn.hint", String.join(",", COLUMNS.subList(0, 8)))));
            }
        }
    }

    private String cell(Row row, String column) {
        Integer index = columnOf.get(column);
        return index == null || index >= row.cells().size() ? "" : row.cells().get(index).text().trim();
    }

    private HistoricalDate date(Row row, String at) {
        String from = cell(row, "date");
        String to = cell(row, "end date");
        if (from.isEmpty()) {
            problems.add(Problem.at(at + "/date", Messages.get("data.csv.noDate", String.valueOf(row.number())),
                    Messages.get("data.csv.noDate.hint")));
            return null;
        }
        String text = to.isEmpty() ? from : from + "/" + to;
        try {
            return HistoricalDate.parse(text);
        } catch (DateFormatException bad) {
            String field = to.isEmpty() || !validAlone(from) ? "date" : "end date";
            problems.add(Problem.at(at + "/" + field, Messages.get("data.csv.badDate", String.valueOf(row.number()), text, bad.getMessage()), bad.hint()));
            return null;
        }
    }

    private static boolean validAlone(String date) {
        try {
            HistoricalDate.parse(date);
            return true;
        } catch (DateFormatException bad) {
            return false;
        }
    }

    private int importance(Row row, String at) {
        String text = cell(row, "importance");
        if (text.isEmpty()) {
            return 2;
        }
        if (!text.matches("[123]")) {
            problems.add(Problem.at(at + "/importance", Messages.get("data.csv.importance", String.valueOf(row.number()), text),
                    Messages.get("data.csv.importance.hint")));
            return 2;
        }
        return Integer.parseInt(text);
    }

    /** "Lukashenko (person); Russia (state)": a kind in brackets is optional; without one, an actor is a group. */
    private static Actor actor(String written) {
        String name = written;
        ActorKind kind = ActorKind.GROUP;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*)\\((person|state|organisation|group)\\)\\s*$",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(written);
        if (m.matches() && !m.group(1).isBlank()) {
            name = m.group(1).trim();
            kind = ActorKind.fromJson(m.group(2));
        }
        return new Actor(Imported.slug(name, "actor"), kind, name, Map.of(), List.of(), "", "", "");
    }

    private static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        for (String part : cell.split(";")) {
            if (!part.isBlank()) {
                items.add(part.trim());
            }
        }
        return items;
    }

    private List<Problem> located(List<Problem> found) {
        List<Problem> located = new ArrayList<>();
        for (Problem problem : TimelineReader.withoutEchoes(found)) {
            if (problem.line() > 0) {
                located.add(problem);
                continue;
            }
            int[] at = null;
            for (String pointer = problem.pointer(); at == null && !pointer.isEmpty(); pointer = Pointers.parent(pointer)) {
                at = positions.get(pointer);
            }
            located.add(at == null ? problem.locatedAt(fileName, 1, 1) : problem.locatedAt(fileName, at[0], at[1]));
        }
        located.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return located;
    }
}
