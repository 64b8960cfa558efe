package org.balancingact.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balancingact.model.Event;
import org.balancingact.model.Reference;
import org.balancingact.model.Translations;

/**
 * Reads one event of the {@code events} array straight from the parser's tokens into an {@link Event},
 * for the {@link StreamingTimelineReader}: no tree, no map, no iterator per event. It accepts only what
 * {@link EventShape} accepts (the schema's event rule: the known fields, each of its type, ids of the id
 * pattern, a non-empty quote list, importance 1–3, references with a title) and builds what
 * {@link TimelineMapper} would build. Anything else, a duplicate field included, is a doubt: it answers
 * null and the whole file is read the tree way, which reports every problem. {@code StreamingReaderTest}
 * checks on thousands of mutated files that both ways give the same answer.
 */
final class StreamingEvents {
    private static final int ID = 1;
    private static final int TITLE = 2;
    private static final int WHEN = 4;
    private static final int SUMMARY = 8;
    private static final int ACTORS = 16;
    private static final int THEMES = 32;
    private static final int IMPORTANCE = 64;
    private static final int QUOTES = 128;
    private static final int DATE_NOTE = 256;
    private static final int REFERENCES = 512;

    private StreamingEvents() {
    }

    /** Reads the event whose START_OBJECT is the current token, up to its END_OBJECT; null = doubt. */
    static Event read(JsonParser parser, TimelineMapper mapper) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return null;
        }
        int seen = 0;
        String id = null;
        String title = null;
        String when = null;
        String summary = "";
        String dateNote = "";
        List<String> actors = List.of();
        List<String> themes = List.of();
        List<String> quotes = null;
        int importance = 2;
        List<Reference> references = List.of();
        Map<String, Map<String, String>> translated = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            int field = field(parser.currentName());
            if (field == 0 || (seen & field) != 0) {
                return null; // an unknown field, or one given twice
            }
            seen |= field;
            JsonToken value = parser.nextToken();
            String text = value == JsonToken.VALUE_STRING ? parser.getText() : null;
            if (value == JsonToken.START_OBJECT && (field == TITLE || field == SUMMARY || field == DATE_NOTE)) {
                // a text given per language: its own text is the English (else the first), as the mapper reads it
                Map<String, String> texts = languages(parser, field == TITLE);
                if (texts == null) {
                    return null;
                }
                if (translated == null) {
                    translated = new LinkedHashMap<>();
                }
                translated.put(field == TITLE ? "title" : field == SUMMARY ? "summary" : "dateNote", texts);
                text = texts.getOrDefault("en", texts.values().iterator().next());
            }
            switch (field) {
                case ID -> id = text != null && EventShape.isId(text) ? text : null;
                case TITLE -> title = text != null && !text.isEmpty() ? text : null;
                case WHEN -> when = text != null && EventShape.isWhen(text) ? text : null;
                case SUMMARY -> summary = text;
                case DATE_NOTE -> dateNote = text;
                case ACTORS -> actors = ids(parser);
                case THEMES -> themes = ids(parser);
                case QUOTES -> quotes = ids(parser);
                case IMPORTANCE -> importance = importance(parser);
                case REFERENCES -> references = references(parser);
                default -> {
                    return null;
                }
            }
            if (id == null && field == ID || title == null && field == TITLE || when == null && field == WHEN
                    || summary == null || dateNote == null || actors == null || themes == null
                    || quotes == null && field == QUOTES || importance == 0 || references == null) {
                return null;
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || id == null || title == null || when == null
                || quotes == null || quotes.isEmpty()) {
            return null;
        }
        return mapper.streamedEvent(id, title, when, summary, actors, themes, importance, quotes, dateNote, references,
                translated == null ? Translations.NONE : Translations.of(translated));
    }

    private static int field(String name) {
        return switch (name) {
            case "id" -> ID;
            case "title" -> TITLE;
            case "when" -> WHEN;
            case "summary" -> SUMMARY;
            case "actors" -> ACTORS;
            case "themes" -> THEMES;
            case "importance" -> IMPORTANCE;
            case "quotes" -> QUOTES;
            case "dateNote" -> DATE_NOTE;
            case "references" -> REFERENCES;
            default -> 0;
        };
    }

    /**
     * An object of language tag → text (the current token is its start), as the schema's localTitle
     * ({@code nonEmpty}) or localText allow it; null for anything else.
     */
    private static Map<String, String> languages(JsonParser parser, boolean nonEmpty) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>(8);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String language = parser.currentName();
            if (parser.nextToken() != JsonToken.VALUE_STRING || !EventShape.isLanguageTag(language)
                    || texts.containsKey(language)) {
                return null;
            }
            String text = parser.getText();
            if (nonEmpty && text.isEmpty()) {
                return null;
            }
            texts.put(language, text);
        }
        return parser.currentToken() == JsonToken.END_OBJECT && !texts.isEmpty() ? texts : null;
    }

    /** An array of ids (the current token is its start), or null. */
    private static List<String> ids(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> ids = new ArrayList<>(2);
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
            String id = parser.getText();
            if (!EventShape.isId(id)) {
                return null;
            }
            ids.add(id);
        }
        return token == JsonToken.END_ARRAY ? ids : null;
    }

    /** 1, 2 or 3 as a whole number; 0 for anything else. */
    private static int importance(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT) {
            return 0;
        }
        int value = parser.getIntValue();
        return value >= 1 && value <= 3 ? value : 0;
    }

    /** An array of objects with a string title and optional string url and date, or null. */
    private static List<Reference> references(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<Reference> references = new ArrayList<>(1);
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
            String title = null;
            String url = null;
            String date = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (parser.nextToken() != JsonToken.VALUE_STRING) {
                    return null;
                }
                switch (name) {
                    case "title" -> {
                        if (title != null) {
                            return null;
                        }
                        title = parser.getText();
                    }
                    case "url" -> {
                        if (url != null) {
                            return null;
                        }
                        url = parser.getText();
                    }
                    case "date" -> {
                        if (date != null) {
                            return null;
                        }
                        date = parser.getText();
                    }
                    default -> {
                        return null;
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || title == null) {
                return null;
            }
            references.add(new Reference(title, url == null ? "" : url, date == null ? "" : date));
        }
        return token == JsonToken.END_ARRAY ? references : null;
    }
}
