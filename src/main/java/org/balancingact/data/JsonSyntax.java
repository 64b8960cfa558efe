package org.balancingact.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.balancingact.i18n.Messages;

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
                message = Messages.get("data.json.tooDeep", Integer.toString(TimelineReader.MAX_NESTING_DEPTH));
                hint = Messages.get("data.json.tooDeep.hint");
            } else {
                message = Messages.get("data.json.tooLong", firstLine(original));
                hint = Messages.get("data.json.tooLong.hint", Integer.toString(TimelineReader.MAX_STRING_LENGTH / (1024 * 1024)));
            }
        } else if (original.startsWith("Unexpected end-of-input")) {
            message = Messages.get("data.json.endsEarly");
            hint = Messages.get("data.json.endsEarly.hint");
        } else if (original.startsWith("Duplicate field")) {
            message = Messages.get("data.json.duplicate",
                    firstLine(original).replace("Duplicate field", Messages.get("data.json.duplicate.field")));
            hint = Messages.get("data.json.duplicate.hint");
        } else if (original.startsWith("Unrecognized token")) {
            message = Messages.get("data.json.token",
                    firstLine(original).replace("Unrecognized token", Messages.get("data.json.token.word")));
            hint = Messages.get("data.json.token.hint");
        } else if (original.contains("was expecting comma")) {
            message = Messages.get("data.json.comma");
            hint = Messages.get("data.json.comma.hint");
        } else if (original.contains("was expecting double-quote to start field name")) {
            message = Messages.get("data.json.fieldName");
            hint = Messages.get("data.json.fieldName.hint");
        } else {
            message = Messages.get("data.json.invalid", firstLine(original));
            hint = Messages.get("data.json.invalid.hint");
        }
        return new Problem(fileName, line, column, "", message, hint);
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse(text);
        int source = line.indexOf(" at [Source");
        return (source >= 0 ? line.substring(0, source) : line).trim();
    }
}
