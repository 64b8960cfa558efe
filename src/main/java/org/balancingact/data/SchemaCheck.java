package org.balancingact.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a parsed file against {@code timeline.schema.json} (the same schema editors use for
 * autocompletion) and rewrites the validator's terse messages into sentences with a hint.
 */
final class SchemaCheck {
    static final String SCHEMA_RESOURCE = "/org/balancingact/data/timeline.schema.json";

    private static volatile Schema schema;

    private SchemaCheck() {
    }

    static List<Problem> check(JsonNode root) {
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema().validate(root)) {
            Problem problem = explain(error);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static Schema schema() {
        Schema loaded = schema;
        if (loaded == null) {
            synchronized (SchemaCheck.class) {
                loaded = schema;
                if (loaded == null) {
                    try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
                        }
                        loaded = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
                        schema = loaded;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return loaded;
    }

    static String pointerOf(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private static Problem explain(Error error) {
        String pointer = pointerOf(error.getInstanceLocation());
        String where = Pointers.describe(pointer);
        JsonNode value = error.getInstanceNode();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
        switch (keyword) {
            case "required": {
                String field = error.getProperty() != null ? error.getProperty() : String.valueOf(args.length > 0 ? args[0] : "?");
                return Problem.at(pointer, where + " has no \"" + field + "\" field.",
                        "Add \"" + field + "\": it is required here" + Pointers.exampleFor(field) + ".");
            }
            case "type":
                return Problem.at(pointer, where + " is " + Pointers.kindOf(value) + ", but it should be " + expectedType(args) + ".",
                        hintForType(value, args));
            case "enum": {
                String allowed = allowedValues(error.getSchemaNode());
                return Problem.at(pointer, where + " is " + value + ", which is not one of the known values.",
                        "Use one of: " + allowed + ".");
            }
            case "const":
                return Problem.at(pointer, where + " is " + value + ", but it must be " + error.getSchemaNode() + ".",
                        "Copy the value exactly as shown.");
            case "additionalProperties": {
                String field = error.getProperty() != null ? error.getProperty() : String.valueOf(args.length > 0 ? args[0] : "?");
                String fieldPointer = pointer + "/" + field.replace("~", "~0").replace("/", "~1");
                return Problem.at(fieldPointer, where + " has an unknown field \"" + field + "\".",
                        "Remove it, or check its spelling against data/timeline.schema.json.");
            }
            case "minItems":
                if (pointer.endsWith("/quotes")) {
                    return Problem.at(pointer, Pointers.describe(Pointers.parent(pointer)) + " cites no quote.",
                            "Every event and relation needs at least one quote id in \"quotes\": the words in the source it rests on.");
                }
                return Problem.at(pointer, where + " is empty.", "Add at least one item.");
            case "minimum":
            case "maximum":
                return Problem.at(pointer, where + " is " + value + ", which is out of range.",
                        pointer.endsWith("/importance") ? "Use 1 (key event), 2 or 3 (background)." : "Use a value in the allowed range.");
            case "minLength":
                return Problem.at(pointer, where + " is empty.", "Write some text here.");
            case "pattern":
                if (pointer.endsWith("/when") || pointer.endsWith("/published")) {
                    return null; // the date parser explains bad dates better, with the offending character
                }
                return Problem.at(pointer, where + " is " + value + ", which is not a valid id.",
                        "Ids use letters, digits, '-', '_' and '.', and start with a letter or digit, e.g. \"invasion-2022\".");
            default:
                return Problem.at(pointer, where + ": " + error.getMessage(), "Compare this part with data/timeline.schema.json.");
        }
    }

    private static String expectedType(Object[] args) {
        return args.length > 1 ? Pointers.article(String.valueOf(args[1])) : "of another type";
    }

    private static String hintForType(JsonNode value, Object[] args) {
        String expected = args.length > 1 ? String.valueOf(args[1]) : "";
        if (value != null && value.isTextual() && expected.contains("integer")) {
            return "Write the number without quotes, e.g. 2 instead of \"2\".";
        }
        if (expected.contains("array")) {
            return "Put the value in square brackets, e.g. [\"q-1\"].";
        }
        if (expected.contains("string")) {
            return "Put the value in double quotes.";
        }
        return "Change the value to " + Pointers.article(expected) + ".";
    }

    private static String allowedValues(JsonNode schemaNode) {
        if (schemaNode != null && schemaNode.isArray()) {
            List<String> values = new ArrayList<>();
            schemaNode.forEach(v -> values.add(v.asText()));
            return String.join(", ", values);
        }
        return schemaNode == null ? "?" : Arrays.stream(schemaNode.toString().split(",")).collect(Collectors.joining(", "));
    }
}
