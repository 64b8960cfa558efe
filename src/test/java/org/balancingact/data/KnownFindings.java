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
        // none open: the last one (a tour's steps given as an object, TimelineMapper.steps) is fixed and its
        // ReaderFindingsTest case enabled. Match a new finding by exception type and top stack frame, no wider.
        return null;
    }
}
