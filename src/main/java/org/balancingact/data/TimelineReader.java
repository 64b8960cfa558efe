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
import java.util.Set;
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
    static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;
    static final String BUNDLED_RESOURCE = "/org/balancingact/data/timeline.json";

    private final long maxBytes;
    private final JsonFactory factory;
    private final ObjectMapper mapper;

    public TimelineReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused before they are read into memory */
    public TimelineReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .build();
        this.factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.factory.disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
        this.mapper = new ObjectMapper(factory); // no polymorphic typing: trees only
    }

    public ReadResult read(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return failed(name, new Problem(name, 0, 0, "",
                        "The file is " + megabytes(size) + ", more than the limit of " + megabytes(maxBytes) + ".",
                        "Split the timeline into smaller files, or raise the limit with -Dbalancingact.maxFileMegabytes=N."));
            }
            return read(name, Files.readAllBytes(file));
        } catch (NoSuchFileException missing) {
            return failed(name, new Problem(name, 0, 0, "", "The file does not exist.", "Check the path and the file name."));
        } catch (IOException | SecurityException unreadable) {
            return failed(name, new Problem(name, 0, 0, "", "The file cannot be read: " + unreadable.getMessage(),
                    "Check that the file exists and that you may read it."));
        }
    }

    /** Reads the dataset packed inside the application. */
    public ReadResult readBundled() {
        try (InputStream in = TimelineReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return failed("timeline.json", new Problem("timeline.json", 0, 0, "",
                        "The bundled dataset is missing from the application.", "Rebuild the application."));
            }
            return read("timeline.json (bundled)", in.readAllBytes());
        } catch (IOException e) {
            return failed("timeline.json", new Problem("timeline.json", 0, 0, "", "The bundled dataset cannot be read.",
                    "Rebuild the application."));
        }
    }

    public ReadResult read(String fileName, byte[] bytes) {
        if (bytes.length > maxBytes) {
            return failed(fileName, new Problem(fileName, 0, 0, "", "The file is " + megabytes(bytes.length)
                    + ", more than the limit of " + megabytes(maxBytes) + ".", "Split the timeline into smaller files."));
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (decoded.problem() != null) {
            Problem p = decoded.problem();
            return failed(fileName, new Problem(fileName, p.line(), p.column(), "", p.message(), p.hint()));
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return failed(fileName, new Problem(fileName, 1, 1, "", "The file is empty.",
                    "A timeline file starts with {\"format\": \"" + FORMAT + "\", \"version\": " + VERSION + ", ...}."));
        }
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException malformed) {
            return failed(fileName, JsonSyntax.explain(fileName, malformed));
        }
        return readTree(fileName, text, root);
    }

    private ReadResult readTree(String fileName, String text, JsonNode root) {
        if (!root.isObject()) {
            return failed(fileName, new Problem(fileName, 1, 1, "", "The file holds " + Pointers.kindOf(root)
                    + ", but a timeline is an object in curly braces.",
                    "Start the file with {\"format\": \"" + FORMAT + "\", \"version\": " + VERSION + ", ...}."));
        }
        List<Problem> problems = new ArrayList<>(FormatCheck.check(root));
        if (!problems.isEmpty()) {
            return failed(fileName, locate(fileName, text, problems));
        }
        problems.addAll(SchemaCheck.check(root));
        TimelineMapper timelineMapper = new TimelineMapper();
        Timeline timeline = timelineMapper.map(root);
        problems.addAll(timelineMapper.problems());
        problems.addAll(ConsistencyCheck.check(timeline, timelineMapper::pointerOf, timelineMapper::declares));
        if (!problems.isEmpty()) {
            return failed(fileName, locate(fileName, text, withoutEchoes(problems)));
        }
        return new ReadResult.Loaded(timeline);
    }

    /**
     * A wrong type reported by the schema often causes a second report at the same place by a later
     * check (a string where a list of quotes belongs also "cites no quote"); keep the first only.
     */
    private static List<Problem> withoutEchoes(List<Problem> problems) {
        Map<String, Problem> byPointer = new LinkedHashMap<>();
        List<Problem> kept = new ArrayList<>();
        for (Problem problem : problems) {
            if (problem.pointer().isEmpty() || byPointer.putIfAbsent(problem.pointer(), problem) == null) {
                kept.add(problem);
            }
        }
        return kept;
    }

    private List<Problem> locate(String fileName, String text, List<Problem> problems) {
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

    private static ReadResult failed(String fileName, Problem problem) {
        return new ReadResult.Failed(fileName, List.of(problem));
    }

    private static ReadResult failed(String fileName, List<Problem> problems) {
        return new ReadResult.Failed(fileName, problems);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

}
