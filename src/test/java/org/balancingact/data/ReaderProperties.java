package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.balancingact.model.Event;
import org.balancingact.model.Quote;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/**
 * What every reader promises for any input at all (issue 17, point 7), checked the same way by the Jazzer
 * targets ({@link ReaderFuzzTest}) and the seeded generators ({@link MutatedFilesTest}):
 * <ul>
 *   <li>it answers with a {@link ReadResult} and never throws (an {@code OutOfMemoryError} or
 *       {@code StackOverflowError} is not caught here: it fails the case as the finding it is);</li>
 *   <li>every problem is located: line and column ≥ 1 within the file's lines, or both 0 for a problem of the
 *       whole file; it names the file and says what is wrong and how to fix it; a refusal has an error;</li>
 *   <li>what loads holds together: ids are unique and every link a view follows (an event's actors, themes
 *       and quotes, a relation's ends, a quote's source) leads somewhere.</li>
 * </ul>
 */
final class ReaderProperties {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The app's own entry point, as File ▸ Open, {@code --data} and {@code --check} use it. */
    private static final TimelineFiles FILES = new TimelineFiles();
    /** The native reader that never streams, and one that streams every file however small. */
    private static final TimelineReader TREE = new TimelineReader(TimelineReader.DEFAULT_MAX_BYTES, Integer.MAX_VALUE);
    private static final TimelineReader STREAMING = new TimelineReader(TimelineReader.DEFAULT_MAX_BYTES, 0);

    private ReaderProperties() {
    }

    /**
     * The native reader ({@link TimelineReader#read(String, byte[])}): the tree path and the streaming path give
     * the same answer for any file, the same timeline or the same problems at the same places.
     */
    static void checkNativeReader(byte[] bytes) {
        String name = "timeline.json";
        ReadResult viaTree = answer(name, () -> TREE.read(name, bytes));
        ReadResult viaStreaming = answer(name, () -> STREAMING.read(name, bytes));
        if (viaTree == null || viaStreaming == null) {
            return; // a known finding
        }
        assertWellFormed(name, bytes, viaTree);
        StreamingReaderTest.assertSameAnswer(viaTree, viaStreaming);
    }

    /**
     * A JSON file through {@link TimelineFiles} (the TimelineJS importer, or the native reader for a file that is
     * not TimelineJS): what loads is exported as TimelineJS again ({@link TimelineJsExport}) and reads back with
     * the same events on the same days.
     */
    static void checkJsonFile(String name, byte[] bytes) {
        ReadResult result = answer(name, () -> FILES.read(name, bytes));
        if (result == null) {
            return; // a known finding
        }
        assertWellFormed(name, bytes, result);
        if (result instanceof ReadResult.Loaded loaded && !loaded.timeline().events().isEmpty()) {
            byte[] exported = TimelineJsExport.toJson(loaded.timeline());
            ReadResult again = answer("again.json", () -> FILES.read("again.json", exported));
            if (again == null) {
                return; // a known finding
            }
            if (!(again instanceof ReadResult.Loaded)) {
                throw new AssertionError("an exported timeline reads back, but it was refused: " + again);
            }
            ReadResult.Loaded back = (ReadResult.Loaded) again;
            assertEquals(days(loaded.timeline()), days(back.timeline()), "the same events on the same days");
        }
    }

    /**
     * A spreadsheet through {@link TimelineFiles} with a {@code .csv} name (the CSV importer): the same sheet with
     * a UTF-8 byte order mark in front, as Excel saves it, gets the same answer: the same timeline, or the same
     * problems at the same places.
     */
    static ReadResult checkCsvFile(byte[] bytes) {
        String name = "sheet.csv";
        ReadResult result = answer(name, () -> FILES.read(name, bytes));
        if (result == null) {
            return null; // a known finding
        }
        assertWellFormed(name, bytes, result);
        if (isUtf8TextWithoutBom(bytes)) {
            byte[] withBom = new byte[UTF8_BOM.length + bytes.length];
            System.arraycopy(UTF8_BOM, 0, withBom, 0, UTF8_BOM.length);
            System.arraycopy(bytes, 0, withBom, UTF8_BOM.length, bytes.length);
            ReadResult again = answer(name, () -> FILES.read(name, withBom));
            if (again == null) {
                return result; // a known finding
            }
            if (result instanceof ReadResult.Failed failed && again instanceof ReadResult.Failed failedAgain) {
                // the same problems at the same places; a message may count bytes, and the BOM is three more
                assertEquals(where(failed), where(failedAgain), "a byte order mark moves no problem");
            } else {
                StreamingReaderTest.assertSameAnswer(result, again);
            }
        }
        return result;
    }

