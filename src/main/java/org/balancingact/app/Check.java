package org.balancingact.app;

import java.io.PrintStream;
import java.nio.file.Path;
import org.balancingact.data.Problem;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.model.Timeline;

/**
 * {@code --check FILE}: the checks File ▸ Open makes ({@link TimelineFiles}), without a window and
 * without starting JavaFX, so dataset authors can run them in their own CI.
 */
public final class Check {
    public static final int CLEAN = 0;
    public static final int PROBLEMS = 1;

    private Check() {
    }

    /**
     * Checks one file. Each problem goes to {@code out} as {@code file:line:column: message} (the form
     * compilers use, so editors and CI logs link to it); a clean file gets one summary line.
     *
     * @return {@link #CLEAN} (0) or {@link #PROBLEMS} (1)
     */
    public static int run(TimelineFiles files, Path file, PrintStream out) {
        ReadResult result = files.read(file);
        if (result instanceof ReadResult.Failed failed) {
            for (Problem problem : failed.problems()) {
                out.println(problem.format());
            }
            out.flush();
            return PROBLEMS;
        }
        ReadResult.Loaded loaded = (ReadResult.Loaded) result;
        for (Problem warning : loaded.warnings()) {
            out.println(warning.format());
        }
        Timeline t = loaded.timeline();
        out.println(file + ": no problems (" + t.events().size() + " events, " + t.actors().size() + " actors, "
                + t.relations().size() + " relations, " + t.quotes().size() + " quotes)");
        out.flush();
        return CLEAN;
    }
}
