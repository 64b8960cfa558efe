package org.balancingact.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** Turns the JSON parser's error messages into sentences an author can act on. */
final class JsonSyntax {
    private JsonSyntax() {
    }

    static Problem explain(String fileName, JsonProcessingException error) {
        JsonLocation at = error.getLocation();
        if ((at == null || at.getLineNr() < 1) && error.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser) {
            at = parser.currentTokenLocation(); // read-constraint errors carry no location of their own
        }
        int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
        int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
        String original = error.getOriginalMessage() == null ? "" : error.getOriginalMessage();
        String message;
        String hint;
        if (error instanceof StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                message = "The file nests lists and objects more than " + TimelineReader.MAX_NESTING_DEPTH + " levels deep.";
                hint = "A timeline needs only a few levels; this file is probably not a timeline, or is damaged.";
            } else {
                message = "A value in the file is too long (" + firstLine(original) + ").";
                hint = "Texts may be at most " + TimelineReader.MAX_STRING_LENGTH / (1024 * 1024) + " MB; check the file is not damaged.";
            }
        } else if (original.startsWith("Unexpected end-of-input")) {
            message = "The file ends too early: a closing bracket, brace or quote is missing (was it cut short?).";
            hint = "Check that every { has its }, every [ its ], and every \" its partner.";
        } else if (original.startsWith("Duplicate field")) {
            message = "A field appears twice in the same object: " + firstLine(original).replace("Duplicate field", "field") + ".";
            hint = "Keep only one of them.";
        } else if (original.startsWith("Unrecognized token")) {
            message = "This is not JSON here: " + firstLine(original).replace("Unrecognized token", "the word") + ".";
            hint = "Text values need double quotes; true, false and null are written in lower case.";
        } else if (original.contains("was expecting comma")) {
            message = "A comma is missing between two entries.";
            hint = "Put a comma after the value that ends just before this position.";
        } else if (original.contains("was expecting double-quote to start field name")) {
            message = "A field name is not in double quotes, or there is a comma too many before a closing brace.";
            hint = "Write field names as \"name\": and remove a trailing comma before }.";
        } else {
            message = "The file is not valid JSON: " + firstLine(original) + ".";
            hint = "Check the punctuation near this position: commas, quotes and brackets.";
        }
        return new Problem(fileName, line, column, "", message, hint);
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse(text);
        int source = line.indexOf(" at [Source");
        return (source >= 0 ? line.substring(0, source) : line).trim();
    }
}
