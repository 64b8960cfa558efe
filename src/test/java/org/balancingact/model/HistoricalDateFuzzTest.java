package org.balancingact.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * The date parser, fuzzed with Jazzer (issue 17, point 7): every {@code when} of a native file, every date cell
 * of a spreadsheet and every date a TimelineJS slide is turned into goes through {@link HistoricalDate#parse}.
 * The input is the bytes of a text as UTF-8 (broken sequences become U+FFFD, as a reader would decode them).
 *
 * <p>Seeds: {@code src/test/resources/org/balancingact/model/HistoricalDateFuzzTestInputs/dateParser/}, one date
 * text per file. A long session (docs/testing.md, "Fuzzing"):
 * <pre>JAZZER_FUZZ=1 ./mvnw -o test -Dtest='HistoricalDateFuzzTest#dateParser' -Djazzer.max_duration=10m</pre>
 */
class HistoricalDateFuzzTest {

    @FuzzTest
    void dateParser(byte[] bytes) {
        DateProperties.check(new String(bytes, StandardCharsets.UTF_8));
    }
}
