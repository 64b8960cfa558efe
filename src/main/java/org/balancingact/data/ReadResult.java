package org.balancingact.data;

import java.util.List;
import org.balancingact.model.Timeline;

/** What reading a file gives: a timeline, or every problem found in it — never an exception. */
public sealed interface ReadResult {

    record Loaded(Timeline timeline) implements ReadResult {
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