    /**
     * Each event's first and last day, in order. TimelineJS has no words for "about" or "maybe" and no open end,
     * so those are not compared: the days are what the timeline draws.
     */
    private static List<String> days(Timeline t) {
        return t.events().stream()
                .map(e -> e.when().earliest() + ".." + (e.when().isOpenEnd() ? "" : e.when().latest())).sorted().toList();
    }

    private static List<String> where(ReadResult.Failed failed) {
        return failed.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.pointer() + " " + p.severity()).toList();
    }

    /** Valid UTF-8 with no BOM and no NUL (which marks a file as binary): text a BOM in front must not change. */
    private static boolean isUtf8TextWithoutBom(byte[] bytes) {
        if (bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), UTF8_BOM)) {
            return false;
        }
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /**
     * Runs a reader; an exception it throws fails the case with the input's name, rather than escaping as itself.
     * Null when it throws a bug already reported ({@link KnownFindings}): the caller checks nothing further.
     */
    static ReadResult answer(String name, Supplier<ReadResult> reader) {
        try {
            ReadResult result = reader.get();
            if (result == null) {
                fail(name + ": the reader answered null");
            }
            return result;
        } catch (RuntimeException thrown) {
            if (KnownFindings.matches(thrown)) {
                return null;
            }
            throw new AssertionError(name + ": the reader threw instead of answering with a ReadResult: " + thrown, thrown);
        }
    }

    /** Asserts the located-problems and consistent-timeline promises for {@code result}, read from {@code bytes}. */
    static void assertWellFormed(String name, byte[] bytes, ReadResult result) {
        int lines = lineCountAtMost(bytes);
        if (result instanceof ReadResult.Failed failed) {
            assertEquals(name, failed.file(), "a refusal names the file");
            assertFalse(failed.problems().isEmpty(), "a refusal names at least one problem");
            assertTrue(failed.problems().stream().anyMatch(p -> !p.isWarning()),
                    () -> "a refusal names at least one error, not only warnings: " + failed.problems());
            failed.problems().forEach(p -> assertLocated(name, lines, p));
        } else {
            ReadResult.Loaded loaded = (ReadResult.Loaded) result;
            loaded.warnings().forEach(p -> {
                assertTrue(p.isWarning(), () -> "a file that opens carries warnings only: " + p.format());
                assertLocated(name, lines, p);
            });
            assertConsistent(loaded.timeline());
        }
    }

    static void assertLocated(String name, int lines, Problem p) {
        assertEquals(name, p.file(), p::format);
        assertFalse(p.message().isBlank(), () -> "a problem says what is wrong: " + p.format());
        assertFalse(p.hint().isBlank(), () -> "a problem says how to fix it: " + p.format());
        boolean wholeFile = p.line() == 0 && p.column() == 0;
        boolean located = p.line() >= 1 && p.column() >= 1 && p.line() <= lines;
        assertTrue(wholeFile || located, () -> "a problem is at a line and column of the file (it has at most "
                + lines + " lines), or at 0:0 for the whole file: " + p.line() + ":" + p.column() + " " + p.format());
    }

    /**
     * An upper bound for the lines a reader can count in these bytes: every LF and every CR may end one (Jackson
     * counts CR LF once, a lone CR too), whatever the encoding; one more for the last line.
     */
    static int lineCountAtMost(byte[] bytes) {
        int breaks = 0;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                breaks++;
            }
        }
        return breaks + 1;
    }

    /** The links the views follow all lead somewhere, and no two items of a kind share an id. */
    static void assertConsistent(Timeline t) {
        unique("event", t.events(), Event::id);
        unique("actor", t.actors(), org.balancingact.model.Actor::id);
        unique("relation", t.relations(), Relation::id);
        unique("quote", t.quotes(), Quote::id);
        for (Event e : t.events()) {
            e.actorIds().forEach(id -> assertTrue(t.actor(id).isPresent(), () -> "event " + e.id() + " names actor " + id));
            e.quoteIds().forEach(id -> assertTrue(t.quote(id).isPresent(), () -> "event " + e.id() + " cites quote " + id));
            if (!t.themes().isEmpty()) {
                e.themeIds().forEach(id -> assertTrue(t.theme(id).isPresent(), () -> "event " + e.id() + " names theme " + id));
            }
            assertTrue(t.event(e.id()).isPresent(), () -> "event " + e.id() + " is found by its id");
        }
        for (Relation r : t.relations()) {
            assertTrue(t.actor(r.fromId()).isPresent() && t.actor(r.toId()).isPresent(),
                    () -> "relation " + r.id() + " joins two actors of the file");
        }
        for (Quote q : t.quotes()) {
            assertTrue(t.source(q.sourceId()).isPresent(), () -> "quote " + q.id() + " comes from source " + q.sourceId());
        }
    }

    private static <T> void unique(String kind, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            assertTrue(seen.add(id.apply(item)), () -> "two " + kind + "s have the id " + id.apply(item));
        }
    }
}
