package org.balancingact.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Timeline;

/**
 * Reads a timeline file and reports every problem in it at once, each with line, column, JSON pointer,
 * message and hint. It never throws for bad input: the caller gets a {@link ReadResult}.
 */
public final class TimelineReader {
    public static final String FORMAT = "balancing-act/timeline";
    public static final int VERSION = 1;
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    static final int MAX_NESTING_DEPTH = 64;
    /** Above this many events the schema validator is replaced by {@link EventShape} for the events. */
    static final int LARGE_EVENT_COUNT = 20_000;
    static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;
    static final String BUNDLED_RESOURCE = "/org/balancingact/data/timeline.json";

    /** From this many characters on (some 30,000 events) a file is first tried by the {@link StreamingTimelineReader}. */
    static final int STREAMING_FROM_CHARS = 4_000_000;

    private final long maxBytes;
    private final int streamingFromChars;
    private final JsonFactory factory;
    /** Made on first use: loading the tree machinery costs a cold start tens of milliseconds that a synthetic file never needs. */
    private ObjectMapper mapper;

    public TimelineReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused before they are read into memory */
    public TimelineReader(long maxBytes) {
        this(maxBytes, STREAMING_FROM_CHARS);
    }

    /** @param streamingFromChars texts at least this long are tried by the streaming reader first (tests use 0) */
    TimelineReader(long maxBytes, int streamingFromChars) {
        this.maxBytes = maxBytes;
        this.streamingFromChars = streamingFromChars;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .build();
        this.factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.factory.disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
    }

    public ReadResult read(Path file) {
        FileBytes loaded = load(file);
        return loaded.failure() != null ? loaded.failure() : read(file.toString(), loaded.bytes());
    }

    /** A file's bytes, or why there are none; the size is checked before anything is read. */
    record FileBytes(byte[] bytes, ReadResult.Failed failure) {
    }

