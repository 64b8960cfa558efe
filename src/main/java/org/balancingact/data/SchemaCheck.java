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
import org.balancingact.i18n.Messages;

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
                return Problem.at(pointer, Messages.get("data.schema.required", where, field),
                        Messages.get("data.schema.required.hint", field, Pointers.exampleFor(field)));
            }
            case "type":
                return Problem.at(pointer, Messages.get("data.schema.type", where, Pointers.kindOf(value), expectedType(args)),
                        hintForType(value, args));
            case "enum": {
                String allowed = allowedValues(error.getSchemaNode());
                return Problem.at(pointer, Messages.get("data.schema.enum", where, String.valueOf(value)),
                        Messages.get("data.schema.enum.hint", allowed));
            }
            case "const":
                return Problem.at(pointer, Messages.get("data.schema.const", where, String.valueOf(value),
                        String.valueOf(error.getSchemaNode())), Messages.get("data.schema.const.hint"));
            case "additionalProperties": {
                String field = error.getProperty() != null ? error.getProperty() : String.valueOf(args.length > 0 ? args[0] : "?");
                String fieldPointer = pointer + "/" + field.replace("~", "~0").replace("/", "~1");
                return Problem.at(fieldPointer, Messages.get("data.schema.unknownField", where, field),
                        Messages.get("data.schema.unknownField.hint"));
            }
            case "minItems":
                if (pointer.endsWith("/quotes")) {
                    return Problem.at(pointer, Messages.get("data.schema.noQuote", Pointers.describe(Pointers.parent(pointer))),
                            Messages.get("data.schema.noQuote.hint"));
                }
                return Problem.at(pointer, Messages.get("data.schema.empty", where), Messages.get("data.schema.empty.hint"));
            case "minimum":
            case "maximum":
                return Problem.at(pointer, Messages.get("data.schema.range", where, String.valueOf(value)),
                        Messages.get(pointer.endsWith("/importance") ? "data.schema.range.importance" : "data.schema.range.hint"));
            case "minLength":
                return Problem.at(pointer, Messages.get("data.schema.empty", where), Messages.get("data.schema.emptyText.hint"));
            case "pattern":
                if (pointer.endsWith("/when") || pointer.endsWith("/published")) {
                    return null; // the date parser explains bad dates better, with the offending character
                }
                return Problem.at(pointer, Messages.get("data.schema.id", where, String.valueOf(value)),
                        Messages.get("data.schema.id.hint"));
            default:
                return Problem.at(pointer, where + ": " + error.getMessage(), Messages.get("data.schema.other.hint"));
        }
    }

    private static String expectedType(Object[] args) {
        return args.length > 1 ? Pointers.article(String.valueOf(args[1])) : Messages.get("data.type.other");
    }

    private static String hintForType(JsonNode value, Object[] args) {
        String expected = args.length > 1 ? String.valueOf(args[1]) : "";
        if (value != null && value.isTextual() && expected.contains("integer")) {
            return Messages.get("data.type.hint.number");
        }
        if (expected.contains("array")) {
            return Messages.get("data.type.hint.array");
        }
        if (expected.contains("string")) {
            return Messages.get("data.type.hint.string");
        }
        return Messages.get("data.type.hint.other", Pointers.article(expected));
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
