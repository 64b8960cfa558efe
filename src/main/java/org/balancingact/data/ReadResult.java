package org.balancingact.data;

import java.util.List;
import org.balancingact.model.Timeline;

/** What reading a file gives: a timeline, or every problem found in it — never an exception. */
public sealed interface ReadResult {

    /** A file that opened; {@code warnings} are what was said about it (each a {@link Problem#isWarning() warning}). */
    record Loaded(Timeline timeline, List<Problem> warnings) implements ReadResult {
        public Loaded {
            warnings = List.copyOf(warnings);
        }

        public Loaded(Timeline timeline) {
            this(timeline, List.of());
        }
    }

    record Failed(String file, List<Problem> problems) implements ReadResult {
        public Failed {
            problems = List.copyOf(problems);
        }
    }

    default boolean isLoaded() {
        return this instanceof Loaded;
    }
}
