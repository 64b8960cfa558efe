package org.balancingact.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Recognises the format before anything else: a file of another format or a newer version would
 * otherwise drown the author in hundreds of schema complaints that all mean the same thing.
 */
final class FormatCheck {
    private FormatCheck() {
    }

    static List<Problem> check(JsonNode root) {
        JsonNode format = root.path("format");
        if (format.isMissingNode()) {
            return List.of(Problem.at("", "The file has no \"format\" field, so it is not recognised as a Balancing Act timeline.",
                    "Start the file with \"format\": \"" + TimelineReader.FORMAT + "\", \"version\": " + TimelineReader.VERSION + "."));
        }
        if (!TimelineReader.FORMAT.equals(format.asText())) {
            return List.of(Problem.at("/format", "The format " + format + " is unknown: this app reads \""
                            + TimelineReader.FORMAT + "\".",
                    "If this is a Balancing Act timeline, set \"format\": \"" + TimelineReader.FORMAT + "\"."));
        }
        JsonNode version = root.path("version");
        if (version.isIntegralNumber() && version.asInt() > TimelineReader.VERSION) {
            return List.of(Problem.at("/version", "This file is version " + version.asInt()
                            + " of the format, newer than this app: it reads version " + TimelineReader.VERSION + ".",
                    "Open it with a newer Balancing Act, or ask its author for a version " + TimelineReader.VERSION + " file."));
        }
        return List.of();
    }
}
