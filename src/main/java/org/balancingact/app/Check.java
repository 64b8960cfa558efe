package org.balancingact.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.balancingact.data.ImportOptions;
import org.balancingact.data.ImportReport;
import org.balancingact.data.Problem;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.model.Timeline;

/**
 * {@code --check FILE}: the checks File ▸ Open makes ({@link TimelineFiles}), without a window and
 * without starting JavaFX, so dataset authors can run them in their own CI. Errors and warnings are
 * printed the way compilers print them; notes say how an imported file was read (its columns, its
 * encoding); the last line is always the summary.
 */
public final class Check {
    public static final int CLEAN = 0;
    public static final int PROBLEMS = 1;

    private Check() {
    }

    public static int run(TimelineFiles files, Path file, PrintStream out) {
        return run(files, file, ImportOptions.NONE, false, out);
    }

    /**
     * Checks one file. Each problem goes to {@code out} as {@code file:line:column: message} (a warning as
     * {@code file:line:column: warning: message}), then notes as {@code file: note: ...}, then the summary
     * {@code FILE: N events, N actors, N relations, N quotes (N errors, N warnings)}.
     *
     * @param strict warnings fail the check too
     * @return {@link #CLEAN} (0) or {@link #PROBLEMS} (1): 1 on any error, and with {@code strict} on any warning
     */
    public static int run(TimelineFiles files, Path file, ImportOptions options, boolean strict, PrintStream out) {
        ReadResult result = files.read(file, options);
        List<Problem> problems = result.problems();
        for (Problem problem : problems) {
            out.println(problem.format());
        }
        long warnings = problems.stream().filter(Problem::isWarning).count();
        long errors = problems.size() - warnings;
        Timeline t = result instanceof ReadResult.Loaded loaded ? loaded.timeline() : null;
        if (result instanceof ReadResult.Loaded loaded && loaded.report().kind() != ImportReport.Kind.OWN_FORMAT) {
            ImportReport report = loaded.report();
            for (String note : report.notes()) {
                out.println(file + ": note: " + note);
            }
            out.println(file + ": note: " + (report.countsSlides() ? "slides" : "rows") + " read: " + report.read()
                    + ", left out: " + report.leftOut() + "; encoding: " + report.encoding());
        }
        out.println(file + ": " + (t == null ? 0 : t.events().size()) + " events, " + (t == null ? 0 : t.actors().size())
                + " actors, " + (t == null ? 0 : t.relations().size()) + " relations, " + (t == null ? 0 : t.quotes().size())
                + " quotes (" + errors + " errors, " + warnings + " warnings)");
        out.flush();
        return errors > 0 || strict && warnings > 0 ? PROBLEMS : CLEAN;
    }
}
