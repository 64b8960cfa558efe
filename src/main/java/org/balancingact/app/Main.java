package org.balancingact.app;

import java.io.PrintStream;
import java.lang.module.ModuleDescriptor;
import org.balancingact.data.TimelineFiles;

/**
 * The launcher's main class. It is deliberately not a JavaFX {@code Application}: the Java launcher
 * starts the JavaFX toolkit before {@code main} for such classes, and {@code --help}, {@code --version}
 * and {@code --check} must work without a display. Only a command line that asks for a window reaches
 * {@link BalancingActApp}.
 */
public final class Main {
    /** Exit code for a command line that could not be understood. */
    public static final int USAGE = 2;

    private Main() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            System.exit(usage(e, System.err));
            return;
        }
        if (options.isBatch()) {
            System.exit(runBatch(options, System.out));
            return;
        }
        options.lang().ifPresent(BalancingActApp::useLanguage); // before any UI is built
        try {
            BalancingActApp.launch(options);
        } catch (RuntimeException failed) {
            System.exit(isNoDisplay(failed) ? noWindow(failed, System.err) : failedToStart(failed, System.err));
        }
    }

    /** Whether the toolkit failed for want of a display (GTK: "Unable to open DISPLAY"). */
    static boolean isNoDisplay(Throwable failed) {
        for (Throwable t = failed; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException && String.valueOf(t.getMessage()).contains("DISPLAY")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The toolkit could not open a window (no display: an SSH session, a server, a broken X setup). A
     * sentence and a way on, not JavaFX's stack trace.
     */
    static int noWindow(RuntimeException e, PrintStream err) {
        err.println("balancing-act: cannot open a window (" + e.getMessage() + ").");
        err.println("Start it from a desktop session (it needs a display), or check a file without a window: "
                + "balancing-act --check FILE.");
        return 1;
    }

    /**
     * Any other failure before the window stands (a bug): one line with its cause for the user, the whole
     * trace in a file a bug report can attach, never on the terminal.
     */
    static int failedToStart(RuntimeException e, PrintStream err) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        err.println("balancing-act: the window could not be built: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ".");
        try {
            java.nio.file.Path log = java.nio.file.Files.createTempFile("balancing-act-start-", ".log");
            try (PrintStream out = new PrintStream(java.nio.file.Files.newOutputStream(log), true,
                    java.nio.charset.StandardCharsets.UTF_8)) {
                e.printStackTrace(out);
            }
            err.println("This is a bug. Please report it with the details written to " + log + ".");
        } catch (java.io.IOException | RuntimeException unwritable) {
            err.println("This is a bug. Please report it with the command line you used.");
        }
        return 1;
    }

    /** The part of the command line that needs no window: help, version, check. */
    static int runBatch(Options options, PrintStream out) {
        if (options.help()) {
            out.print(Options.helpText());
            return 0;
        }
        if (options.version()) {
            out.println("Balancing Act " + version());
            return 0;
        }
        return Check.run(new TimelineFiles(), options.check().orElseThrow(), options.imports(), options.strict(), out);
    }

    static int usage(Options.UsageException e, PrintStream err) {
        err.println("balancing-act: " + e.getMessage());
        err.println("Try balancing-act --help for the list of options.");
        return USAGE;
    }

    /** The module's version, as the build recorded it (for example {@code 0.1.0}). */
    public static String version() {
        ModuleDescriptor descriptor = Main.class.getModule().getDescriptor();
        return descriptor == null ? "(development build)" : descriptor.rawVersion().orElse("(development build)");
    }
}
