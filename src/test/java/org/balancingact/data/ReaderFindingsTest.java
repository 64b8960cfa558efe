package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.balancingact.testing.BadFiles;
import org.junit.jupiter.api.Test;

/**
 * Bugs the fuzzers found in the readers, each as the smallest file that shows it (issue 17, point 7). A test
 * stays {@code @Disabled} until the reader's owner fixes the bug; then the annotation goes, and so does the
 * finding's entry in {@link KnownFindings}, which keeps the generators from stopping at it meanwhile.
 */
class ReaderFindingsTest {
    private final TimelineFiles files = new TimelineFiles();

    /**
     * Found by {@code MutatedFilesTest} (the bundled dataset, case 1933 of seed 20261130: a tour's
     * {@code steps} swapped for an object). {@code TimelineMapper.steps} walks {@code steps} by index whatever
     * its type; on an object {@code get(i)} was null and the reader threw a NullPointerException, so File ▸ Open
     * showed no located problem. Fixed: the mapper skips a non-list, and the schema says where the list belongs.
     */
    @Test
    void aTourWhoseStepsAreAnObjectIsALocatedProblem() {
        String text = BadFiles.replace("\"steps\": [\"invasion\"]", "\"steps\": {\"first\": \"invasion\"}");
        ReadResult result = files.read("tour.json", text.getBytes(StandardCharsets.UTF_8));
        ReadResult.Failed failed = assertInstanceOf(ReadResult.Failed.class, result);
        assertFalse(failed.problems().isEmpty());
        int line = 1 + (int) text.substring(0, text.indexOf("\"steps\"")).chars().filter(c -> c == '\n').count();
        assertEquals(line, failed.problems().get(0).line(), failed.problems().get(0)::format);
    }
}