    FileBytes load(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return new FileBytes(null, failed(name, new Problem(name, 0, 0, "",
                        Messages.get("data.file.tooLarge", megabytes(size), megabytes(maxBytes)),
                        Messages.get("data.file.tooLarge.hint"))));
            }
            return new FileBytes(Files.readAllBytes(file), null);
        } catch (NoSuchFileException missing) {
            return new FileBytes(null, failed(name, new Problem(name, 0, 0, "", Messages.get("data.file.missing"),
                    Messages.get("data.file.missing.hint"))));
        } catch (IOException | SecurityException unreadable) {
            return new FileBytes(null, failed(name, new Problem(name, 0, 0, "", Messages.get("data.file.unreadable", String.valueOf(unreadable.getMessage())),
                    Messages.get("data.file.unreadable.hint"))));
        } catch (OutOfMemoryError tooBig) {
            return new FileBytes(null, failed(name, new Problem(name, 0, 0, "", Messages.get("data.file.outOfMemory"),
                    Messages.get("data.file.outOfMemory.hint"))));
        }
    }

    /**
     * Reads the dataset packed inside the application, without the schema check: the build checks it
     * against the schema (BundledDatasetSchemaTest), and at start-up the check cost the reading thread
     * about a quarter of its work beside the first frame. The mapper and the consistency check still run.
     */
    public ReadResult readBundled() {
        return readBundled(false);
    }

    /** @param checkSchema true: checked as a user's file is, schema included (the image's smoke test) */
    public ReadResult readBundled(boolean checkSchema) {
        try (InputStream in = TimelineReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return failed("timeline.json", new Problem("timeline.json", 0, 0, "",
                        Messages.get("data.bundled.missing"), Messages.get("data.bundled.hint")));
            }
            return read("timeline.json (bundled)", in.readAllBytes(), checkSchema);
        } catch (IOException e) {
            return failed("timeline.json", new Problem("timeline.json", 0, 0, "", Messages.get("data.bundled.unreadable"),
                    Messages.get("data.bundled.hint")));
        }
    }

    public ReadResult read(String fileName, byte[] bytes) {
        return read(fileName, bytes, true);
    }

    /** @param checkSchema false only for the dataset the app ships ({@link #readBundled()}) */
    private ReadResult read(String fileName, byte[] bytes, boolean checkSchema) {
        Text text = decode(fileName, bytes);
        if (text.failure() != null) {
            return text.failure();
        }
        Optional<Timeline> streamed = readStreamed(text.text());
        if (streamed.isPresent()) {
            return new ReadResult.Loaded(streamed.get());
        }
        Parsed parsed = parse(fileName, text.text());
        return parsed.failure() != null ? parsed.failure() : readTree(fileName, parsed.text(), parsed.root(), checkSchema);
    }

    /**
     * A large file without problems, read by streaming its events; empty for a small file or at the first
     * problem, and the caller goes on with {@link #parse} and {@link #readTree}, which report every problem.
     */
    Optional<Timeline> readStreamed(String text) {
        return text.length() < streamingFromChars ? Optional.empty() : new StreamingTimelineReader(mapper()).read(text);
    }

    /**
     * A file's text, or why it is not text; the encoding it was read in, and the warning said when that
     * encoding was guessed (else null).
     */
    record Text(String text, ReadResult.Failed failure, java.nio.charset.Charset encoding, Problem guess) {
        Text(String text, ReadResult.Failed failure) {
            this(text, failure, java.nio.charset.StandardCharsets.UTF_8, null);
        }
    }

    Text decode(String fileName, byte[] bytes) {
        return decode(fileName, bytes, Optional.empty(), false);
    }

    /**
     * @param chosen   the encoding the user named ({@code --encoding}, the column dialog)
     * @param mayGuess whether a text that is not UTF-8 may be read in a guessed single-byte encoding
     *                 (tables only: our own format and JSON are UTF-8)
     */
    Text decode(String fileName, byte[] bytes, Optional<java.nio.charset.Charset> chosen, boolean mayGuess) {
        if (bytes.length > maxBytes) {
            return new Text(null, failed(fileName, new Problem(fileName, 0, 0, "", Messages.get("data.file.tooLarge",
                    megabytes(bytes.length), megabytes(maxBytes)), Messages.get("data.file.tooLarge.hint.short"))));
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, chosen, mayGuess);
        if (decoded.problem() != null) {
            Problem p = decoded.problem();
            return new Text(null, failed(fileName, new Problem(fileName, p.line(), p.column(), "", p.message(), p.hint())),
                    decoded.encoding(), null);
        }
        if (decoded.text().isBlank()) {
            return new Text(null, failed(fileName, new Problem(fileName, 1, 1, "", Messages.get("data.file.empty"),
                    Messages.get("data.file.empty.hint", "{\"format\": \"" + FORMAT + "\", \"version\": " + VERSION + ", ...}"))),
                    decoded.encoding(), null);
        }
        Problem guess = decoded.guess() == null ? null : decoded.guess().locatedAt(fileName, decoded.guess().line(), decoded.guess().column());
        return new Text(decoded.text(), null, decoded.encoding(), guess);
    }

    /** A parsed JSON tree, or the syntax problem that stopped the parser. */
    record Parsed(String text, JsonNode root, ReadResult.Failed failure) {
    }

    Parsed parse(String fileName, String text) {
        try {
            return new Parsed(text, mapper().readTree(text), null);
        } catch (JsonProcessingException malformed) {
            Problem problem = JsonSyntax.explain(fileName, malformed);
            if (malformed instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
                problem = locateConstraint(text, problem); // these errors carry no location of their own
            }
            return new Parsed(text, null, failed(fileName, problem));
        }
    }

    /** Streams the text again to the token that breaks a read constraint; the tree is never built. */
    private Problem locateConstraint(String text, Problem problem) {
        JsonParser parser = null;
        try {
            parser = factory.createParser(text);
            while (parser.nextToken() != null) {
                if (parser.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    parser.getText();
                }
            }
            parser.close();
        } catch (IOException broken) {
            if (parser != null) {
                com.fasterxml.jackson.core.JsonLocation at = parser.currentTokenLocation();
                if (at.getLineNr() > 0) {
                    return new Problem(problem.file(), at.getLineNr(), Math.max(1, at.getColumnNr()), "",
                            problem.message(), problem.hint());
                }
            }
        }
        return problem;
    }

    synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper(factory); // no polymorphic typing: trees only
            // 1e999 would become an infinite double, which the schema validator cannot compare (found by fuzzing)
            mapper.enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        }
        return mapper;
    }

    ReadResult readTree(String fileName, String text, JsonNode root) {
        return readTree(fileName, text, root, true);
    }

    private ReadResult readTree(String fileName, String text, JsonNode root, boolean checkSchema) {
        if (!root.isObject()) {
            return failed(fileName, new Problem(fileName, 1, 1, "", Messages.get("data.file.notObject", Pointers.kindOf(root)),
                    Messages.get("data.file.start.hint", "{\"format\": \"" + FORMAT + "\", \"version\": " + VERSION + ", ...}")));
        }
        List<Problem> problems = new ArrayList<>(FormatCheck.check(root));
        if (!problems.isEmpty()) {
            return failed(fileName, locate(fileName, text, problems));
        }
        JsonNode events = root.path("events");
        boolean large = events.isArray() && events.size() > LARGE_EVENT_COUNT;
        // a large file: the schema checks everything but the events, whose shape a fast check confirms;
        // at the first doubt the full schema runs, so every problem is still reported exactly
        boolean fullSchema = !large || !allEventsConform(events);
        if (checkSchema) {
            problems.addAll(SchemaCheck.check(fullSchema ? root : withoutEvents(root)));
        }
        TimelineMapper timelineMapper = new TimelineMapper();
        Timeline timeline = timelineMapper.map(root);
        problems.addAll(timelineMapper.problems());
        problems.addAll(ConsistencyCheck.check(timeline, timelineMapper::pointerOf, timelineMapper::declares));
        if (!problems.isEmpty()) {
            return failed(fileName, locate(fileName, text, withoutEchoes(problems)));
        }
        List<Problem> warnings = TranslationCheck.check(root);
        return new ReadResult.Loaded(timeline, warnings.isEmpty() ? warnings : locate(fileName, text, warnings));
    }

    /**
     * A wrong type reported by the schema often causes a second report at the same place by a later
     * check (a string where a list of quotes belongs also "cites no quote"); keep the first only.
     */
    private static boolean allEventsConform(JsonNode events) {
        for (JsonNode event : events) {
            if (!EventShape.conforms(event)) {
                return false;
            }
        }
        return true;
    }

    /** The root with an empty events list (the schema allows one), so the schema skips only the events. */
    private static JsonNode withoutEvents(JsonNode root) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        root.fields().forEachRemaining(field -> copy.set(field.getKey(), field.getValue())); // shared, not copied
        copy.putArray("events");
        return copy;
    }

    static List<Problem> withoutEchoes(List<Problem> problems) {
        Map<String, Problem> byPointer = new LinkedHashMap<>();
        List<Problem> kept = new ArrayList<>();
        for (Problem problem : problems) {
            if (problem.pointer().isEmpty() || byPointer.putIfAbsent(problem.pointer(), problem) == null) {
                kept.add(problem);
            }
        }
        return kept;
    }

    List<Problem> locate(String fileName, String text, List<Problem> problems) {
        Set<String> wanted = new LinkedHashSet<>();
        for (Problem problem : problems) {
            for (String pointer = problem.pointer(); ; pointer = Pointers.parent(pointer)) {
                wanted.add(pointer);
                if (pointer.isEmpty()) {
                    break;
                }
            }
        }
        Map<String, JsonLocator.Position> positions = JsonLocator.locate(factory, text, wanted);
        List<Problem> located = new ArrayList<>();
        for (Problem problem : problems) {
            // a missing field has no position of its own: fall back to the nearest enclosing value
            JsonLocator.Position at = null;
            for (String pointer = problem.pointer(); at == null; pointer = Pointers.parent(pointer)) {
                at = positions.get(pointer);
                if (pointer.isEmpty()) {
                    break;
                }
            }
            located.add(at == null ? problem.locatedAt(fileName, 1, 1) : problem.locatedAt(fileName, at.line(), at.column()));
        }
        located.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return located;
    }

    static ReadResult.Failed failed(String fileName, Problem problem) {
        return new ReadResult.Failed(fileName, List.of(problem));
    }

    static ReadResult.Failed failed(String fileName, List<Problem> problems) {
        return new ReadResult.Failed(fileName, problems);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

}
