package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.balancingact.testing.SeededCases;
import org.junit.jupiter.api.Test;

/** The fast event check never accepts an event the schema refuses (else a large file could skip a problem). */
class EventShapeTest {
    private static final ObjectNode ROOT = bundled();
    private static final Object[] VALUES = {"", "x", "bad id!", "2022-02-24", "2022/..", 0, 4, 2, 1.5, true, null};
    private static final String[] FIELDS = {"id", "title", "when", "summary", "actors", "themes", "importance", "quotes",
        "dateNote", "references", "colour"};

    private static ObjectNode bundled() {
        try (InputStream in = EventShapeTest.class.getResourceAsStream(TimelineReader.BUNDLED_RESOURCE)) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 1,000 generated edits with a fixed seed: an event, one of its fields, and what is done to it. */
    @Test
    void neverAcceptsWhatTheSchemaRefuses() {
        SeededCases.check("the fast event check never accepts what the schema refuses", 20261130L, 1000, random -> {
            int[] edit = {random.nextInt(ROOT.path("events").size()), random.nextInt(FIELDS.length),
                random.nextInt(VALUES.length + 4)};
            checkEdit(edit);
        });
    }

    private static void checkEdit(int[] edit) {
        ObjectNode event = ((ObjectNode) ROOT.path("events").get(edit[0])).deepCopy();
        String field = FIELDS[edit[1]];
        if (edit[2] == VALUES.length) {
            event.remove(field);
        } else if (edit[2] == VALUES.length + 1) {
            event.putArray(field).add("ok-id");
        } else if (edit[2] == VALUES.length + 2) {
            event.putArray(field);
        } else if (edit[2] == VALUES.length + 3) {
            event.putArray(field).addObject().put("title", "t").put("url", 3);
        } else {
            event.set(field, new ObjectMapper().valueToTree(VALUES[edit[2]]));
        }
        ObjectNode root = ROOT.deepCopy();
        ArrayNode events = root.putArray("events");
        events.add(event);
        boolean schemaAccepts = SchemaCheck.check(root).isEmpty();
        assertTrue(schemaAccepts || !EventShape.conforms(event), () -> "accepted but the schema refuses: " + event);
        assertTokenReaderAgrees(event);
    }

    /**
     * The streaming reader's token-level event reader accepts exactly what the shape check accepts (with a
     * date that parses) and builds the event the tree mapper builds.
     */
    private static void assertTokenReaderAgrees(ObjectNode event) {
        TimelineMapper treeMapper = new TimelineMapper();
        ObjectNode root = ROOT.deepCopy();
        root.putArray("events").add(event);
        java.util.List<org.balancingact.model.Event> mapped = treeMapper.map(root).events();
        boolean accepted = EventShape.conforms(event) && treeMapper.problems().isEmpty() && mapped.size() == 1;
        try (com.fasterxml.jackson.core.JsonParser parser = new ObjectMapper().createParser(event.toString())) {
            parser.nextToken();
            org.balancingact.model.Event streamed = StreamingEvents.read(parser, new TimelineMapper());
            if (accepted) {
                org.junit.jupiter.api.Assertions.assertEquals(mapped.get(0), streamed, event::toString);
            } else {
                org.junit.jupiter.api.Assertions.assertNull(streamed, event::toString);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void acceptsEveryBundledEvent() {
        for (JsonNode event : ROOT.path("events")) {
            assertTrue(EventShape.conforms(event), event::toString);
        }
    }
}
