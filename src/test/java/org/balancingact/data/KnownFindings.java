package org.balancingact.data;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bugs the fuzzers found that are reported and not fixed yet, each with its {@code @Disabled} test in
 * {@link ReaderFindingsTest}. A case that hits one is not checked further (so the seeded generators and a long
 * Jazzer session go on past it, to find something new) and says so once per run in the test log. Each entry
 * matches one exception from one place, no wider: remove it when its test is enabled.
 */
final class KnownFindings {
    private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

    private KnownFindings() {
    }

    /** Whether {@code thrown} is a reported finding (and, the first time, says which). */
    static boolean matches(Throwable thrown) {
        String finding = which(thrown);
        if (finding != null && SAID.add(finding)) {
            System.out.println("Known finding hit, not checked further (see " + finding + "): " + thrown);
        }
        return finding != null;
    }

    private static String which(Throwable thrown) {
        StackTraceElement[] stack = thrown.getStackTrace();
        if (stack.length == 0) {
            return null;
        }
        StackTraceElement top = stack[0];
        if (thrown instanceof NullPointerException && top.getClassName().equals(TimelineMapper.class.getName())
                && top.getMethodName().equals("steps")) {
            return "ReaderFindingsTest#aTourWhoseStepsAreAnObjectIsALocatedProblem";
        }
        return null;
    }
}
