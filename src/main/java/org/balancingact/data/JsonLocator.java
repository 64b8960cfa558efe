package org.balancingact.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of JSON pointers in a text. A parsed tree forgets where its values were,
 * so on the rare occasion a file has problems we scan it once more with the streaming parser and
 * record the positions of just the pointers we need.
 */
final class JsonLocator {
    /** 1-based line and column. */
    record Position(int line, int column) {
    }

    private JsonLocator() {
    }

    static Map<String, Position> locate(JsonFactory factory, String text, Set<String> pointers) {
        if (pointers.isEmpty()) {
            return new HashMap<>();
        }
        try (JsonParser parser = factory.createParser(text)) {
            return locate(parser, pointers);
        } catch (IOException cannotHappen) {
            return new HashMap<>(); // a parser over a String opens no file
        }
    }

    /** The same, reading from any parser (a file's, say); the parser is read to where the last pointer is. */
    static Map<String, Position> locate(JsonParser parser, Set<String> pointers) {
        Map<String, Position> found = new HashMap<>();
        try {
            JsonToken token;
            while ((token = parser.nextToken()) != null && found.size() < pointers.size()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (pointers.contains(pointer) && !found.containsKey(pointer)) {
                    JsonLocation at = parser.currentTokenLocation();
                    found.put(pointer, new Position(at.getLineNr(), at.getColumnNr()));
                }
            }
        } catch (IOException malformedTail) {
            // the tree was parsed before, so this cannot normally happen; keep what was found
        }
        return found;
    }
}
