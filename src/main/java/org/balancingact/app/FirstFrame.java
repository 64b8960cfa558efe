package org.balancingact.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongConsumer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Tells when a window's first frame has been drawn, in milliseconds since the process started.
 * <p>
 * "Shown" alone is too early: {@code WINDOW_SHOWN} fires before anything is painted. JavaFX renders a
 * pulse's frame on its render thread, and the next pulse waits for that frame before it syncs the
 * scene again; so the second pulse after the window is shown is the first moment at which the first
 * frame is known to be on screen.
 */
final class FirstFrame {
    private FirstFrame() {
    }

    static void whenDrawn(Stage stage, LongConsumer onDrawn) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN,
                shown -> org.balancingact.shell.NextFrame.then(stage.getScene(), () -> onDrawn.accept(millisSinceProcessStart())));
    }

    /**
     * Milliseconds since the operating system started this process (before the JVM itself).
     * <p>
     * On Linux this reads {@code /proc}: the process's start in clock ticks since boot
     * ({@code /proc/self/stat}, field 22) against the time since boot ({@code /proc/uptime}), both on
     * the same clock, to about 10 ms. {@code ProcessHandle.info().startInstant()} is not used there: it
     * adds the boot time, which the kernel keeps in whole seconds, and was seen up to 0.5 s off.
     */
    static long millisSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22 of the whole line
            String uptime = Files.readString(Path.of("/proc/uptime")).split(" ")[0];
            double uptimeMillis = Double.parseDouble(uptime) * 1000;
            return Math.round(uptimeMillis - startTicks * 1000.0 / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException notLinux) {
            return ProcessHandle.current().info().startInstant()
                    .map(start -> Duration.between(start, Instant.now()).toMillis())
                    .orElseGet(() -> ManagementFreeFallback.millisSinceClassInit());
        }
    }

    /**
     * CPU time (user + system, all threads) this process has used so far, in milliseconds, or -1 where
     * {@code /proc} is missing. Printed beside the first frame's time because on a busy machine the
     * wall clock mostly measures the other processes; the CPU time says what the launch itself costs.
     */
    static long cpuMillisSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15: utime, stime
            return Math.round(ticks * 1000.0 / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    /** USER_HZ: 100 on every Linux architecture Java runs on. */
    private static final double CLOCK_TICKS_PER_SECOND = 100;

    /** Last resort: time since this class was initialised (under-reports by the JVM's own start). */
    private static final class ManagementFreeFallback {
        private static final long CLASS_INIT_NANOS = System.nanoTime();

        static long millisSinceClassInit() {
            return Duration.ofNanos(System.nanoTime() - CLASS_INIT_NANOS).toMillis();
        }
    }
}
