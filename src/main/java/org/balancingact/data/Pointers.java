package org.balancingact.data;

import com.fasterxml.jackson.databind.JsonNode;
import org.balancingact.i18n.Messages;

/** Plain-language names for places in a timeline file: "/events/3/when" reads "events[3].when". */
final class Pointers {
    private Pointers() {
    }

    static String describe(String pointer) {
        if (pointer.isEmpty()) {
            return Messages.get("data.where.file");
        }
        StringBuilder text = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && allDigits(name)) {
                text.append('[').append(name).append(']');
            } else {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(name);
            }
        }
        return text.toString();
    }

    /** A loop, not {@code chars().allMatch}: this runs once per imported slide. */
    private static boolean allDigits(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    static String child(String pointer, Object name) {
        return pointer + "/" + String.valueOf(name).replace("~", "~0").replace("/", "~1");
    }

    static String kindOf(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return Messages.get("data.kind.missing");
        }
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return Messages.get("data.kind.text", value.toString());
        }
        if (value.isNumber()) {
            return Messages.get("data.kind.number", value.toString());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isArray()) {
            return Messages.get("data.kind.list");
        }
        return Messages.get("data.kind.object");
    }

    static String article(String type) {
        switch (type) {
            case "string": case "integer": case "number": case "array": case "object": case "boolean":
                return Messages.get("data.type." + type);
            default: return type;
        }
    }

    static String exampleFor(String field) {
        switch (field) {
            case "when": return Messages.get("data.example", "\"when\": \"2022-02-24\"");
            case "quotes": return Messages.get("data.example", "\"quotes\": [\"q-feb-24\"]");
            case "id": return Messages.get("data.example", "\"id\": \"invasion\"");
            case "format": return ": \"format\": \"balancing-act/timeline\"";
            case "version": return ": \"version\": 1";
            default: return "";
        }
    }
}
