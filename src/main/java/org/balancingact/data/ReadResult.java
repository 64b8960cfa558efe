package org.balancingact.data;

import java.util.List;
import org.balancingact.model.Timeline;

/** What reading a file gives: a timeline, or every problem found in it — never an exception. */
public sealed interface ReadResult {

    /**
     * A file that opened; {@code warnings} are what was said about it (each a {@link Problem#isWarning()
     * warning}), {@code report} what importing it did (rows read and left out, notes).
     */
    record Loaded(Timeline timeline, List<Problem> warnings, ImportReport report) implements ReadResult {
        public Loaded {
            warnings = List.copyOf(warnings);
            report = report == null ? ImportReport.NONE : report;
        }

        public Loaded(Timeline timeline, List<Problem> warnings) {
            this(timeline, warnings, ImportReport.NONE);
        }

        public Loaded(Timeline timeline) {
            this(timeline, List.of(), ImportReport.NONE);
        }
    }

    /** A file that did not open: its errors, and the warnings found on the way (they are listed too). */
    record Failed(String file, List<Problem> problems) implements ReadResult {
        public Failed {
            problems = List.copyOf(problems);
        }

        public long errorCount() {
            return problems.stream().filter(p -> !p.isWarning()).count();
        }
    }

    default boolean isLoaded() {
        return this instanceof Loaded;
    }

    /** Every problem said about the file: a failure's problems, or a loaded file's warnings. */
    default List<Problem> problems() {
        return this instanceof Failed failed ? failed.problems() : ((Loaded) this).warnings();
    }
}
