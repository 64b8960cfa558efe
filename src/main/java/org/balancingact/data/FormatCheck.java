package org.balancingact.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.balancingact.i18n.Messages;

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
            return List.of(Problem.at("", Messages.get("data.format.missing"), Messages.get("data.file.start.hint",
                    "\"format\": \"" + TimelineReader.FORMAT + "\", \"version\": " + TimelineReader.VERSION)));
        }
        if (!TimelineReader.FORMAT.equals(format.asText())) {
            return List.of(Problem.at("/format", Messages.get("data.format.unknown", String.valueOf(format), TimelineReader.FORMAT),
                    Messages.get("data.format.unknown.hint", TimelineReader.FORMAT)));
        }
        JsonNode version = root.path("version");
        if (version.isIntegralNumber() && version.asInt() > TimelineReader.VERSION) {
            return List.of(Problem.at("/version", Messages.get("data.version.newer", Integer.toString(version.asInt()),
                            Integer.toString(TimelineReader.VERSION)),
                    Messages.get("data.version.newer.hint", Integer.toString(TimelineReader.VERSION))));
        }
        return List.of();
    }
}
