package org.balancingact.data;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzz targets for every reader a user's file can reach (issue 17, point 7), with Jazzer. Each
 * target takes the raw bytes of a file, as File ▸ Open gets them, and checks {@link ReaderProperties}: an
 * answer and never an exception, located problems, a timeline that holds together. (The date parser's target
 * is {@code model.HistoricalDateFuzzTest}.)
 *
 * <p>{@code ./mvnw verify} runs each target in regression mode on its seed corpus, the files under
 * {@code src/test/resources/org/balancingact/data/ReaderFuzzTestInputs/<target>/}, and on the empty input.
 * A long session fuzzes one target and saves what it finds there (docs/testing.md, "Fuzzing"):
 * <pre>JAZZER_FUZZ=1 ./mvnw -o test -Dtest='ReaderFuzzTest#csvImporter' -Djazzer.max_duration=10m</pre>
 *
 * <p>The importers are reached through {@link TimelineFiles#read(String, byte[])}, the entry point of
 * File ▸ Open, {@code --data} and {@code --check}, so the targets outlive changes inside the importers.
 */
class ReaderFuzzTest {

    /** The native JSON reader, tree and streaming paths (streaming from 0 characters, so every file takes it). */
    @FuzzTest
    void nativeJsonReader(byte[] bytes) {
        ReaderProperties.checkNativeReader(bytes);
    }

    /** The TimelineJS importer: any JSON file through the app's entry point, exported and read back. */
    @FuzzTest
    void timelineJsImporter(byte[] bytes) {
        ReaderProperties.checkJsonFile("slides.json", bytes);
    }

    /** The CSV importer: any bytes named {@code .csv} through the app's entry point, with and without a BOM. */
    @FuzzTest
    void csvImporter(byte[] bytes) {
        ReaderProperties.checkCsvFile(bytes);
    }
}
