package org.balancingact.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads one TimelineJS slide object straight from the parser's tokens into a {@link Slide}, without the
 * JSON tree a slide used to become first (a tree per slide was most of what a 100,000-slide file
 * allocated). It gives exactly the {@link Slide} that {@code TimelineJsImport.slide} makes of the slide's
 * tree: strings are taken as they are, and any other value where a text or a date part is read (a number,
 * {@code true}, a list...) is read as a small tree and turned into text by the same code as before. Values
 * of fields it does not use are read as trees too when they are objects or lists, so a key given twice
 * anywhere in a slide is still found ({@link DuplicateKey}); the caller then reads the file the ordinary
 * way, which says where.
 */
final class TimelineJsSlideTokens {
    /** A key given twice in one object: the slide cannot be streamed. */
    static final class DuplicateKey extends IOException {
        DuplicateKey(String key) {
            super("duplicate key " + key);
        }
    }

    private final ObjectReader trees;
    /** The keys of the slide object, and of the object inside it being read (only one at a time is open). */
    private final Keys slideKeys = new Keys();
    private final Keys innerKeys = new Keys();
    /** Whether the last slide read has a {@code start_date} / a {@code when} field (whatever its value). */
    boolean hasStartDate;
    boolean hasWhen;

    /** @param trees reads a value as a tree, refusing a key given twice */
    TimelineJsSlideTokens(ObjectReader trees) {
        this.trees = trees;
    }

    /** The slide whose START_OBJECT the parser is on; the parser is left on its END_OBJECT. */
    Slide read(JsonParser parser, String where, String pointer) throws IOException {
        hasStartDate = false;
        hasWhen = false;
        Keys keys = slideKeys.reset();
        Slide.Parts start = null;
        Slide.Parts end = Slide.Parts.NONE;
        String headline = "";
        String text = "";
        String mediaUrl = "";
        String mediaCaption = "";
        String mediaCredit = "";
        String group = "";
        String displayDate = "";
        String uniqueId = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            keys.add(field);
            JsonToken value = parser.nextToken();
            switch (field) {
                case "start_date" -> {
                    hasStartDate = true;
                    start = parts(parser, value);
                }
                case "end_date" -> {
                    Slide.Parts parts = parts(parser, value);
                    end = parts == null ? Slide.Parts.NONE : parts;
                }
                case "text" -> {
                    String[] texts = texts(parser, value, "headline", "text");
                    headline = texts[0];
                    text = texts[1];
                }
                case "media" -> {
                    String[] texts = texts(parser, value, "url", "caption", "credit");
                    mediaUrl = texts[0];
                    mediaCaption = texts[1];
                    mediaCredit = texts[2];
                }
                case "group" -> group = text(parser, value);
                case "display_date" -> displayDate = text(parser, value);
                case "unique_id" -> uniqueId = text(parser, value);
                default -> {
                    hasWhen |= field.equals("when");
                    skip(parser, value);
                }
            }
        }
        return new Slide(where, pointer, start, end, headline, text, mediaUrl, mediaCaption, mediaCredit, group,
                displayDate, uniqueId, "");
    }

    /** A date object's parts; null when the value is not an object (as {@code parts} of a tree). */
    private Slide.Parts parts(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            skip(parser, value);
            return null;
        }
        Keys keys = innerKeys.reset();
        String year = "";
        String month = "";
        String day = "";
        String hour = "";
        String minute = "";
        String second = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            keys.add(field);
            JsonToken token = parser.nextToken();
            switch (field) {
                case "year" -> year = scalar(parser, token);
                case "month" -> month = scalar(parser, token);
                case "day" -> day = scalar(parser, token);
                case "hour" -> hour = scalar(parser, token);
                case "minute" -> minute = scalar(parser, token);
                case "second" -> second = scalar(parser, token);
                default -> skip(parser, token);
            }
        }
        return new Slide.Parts(year, month, day, TimelineJsImport.time(hour, minute, second));
    }

    /** The texts of an object's fields {@code names}; all "" when the value is not an object. */
    private String[] texts(JsonParser parser, JsonToken value, String... names) throws IOException {
        String[] texts = new String[names.length];
        java.util.Arrays.fill(texts, "");
        if (value != JsonToken.START_OBJECT) {
            skip(parser, value);
            return texts;
        }
        Keys keys = innerKeys.reset();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            keys.add(field);
            JsonToken token = parser.nextToken();
            int index = names.length - 1;
            while (index >= 0 && !names[index].equals(field)) {
                index--;
            }
            if (index >= 0) {
                texts[index] = text(parser, token);
            } else {
                skip(parser, token);
            }
        }
        return texts;
    }

    /** As {@code TimelineJsImport.text} of the value's tree: a string, or a number as written; else "". */
    private String text(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            return TimelineJsImport.text(trees.readTree(parser));
        }
        skip(parser, value);
        return "";
    }

    /** As {@code TimelineJsImport.scalar} of the value's tree. */
    private String scalar(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (value == JsonToken.VALUE_NULL) {
            return "";
        }
        return TimelineJsImport.scalar(trees.readTree(parser));
    }

    /** Passes over a value; an object or a list is read as a tree, which refuses a key given twice inside it. */
    private void skip(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            JsonNode ignored = trees.readTree(parser);
        }
    }

    /**
     * The keys of one object so far, reused object after object: a slide has a handful, compared one by
     * one; an object with many keys is given a set.
     */
    private static final class Keys {
        private static final int LISTED = 16;
        private final String[] listed = new String[LISTED];
        private int count;
        private Set<String> many;

        Keys reset() {
            count = 0;
            many = null;
            return this;
        }

        void add(String key) throws DuplicateKey {
            if (many != null) {
                if (!many.add(key)) {
                    throw new DuplicateKey(key);
                }
                return;
            }
            for (int i = 0; i < count; i++) {
                if (listed[i].equals(key)) {
                    throw new DuplicateKey(key);
                }
            }
            if (count < LISTED) {
                listed[count++] = key;
                return;
            }
            many = new HashSet<>(java.util.Arrays.asList(listed));
            many.add(key);
        }
    }
}
