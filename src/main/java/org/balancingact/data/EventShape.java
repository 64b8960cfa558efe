package org.balancingact.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A fast yes/no version of the schema's rule for one event, for files with very many events: the
 * schema validator would take most of a minute on a million of them. It gives no messages on purpose:
 * if any event fails it, the reader runs the full schema check, which reports every problem exactly.
 * It must never say yes where the schema says no (a test compares them on mutated events).
 */
final class EventShape {
    private static final Set<String> FIELDS = Set.of("id", "title", "when", "summary", "actors", "themes", "importance",
            "quotes", "dateNote", "references");
    private static final Set<String> REFERENCE_FIELDS = Set.of("title", "url", "date");

    private EventShape() {
    }

    static boolean conforms(JsonNode event) {
        if (!event.isObject() || !isId(event.get("id")) || !isLocalText(event.get("title"), true) || !isWhen(event.get("when"))) {
            return false;
        }
        JsonNode quotes = event.get("quotes");
        if (!isIdList(quotes) || quotes.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = event.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            boolean ok = switch (field.getKey()) {
                case "id", "title", "when", "quotes" -> true;
                case "summary", "dateNote" -> isLocalText(value, false);
                case "actors", "themes" -> isIdList(value);
                case "importance" -> value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 1 && value.intValue() <= 3;
                case "references" -> isReferences(value);
                default -> false;
            };
            if (!ok || !FIELDS.contains(field.getKey())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isId(JsonNode value) {
        return value != null && value.isTextual() && isId(value.asText());
    }

    /** The schema's id pattern, by hand: also what the streaming reader checks each id with. */
    static boolean isId(String s) {
        if (s.isEmpty() || !Character.isLetterOrDigit(s.charAt(0)) || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The schema's localTitle ({@code nonEmpty}) and localText: a string, or an object of language tag →
     * string with at least one entry.
     */
    private static boolean isLocalText(JsonNode value, boolean nonEmpty) {
        if (value == null) {
            return false;
        }
        if (value.isTextual()) {
            return !nonEmpty || !value.asText().isEmpty();
        }
        if (!value.isObject() || value.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> texts = value.fields();
        while (texts.hasNext()) {
            Map.Entry<String, JsonNode> text = texts.next();
            if (!isLanguageTag(text.getKey()) || !text.getValue().isTextual()
                    || nonEmpty && text.getValue().asText().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** The schema's language tag pattern: two or three small letters, then subtags of 2–8 letters or digits. */
    static boolean isLanguageTag(String tag) {
        return LANGUAGE_TAG.matcher(tag).matches();
    }

    private static final java.util.regex.Pattern LANGUAGE_TAG = java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private static boolean isWhen(JsonNode value) {
        return value != null && value.isTextual() && isWhen(value.asText());
    }

    /** Only the characters a date in our EDTF subset can have (the date parser judges the rest). */
    static boolean isWhen(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || "-X.~?%/".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdList(JsonNode value) {
        if (value == null || !value.isArray()) {
            return false;
        }
        for (int i = 0; i < value.size(); i++) { // no iterator per list: called for millions of lists
            if (!isId(value.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isReferences(JsonNode value) {
        if (!value.isArray()) {
            return false;
        }
        for (JsonNode reference : value) {
            if (!reference.isObject() || !reference.path("title").isTextual()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = reference.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!REFERENCE_FIELDS.contains(field.getKey()) || !field.getValue().isTextual()) {
                    return false;
                }
            }
        }
        return true;
    }
}
