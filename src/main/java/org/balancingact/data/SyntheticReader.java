package org.balancingact.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.balancingact.i18n.Messages;
import org.balancingact.model.DateFormatException;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Reference;
import org.balancingact.model.Source;
import org.balancingact.model.Theme;
import org.balancingact.model.Timeline;

/**
 * Reads the synthetic benchmark format of {@code shared/bench/vis-timeline}
 * ({@code {"meta":…, "events":[{"id","start","end"?,"group","title"}]}}), so the app shows the very
 * files vis-timeline is measured with. Groups become themes ("Lane 01".."Lane 12"), instants become
 * days (the model's precision). The file itself is the one source and every event refers to it.
 *
 * <p>The quote rule of the native format (every event rests on a quote) is relaxed for this format
 * only: the events are made up, there is nothing to quote, and inventing quotes would be dishonest.
 * The reader streams the file (a million events are ~80 MB) and shares equal dates, titles and lists.
 */
public final class SyntheticReader {
    static final String SOURCE_ID = "synthetic-file";

    private final JsonFactory factory = new JsonFactory();

    /** Whether a file looks like this format: it opens with a {@code "meta"} member, not {@code "format"}. */
    public static boolean recognises(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s", "");
            return text.startsWith("{\"meta\":");
        } catch (IOException e) {
            return false;
        }
    }

    public ReadResult read(Path file) {
        String name = file.toString();
        List<Event> events = new ArrayList<>();
        Map<String, HistoricalDate> dates = new HashMap<>();
        Map<Integer, HistoricalDate> days = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<Integer, List<String>> themeLists = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        Source source = new Source(SOURCE_ID, "dataset", file.getFileName().toString(), "", "", null,
                file.toUri().toString(), Messages.get("data.synthetic.source"));
        List<Reference> references = List.of(new Reference(source.title(), source.url(), ""));
        int maxGroup = 0;
        try (JsonParser parser = factory.createParser(file.toFile())) {
            expect(parser, parser.nextToken() == JsonToken.START_OBJECT, Messages.get("data.synthetic.notObject"));
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("events")) {
                    parser.skipChildren();
                    continue;
                }
                expect(parser, parser.currentToken() == JsonToken.START_ARRAY, Messages.get("data.synthetic.eventsNotArray"));
                for (int index = 0; parser.nextToken() == JsonToken.START_OBJECT; index++) {
                    String id = null;
                    int startDay = NO_DAY;
                    String start = null;
                    int endDay = NO_DAY;
                    String end = null;
                    int group = 0;
                    String title = null;
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        parser.nextToken();
                        switch (key) {
                            case "id" -> id = parser.getValueAsString();
                            case "start" -> {
                                startDay = day(parser);
                                start = startDay == NO_DAY ? parser.getValueAsString() : null;
                            }
                            case "end" -> {
                                endDay = day(parser);
                                end = endDay == NO_DAY ? parser.getValueAsString() : null;
                            }
                            case "group" -> group = parser.getValueAsInt();
                            case "title" -> title = parser.getValueAsString();
                            default -> parser.skipChildren();
                        }
                    }
                    boolean hasStart = start != null || startDay != NO_DAY;
                    if (id == null || !hasStart || title == null || group < 1) {
                        problems.add(Problem.at("/events/" + index, Messages.get("data.synthetic.eventFields"), ""));
                        continue;
                    }
                    try {
                        HistoricalDate when;
                        if (start == null && end == null) {
                            // the usual case: the days were read as numbers; each distinct day is parsed once
                            // and a range is joined from its two days without parsing text again
                            HistoricalDate first = day(startDay, days);
                            when = endDay == NO_DAY || endDay == startDay ? first
                                    : HistoricalDate.interval(first, day(endDay, days));
                        } else {
                            String startText = start != null ? start : dayString(startDay);
                            String endText = end != null ? end : endDay == NO_DAY ? null : dayString(endDay);
                            when = dates.computeIfAbsent(dayText(startText, endText), HistoricalDate::parse);
                        }
                        maxGroup = Math.max(maxGroup, group);
                        List<String> themes = themeLists.computeIfAbsent(group, g -> List.of(laneId(g)));
                        events.add(new Event(id, titles.computeIfAbsent(title, t -> t), when, "", List.of(), themes, 2,
                                List.of(), "", references));
                    } catch (DateFormatException | IndexOutOfBoundsException e) {
                        problems.add(Problem.at("/events/" + index, Messages.get("data.synthetic.instants"), ""));
                    }
                }
            }
        } catch (IOException e) {
            JsonLocation at = e instanceof com.fasterxml.jackson.core.JsonProcessingException p ? p.getLocation() : null;
            problems.add(new Problem(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                    Messages.get("data.synthetic.unreadable", e.getMessage()), ""));
        }
        if (!problems.isEmpty()) {
            return new ReadResult.Failed(name, located(file, problems));
        }
        List<Theme> themes = new ArrayList<>();
        for (int g = 1; g <= maxGroup; g++) {
            themes.add(new Theme(laneId(g), Messages.get("data.synthetic.lane", String.format(Locale.ROOT, "%02d", g)),
                    Messages.get("data.synthetic.group", String.valueOf(g))));
        }
        return new ReadResult.Loaded(new Timeline(Messages.get("data.synthetic.title", String.valueOf(events.size())),
                source.text(), themes, List.of(source), List.of(), List.of(), events, List.of(), List.of()));
    }

    /**
     * Fills in the line and column of problems that have only a pointer, by streaming the file once more:
     * cheaper than keeping the position of every one of a million good events for the rare bad one.
     */
    private List<Problem> located(Path file, List<Problem> problems) {
        Set<String> pointers = new HashSet<>();
        problems.forEach(p -> pointers.add(p.pointer()));
        Map<String, JsonLocator.Position> positions;
        try (JsonParser parser = factory.createParser(file.toFile())) {
            positions = JsonLocator.locate(parser, pointers);
        } catch (IOException unreadable) {
            positions = Map.of();
        }
        String name = file.toString();
        List<Problem> located = new ArrayList<>();
        for (Problem problem : problems) {
            JsonLocator.Position at = problem.pointer().isEmpty() ? null : positions.get(problem.pointer());
            located.add(at == null ? problem.locatedAt(name, problem.line(), problem.column())
                    : problem.locatedAt(name, at.line(), at.column()));
        }
        return located;
    }

    /** A day as the number yyyymmdd. */
    private static final int NO_DAY = -1;

    /**
     * The day of an instant string value as yyyymmdd, read from the parser's characters, when its first
     * ten characters are {@code dddd-dd-dd}; otherwise {@link #NO_DAY}, and the caller reads the text.
     * Whether the day exists is left to {@link HistoricalDate#parse}, as for any other text.
     */
    static int day(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getTextLength() < 10) {
            return NO_DAY;
        }
        char[] c = parser.getTextCharacters();
        int o = parser.getTextOffset();
        if (c[o + 4] != '-' || c[o + 7] != '-') {
            return NO_DAY;
        }
        int value = 0;
        for (int i = 0; i < 10; i++) {
            if (i == 4 || i == 7) {
                continue;
            }
            char d = c[o + i];
            if (d < '0' || d > '9') {
                return NO_DAY;
            }
            value = value * 10 + (d - '0');
        }
        return value;
    }

    /** yyyymmdd back to its text {@code yyyy-mm-dd}. */
    static String dayString(int day) {
        char[] text = new char[10];
        int rest = day;
        for (int i = 9; i >= 0; i--) {
            if (i == 4 || i == 7) {
                text[i] = '-';
            } else {
                text[i] = (char) ('0' + rest % 10);
                rest /= 10;
            }
        }
        return new String(text);
    }

    /** The date of a day yyyymmdd, parsed once per distinct day. */
    private static HistoricalDate day(int day, Map<Integer, HistoricalDate> days) {
        // yyyymmdd numbers cluster in a few low bits, which the map's hash would pile into the same
        // buckets; multiplying by an odd constant is one-to-one on int and spreads them
        Integer key = day * 0x9E3779B1;
        HistoricalDate date = days.get(key);
        if (date == null) {
            date = HistoricalDate.parse(dayString(day)); // an impossible day (2021-02-30) throws here
            days.put(key, date);
        }
        return date;
    }

    private static void expect(JsonParser parser, boolean ok, String message) throws IOException {
        if (!ok) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, message);
        }
    }

    /** The EDTF text of an event's days: one day, or first/last day when a range crosses midnight. */
    static String dayText(String start, String end) {
        String first = start.substring(0, 10);
        if (end == null) {
            return first;
        }
        String last = end.substring(0, 10);
        return last.equals(first) ? first : first + "/" + last;
    }

    static String laneId(int group) {
        return String.format("lane-%02d", group);
    }
}
