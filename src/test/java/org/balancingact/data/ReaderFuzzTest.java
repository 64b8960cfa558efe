package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Mutates real files at random — delete, duplicate, retype, swap, truncate — and checks the reader
 * only ever answers with a timeline or with problems that each have a line (≥ 1, or 0 for a whole-file
 * problem), a message and a hint; never an exception.
 *
 * <p>The bundled dataset gets {@code jqwik.tries.default} cases (10,000 in
 * {@code src/test/resources/junit-platform.properties}); the seed is fixed so a failure reproduces.
 * More: {@code ./mvnw test -Dtest=ReaderFuzzTest -Djqwik.tries.default=200000}.
 */
class ReaderFuzzTest {
    private static final String BUNDLED = resource(TimelineReader.BUNDLED_RESOURCE);
    private static final List<JsonSpans.Span> BUNDLED_SPANS = JsonSpans.of(BUNDLED);
    private static final String TIMELINEJS = resource("/org/balancingact/data/timelinejs/women_in_computing.json");
    private static final List<JsonSpans.Span> TIMELINEJS_SPANS = JsonSpans.of(TIMELINEJS);
    private static final String[] VALUES = {"0", "-1", "1.5", "1e999", "true", "null", "\"\"", "\"x\"", "[]", "{}",
        "\"2022-02-30\"", "\"2022-13\"", "\"../..\"", "\"\\u0000\"", "99999999999999999999", "[1,[2,{}]]", "{\"id\":\"x\"}",
        "\"-13800000000\"", "\"<script>x</script>\""};

    private final TimelineFiles files = new TimelineFiles();

    enum Kind { DELETE, DUPLICATE, RETYPE, SWAP, TRUNCATE }

    record Mutation(Kind kind, int target, int extra) {
    }

    @Property(seed = "20261130", shrinking = ShrinkingMode.BOUNDED)
    void theBundledDatasetMutatedGivesATimelineOrLocatedProblems(@ForAll("bundledMutations") List<Mutation> mutations) {
        check("timeline.json", mutate(BUNDLED, BUNDLED_SPANS, mutations));
    }

    @Property(tries = 2000, seed = "20261130", shrinking = ShrinkingMode.BOUNDED)
    void aTimelineJsFileMutatedGivesATimelineOrLocatedProblems(@ForAll("timelineJsMutations") List<Mutation> mutations) {
        check("women_in_computing.json", mutate(TIMELINEJS, TIMELINEJS_SPANS, mutations));
    }

    @Provide
    Arbitrary<List<Mutation>> bundledMutations() {
        return mutations(BUNDLED_SPANS.size());
    }

    @Provide
    Arbitrary<List<Mutation>> timelineJsMutations() {
        return mutations(TIMELINEJS_SPANS.size());
    }

    private static Arbitrary<List<Mutation>> mutations(int spans) {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, spans - 1),
                Arbitraries.integers().between(0, Integer.MAX_VALUE)).as(Mutation::new).list().ofMinSize(1).ofMaxSize(3);
    }

    private void check(String name, String text) {
        ReadResult result = files.read(name, text.getBytes(StandardCharsets.UTF_8));
        if (result instanceof ReadResult.Failed failed) {
            assertFalse(failed.problems().isEmpty(), "a failure names at least one problem");
            for (Problem p : failed.problems()) {
                assertTrue(p.line() >= 1 || p.line() == 0 && p.column() == 0, p::format);
                assertFalse(p.message().isBlank(), p::format);
                assertFalse(p.hint().isBlank(), p::format);
                assertEquals(name, p.file());
            }
        } else {
            assertTrue(result instanceof ReadResult.Loaded);
        }
    }

    /** Applies the mutations from the end of the text backwards, so earlier offsets stay valid. */
    static String mutate(String text, List<JsonSpans.Span> spans, List<Mutation> mutations) {
        StringBuilder out = new StringBuilder(text);
        int limit = text.length();
        Integer truncateAt = null;
        List<Mutation> ordered = mutations.stream()
                .sorted(Comparator.comparingInt((Mutation m) -> spans.get(m.target()).from()).reversed()).toList();
        for (Mutation m : ordered) {
            JsonSpans.Span span = spans.get(m.target());
            if (span.to() > limit) {
                continue; // overlaps a mutation already applied
            }
            switch (m.kind()) {
                case DELETE -> delete(out, span);
                case DUPLICATE -> out.insert(span.to(), "," + text.substring(span.from(), span.to()));
                case RETYPE -> out.replace(span.valueFrom(), span.to(), VALUES[m.extra() % VALUES.length]);
                case SWAP -> {
                    JsonSpans.Span other = spans.get(m.extra() % spans.size());
                    String value = text.substring(other.valueFrom(), other.to());
                    out.replace(span.valueFrom(), span.to(), value);
                }
                case TRUNCATE -> truncateAt = truncateAt == null ? m.extra() % (text.length() + 1) : truncateAt;
            }
            limit = span.from();
        }
        if (truncateAt != null && truncateAt < out.length()) {
            out.setLength(truncateAt);
        }
        return out.toString();
    }

    /** Removes a value (with its field name) and one comma next to it, so the rest stays JSON. */
    private static void delete(StringBuilder out, JsonSpans.Span span) {
        int end = span.to();
        while (end < out.length() && Character.isWhitespace(out.charAt(end))) {
            end++;
        }
        if (end < out.length() && out.charAt(end) == ',') {
            out.delete(span.from(), end + 1);
            return;
        }
        int start = span.from();
        while (start > 0 && Character.isWhitespace(out.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && out.charAt(start - 1) == ',') {
            start--;
        }
        out.delete(start, span.to());
    }

    private static String resource(String name) {
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
