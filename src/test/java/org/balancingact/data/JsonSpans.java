package org.balancingact.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Where every value of a JSON text starts and ends (with its field name, when it has one), found once
 * with the streaming parser, so a fuzz case can delete, duplicate, retype or swap any value by splicing
 * the text: much cheaper than copying and re-serialising a 130 KB tree ten thousand times.
 */
final class JsonSpans {
    /** {@code from} is where the field name starts (or the value, in a list); {@code valueFrom..to} is the value. */
    record Span(int from, int valueFrom, int to) {
    }

    private JsonSpans() {
    }

    static List<Span> of(String json) {
        List<Span> spans = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            int fieldStart = -1;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                if (token == JsonToken.FIELD_NAME) {
                    fieldStart = start;
                    continue;
                }
                int from = fieldStart >= 0 ? fieldStart : start;
                fieldStart = -1;
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    open.push(new int[] {from, start});
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    int[] begin = open.pop();
                    spans.add(new Span(begin[0], begin[1], (int) parser.currentLocation().getCharOffset()));
                } else {
                    if (token == JsonToken.VALUE_STRING) {
                        parser.getText(); // a string's end is known once it has been read
                    }
                    spans.add(new Span(from, start, (int) parser.currentLocation().getCharOffset()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spans;
    }
}
