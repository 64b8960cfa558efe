package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app does not check its own bundled dataset against the schema at start-up (the check ran beside the
 * first frame on a two-core machine); this build-time check is what guarantees it instead. A user's file is
 * always checked.
 */
class BundledDatasetSchemaTest {
    private static JsonNode bundled() throws Exception {
        try (InputStream in = TimelineReader.class.getResourceAsStream(TimelineReader.BUNDLED_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theShippedDatasetMeetsTheSchema() throws Exception {
        assertEquals(List.of(), SchemaCheck.check(bundled()));
    }

    @Test
    void theCheckWouldSeeABrokenCopy() throws Exception {
        JsonNode root = bundled();
        ((ObjectNode) root.path("events").get(0)).put("importance", "high");
        assertFalse(SchemaCheck.check(root).isEmpty(), "an importance that is not a number breaks the schema");
    }

    @Test
    void aUsersFileWithTheSameBytesIsStillChecked() throws Exception {
        JsonNode root = bundled();
        ((ObjectNode) root.path("events").get(0)).put("importance", "high");
        byte[] bytes = new ObjectMapper().writeValueAsBytes(root);
        ReadResult result = new TimelineReader().read("mine.json", bytes);
        assertFalse(result.isLoaded(), "a file the user opens goes through the schema: " + result.problems());
    }
}
