package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.balancingact.model.Timeline;
import org.balancingact.testing.SeededCases;
import org.junit.jupiter.api.Test;

/**
 * Large native files are first tried by the streaming reader, which answers only for a file without
 * problems; everything else goes the tree way. Whichever way a file goes, the reader's answer must be the
 * same: the same timeline, or the same problems at the same lines, columns and pointers.
 */
class StreamingReaderTest {
    private static final String BUNDLED = resource(TimelineReader.BUNDLED_RESOURCE);
    private static final List<JsonSpans.Span> SPANS = JsonSpans.of(BUNDLED);

    /** Streams every file, however small. */
    private final TimelineFiles streaming = new TimelineFiles(new TimelineReader(TimelineReader.DEFAULT_MAX_BYTES, 0));
    /** Never streams. */
    private final TimelineFiles tree = new TimelineFiles(new TimelineReader(TimelineReader.DEFAULT_MAX_BYTES, Integer.MAX_VALUE));

    /**
     * 3,000 generated cases with a fixed seed, each read the tree way and the streaming way (from 0 characters);
     * a failure names its case's seed ({@link SeededCases}).
     */
    @Test
    void aMutatedFileGetsTheSameAnswerEitherWay() {
        SeededCases.check("a mutated file gets the same answer either way", 20261130L, 3000, random -> {
            String text = FileMutations.mutate(BUNDLED, SPANS, FileMutations.random(random, SPANS.size()));
            ReaderProperties.checkNativeReader(text.getBytes(StandardCharsets.UTF_8));
        });
    }

    @Test
    void theBundledDatasetIsStreamedToTheSameTimeline() {
        TimelineReader reader = new TimelineReader(TimelineReader.DEFAULT_MAX_BYTES, 0);
        assertTrue(reader.readStreamed(BUNDLED).isPresent(), "a clean file is answered by the streaming reader itself");
        assertSameAnswer(tree.read("timeline.json", BUNDLED.getBytes(StandardCharsets.UTF_8)),
                streaming.read("timeline.json", BUNDLED.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aLargeFileWithAProblemInItsLastEventIsLocatedAsATreeWouldLocateIt() {
        String bad = "{\"id\": \"last\", \"title\": \"Last\", \"when\": \"2001-02-30\", \"quotes\": [\"nope\"]}";
        String text = withEvents(30_000, bad);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ReadResult viaTree = tree.read("large.json", bytes);
        ReadResult viaDefault = new TimelineFiles(new TimelineReader(TimelineReader.DEFAULT_MAX_BYTES, 1000)).read("large.json", bytes);
        assertSameAnswer(viaTree, viaDefault);
        List<Problem> problems = ((ReadResult.Failed) viaDefault).problems();
        int line = 1 + (int) text.substring(0, text.indexOf("\"last\"")).chars().filter(c -> c == '\n').count();
        assertEquals(2, problems.size(), () -> problems.subList(0, Math.min(3, problems.size())).toString());
        assertTrue(problems.get(0).pointer().matches("/events/\\d+/when"), problems.get(0)::toString);
        assertTrue(problems.get(1).pointer().matches("/events/\\d+/quotes/0"), problems.get(1)::toString);
        assertEquals(line, problems.get(0).line());
        assertEquals(line, problems.get(1).line());
    }

    @Test
    void aLargeCleanFileIsStreamedToTheTreesTimeline() {
        String text = withEvents(40_000, null);
        TimelineReader reader = new TimelineReader();
        assertTrue(text.length() >= TimelineReader.STREAMING_FROM_CHARS, "long enough to be streamed by default");
        assertTrue(reader.readStreamed(text).isPresent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertSameAnswer(tree.read("large.json", bytes), new TimelineFiles(reader).read("large.json", bytes));
    }

    /** The bundled dataset with {@code extra} generated events before its own and, if given, one more at the end. */
    private static String withEvents(int extra, String last) {
        int open = BUNDLED.indexOf("\"events\": [") + "\"events\": [".length();
        int lastBrace = BUNDLED.lastIndexOf('}', BUNDLED.lastIndexOf(']', BUNDLED.indexOf("\n  \"quotes\": [", open))) + 1;
        int quoteFrom = BUNDLED.indexOf('"', BUNDLED.indexOf("\"quotes\": [") + "\"quotes\": [".length()) + 1;
        String quote = BUNDLED.substring(quoteFrom, BUNDLED.indexOf('"', quoteFrom));
        StringBuilder events = new StringBuilder("\n");
        for (int i = 0; i < extra; i++) {
            events.append("{\"id\": \"gen-").append(i).append("\", \"title\": \"Event ").append(i)
                    .append("\", \"when\": \"").append(1990 + i % 30).append("-0").append(1 + i % 9)
                    .append("\", \"themes\": [], \"quotes\": [\"").append(quote).append("\"], \"importance\": ")
                    .append(1 + i % 3).append("},\n");
        }
        return BUNDLED.substring(0, open) + events + BUNDLED.substring(open, lastBrace)
                + (last == null ? "" : ",\n" + last) + BUNDLED.substring(lastBrace);
    }

    static void assertSameAnswer(ReadResult expected, ReadResult actual) {
        assertEquals(expected.isLoaded(), actual.isLoaded(), () -> "tree: " + expected + "\nstreaming: " + actual);
        if (expected instanceof ReadResult.Failed failed) {
            assertEquals(failed, actual);
            assertFalse(failed.problems().isEmpty());
            return;
        }
        assertEquals(((ReadResult.Loaded) expected).warnings(), ((ReadResult.Loaded) actual).warnings(), "the same warnings");
        Timeline a = ((ReadResult.Loaded) expected).timeline();
        Timeline b = ((ReadResult.Loaded) actual).timeline();
        assertEquals(a.title(), b.title());
        assertEquals(a.description(), b.description());
        assertEquals(a.themes(), b.themes());
        assertEquals(a.sources(), b.sources());
        assertEquals(a.actors(), b.actors());
        assertEquals(a.relations(), b.relations());
        assertEquals(a.events(), b.events());
        assertEquals(a.quotes(), b.quotes());
        assertEquals(a.tours(), b.tours());
    }

    private static String resource(String name) {
        try (InputStream in = StreamingReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
