package org.balancingact.testing;

import java.util.Random;
import java.util.function.Consumer;

/**
 * Runs a generated property many times, each case from a {@link Random} of its own seed, in plain JUnit 5
 * (issue 17, point 7: the seeded generators of the reader tests). The case seeds come from one fixed seed per
 * property, so every run checks the same cases, and a failure names the seed of the case that broke:
 *
 * <pre>./mvnw -o test -Dtest='MutatedFilesTest#...' -Dfuzz.seed=SEED     (that one case again)
 * ./mvnw -o test -Dtest='MutatedFilesTest' -Dfuzz.cases=200000          (more cases per property)</pre>
 *
 * The first failing case stops the run: its input is rebuilt from its seed alone, so nothing else is needed
 * to reproduce it.
 */
public final class SeededCases {
    /** The property names a seed to replay: {@code -Dfuzz.seed=...} runs that case only. */
    public static final String SEED_PROPERTY = "fuzz.seed";
    /** {@code -Dfuzz.cases=N} runs N cases per property instead of each property's own count. */
    public static final String CASES_PROPERTY = "fuzz.cases";

    private SeededCases() {
    }

    /**
     * Checks {@code property} on {@code cases} cases (or {@code -Dfuzz.cases}) and returns how many ran.
     *
     * @param name     what the property is, for the failure message
     * @param seed     the property's fixed seed; its cases' seeds are derived from it
     * @param property builds its input from the random it is given and asserts; any throwable fails the case
     */
    public static int check(String name, long seed, int cases, Consumer<Random> property) {
        String replay = System.getProperty(SEED_PROPERTY);
        if (replay != null && !replay.isBlank()) {
            long caseSeed = Long.parseLong(replay.trim());
            runCase(name, caseSeed, -1, property);
            return 1;
        }
        int count = Integer.getInteger(CASES_PROPERTY, cases);
        for (int i = 0; i < count; i++) {
            runCase(name, caseSeed(seed, i), i, property);
        }
        return count;
    }

    /** Case {@code i}'s seed: a 64-bit mix of the two, so neighbouring cases start far apart in Random's sequence. */
    static long caseSeed(long seed, int i) {
        long z = seed + (i + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void runCase(String name, long caseSeed, int index, Consumer<Random> property) {
        try {
            property.accept(new Random(caseSeed));
        } catch (Throwable failure) {
            String which = index >= 0 ? "case " + (index + 1) : "the replayed case";
            AssertionError error = new AssertionError(name + ": " + which + " failed, seed " + caseSeed
                    + " (replay it alone with -D" + SEED_PROPERTY + "=" + caseSeed + "): " + failure, failure);
            throw error;
        }
    }
}
