package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.balancingact.model.Timeline;
import org.balancingact.testing.SeededCases;
import org.junit.jupiter.api.Test;

/**
 * The bulk of the reader cases (issue 17, point 7): real and generated files, damaged at random from fixed
 * seeds, through the app's entry point, each checked against {@link ReaderProperties}. A failure names the
 * seed of its case; {@code -Dfuzz.seed=SEED} replays it alone and {@code -Dfuzz.cases=N} runs N cases of each
 * property ({@link SeededCases}). The coverage-guided targets for the same readers are in {@link ReaderFuzzTest}.
 */
class MutatedFilesTest {
    private static final String BUNDLED = resource(TimelineReader.BUNDLED_RESOURCE);
    private static final List<JsonSpans.Span> BUNDLED_SPANS = JsonSpans.of(BUNDLED);
    private static final String[] TIMELINEJS = {resource("/org/balancingact/data/timelinejs/women_in_computing.json"),
        resource("/org/balancingact/data/timelinejs/eras.json")};
    private static final List<List<JsonSpans.Span>> TIMELINEJS_SPANS = List.of(JsonSpans.of(TIMELINEJS[0]), JsonSpans.of(TIMELINEJS[1]));

    /**
     * 10,000 cases: the bundled dataset with one to three values deleted, doubled, retyped, swapped, or cut short,
     * read as File ▸ Open reads it; what still loads is exported as TimelineJS and read back.
     */
    @Test
    void theBundledDatasetMutatedGivesATimelineOrLocatedProblems() {
        SeededCases.check("the bundled dataset, mutated", 20261130L, 10_000, random -> {
            String text = FileMutations.mutate(BUNDLED, BUNDLED_SPANS, FileMutations.random(random, BUNDLED_SPANS.size()));
            ReaderProperties.checkJsonFile("timeline.json", text.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** 2,000 cases: two of Knight Lab's TimelineJS examples, mutated the same way, then exported and read back. */
    @Test
    void aTimelineJsFileMutatedGivesATimelineOrLocatedProblems() {
        SeededCases.check("a TimelineJS file, mutated", 20261130L, 2000, random -> {
            int which = random.nextInt(TIMELINEJS.length);
            List<JsonSpans.Span> spans = TIMELINEJS_SPANS.get(which);
            String text = FileMutations.mutate(TIMELINEJS[which], spans, FileMutations.random(random, spans.size()));
            ReaderProperties.checkJsonFile("slides.json", text.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** 1,000 cases: a clean generated spreadsheet opens with one event per row, on the row's date. */
    @Test
    void aCleanSpreadsheetOpensWithOneEventPerRow() {
        SeededCases.check("a clean spreadsheet", 20261130L, 1000, random -> {
            GeneratedSheets.Sheet sheet = GeneratedSheets.clean(random);
            ReadResult result = ReaderProperties.checkCsvFile(sheet.text().getBytes(StandardCharsets.UTF_8));
            if (!(result instanceof ReadResult.Loaded loaded)) {
                throw new AssertionError("a clean sheet opens, but it was refused: " + result + "\n" + sheet.text());
            }
            Timeline t = loaded.timeline();
            List<String> expected = IntStream.range(0, sheet.titles().size())
                    .mapToObj(i -> sheet.titles().get(i) + " | " + sheet.dates().get(i)).sorted().toList();
            List<String> actual = t.events().stream().map(e -> e.title() + " | " + e.when().edtf()).sorted().toList();
            assertEquals(expected, actual, "one event per row, with the row's title and date");
        });
    }

    /** 3,000 cases: generated spreadsheets damaged by hand and by tools, in four encodings. */
    @Test
    void aDamagedSpreadsheetGivesATimelineOrLocatedProblems() {
        SeededCases.check("a damaged spreadsheet", 20261130L, 3000, random -> ReaderProperties.checkCsvFile(GeneratedSheets.damaged(random)));
    }

    private static String resource(String name) {
        try (InputStream in = MutatedFilesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
