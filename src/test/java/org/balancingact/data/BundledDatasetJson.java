package org.balancingact.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The shipped dataset as a Jackson tree, for the tests that check its content. They read the tree rather than
 * the model so that they keep working while the model's records change shape (translatable texts, tour steps).
 */
final class BundledDatasetJson {
    static final JsonNode ROOT = read();

    private BundledDatasetJson() {
    }

    private static JsonNode read() {
        try (InputStream in = BundledDatasetJson.class.getResourceAsStream(TimelineReader.BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled dataset " + TimelineReader.BUNDLED_RESOURCE + " is not on the module path");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> all(String array) {
        return StreamSupport.stream(ROOT.path(array).spliterator(), false).collect(Collectors.toList());
    }

    /** The items of an array by their {@code id}, in file order. */
    static Map<String, JsonNode> byId(String array) {
        return all(array).stream().collect(Collectors.toMap(n -> n.path("id").asText(), Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** The full text of each source, by id. */
    static Map<String, String> sourceTexts() {
        return all("sources").stream().collect(Collectors.toMap(n -> n.path("id").asText(), n -> n.path("text").asText()));
    }

    /** A tour step is a plain event id (older files) or an object whose {@code event} names it. */
    static String stepEvent(JsonNode step) {
        return step.isTextual() ? step.asText() : step.path("event").asText();
    }
}
