package org.balancingact.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;

/**
 * The fast path for large files of the native format. The tree of a million events takes seconds to build
 * and hundreds of megabytes to hold, so here the {@code events} array is streamed: each event is read
 * token by token straight into an {@link org.balancingact.model.Event} by {@link StreamingEvents}, which
 * accepts exactly what {@link EventShape} accepts and builds what {@link TimelineMapper} builds. Every other section (actors, sources, quotes, themes, tours...) is read
 * as a tree and checked by the schema as before, and the whole timeline goes through {@link ConsistencyCheck}.
 *
 * <p>It answers only for a file without any problem. At the first problem or doubt (a syntax error, an
 * event the shape check does not confirm, a bad date, a schema or consistency problem) it answers
 * empty, and the caller reads the file the ordinary way, which reports every problem with its line,
 * column and pointer exactly as for a small file. A broken large file costs a second read; a good one
 * (the usual case, and the one a class waits for) never builds the big tree.
 */
final class StreamingTimelineReader {
    private final ObjectMapper mapper;
    private final ObjectReader trees;

    /** @param mapper the tree path's mapper: the same parser limits and number handling */
    StreamingTimelineReader(ObjectMapper mapper) {
        this.mapper = mapper;
        // Duplicate keys: the tree path's parser keeps a set of names per object to find them, which for a
        // million events is most of what is allocated; here the tree finds them as it is built instead
        // (the first key put twice), and the root's keys are checked below. Either way: a duplicate, and
        // the tree path reads the file and reports it.
        this.trees = mapper.reader().with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    Optional<Timeline> read(String text) {
        ObjectNode root = mapper.createObjectNode();
        TimelineMapper timelineMapper = new TimelineMapper();
        List<Event> events = null;
        try (JsonParser parser = mapper.createParser(text)) {
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (root.has(field)) {
                    return Optional.empty(); // a key given twice
                }
                if (field.equals("events") && value == JsonToken.START_ARRAY) {
                    events = new ArrayList<>();
                    root.putArray("events"); // the schema then checks everything but the events, as for a large tree
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        Event event = StreamingEvents.read(parser, timelineMapper);
                        if (event == null) {
                            return Optional.empty();
                        }
                        events.add(event);
                    }
                } else {
                    root.set(field, trees.readTree(parser));
                }
            }
            // like ObjectMapper.readTree on the whole text, nothing after the root object is read
        } catch (IOException | RuntimeException malformedOrTooDeep) {
            return Optional.empty(); // the tree path says what and where
        }
        // a missing translation is only a warning, but warnings are the tree path's to locate and report
        if (events == null || !FormatCheck.check(root).isEmpty() || !SchemaCheck.check(root).isEmpty()
                || !TranslationCheck.check(root).isEmpty()) {
            return Optional.empty();
        }
        if (events.stream().anyMatch(TranslationCheck::lacksALanguage)) {
            return Optional.empty(); // the tree path says where (a warning, with its line and column)
        }
        Timeline timeline = timelineMapper.map(root, events);
        if (!timelineMapper.problems().isEmpty()
                || !ConsistencyCheck.check(timeline, timelineMapper::pointerOf, timelineMapper::declares).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(timeline);
    }
}
