package org.balancingact.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.balancingact.data.ReadResult;
import org.balancingact.data.SyntheticTimelines;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.timeline.TimelineView;

/**
 * The timeline benchmark mirroring shared/bench/vis-timeline (a documented command, not a test):
 * {@code bench/timeline-bench.sh}. For one N: time from opening the synthetic file to the first frame
 * of the fitted view, heap after load, then the harness' 20 zoom and 20 pan windows, each applied at
 * the start of a pulse; "layout" is until that pulse's layout (all canvas drawing included) is done,
 * "frame" until the next pulse starts, which waits for the render of the new picture.
 * Run with {@code -Djavafx.animation.fullspeed=true} so pulses are not held to 60 Hz.
 */
public final class TimelineBenchmark {
    static final String[] ZOOM = {
        "2000-07-01T00:00:00Z 2014-11-24T14:24:00Z", "1996-04-19T09:36:00Z 2019-05-04T18:14:24Z",
        "2003-01-07T03:50:24Z 2012-03-26T07:17:45Z", "2000-04-30T15:44:38Z 2015-01-28T11:40:24Z",
        "2004-08-18T01:29:51Z 2010-07-12T09:28:09Z", "2002-11-28T21:35:46Z 2012-05-06T19:57:03Z",
        "2005-08-29T23:02:18Z 2009-06-08T17:34:49Z", "2004-07-23T22:27:41Z 2010-08-07T23:19:43Z",
        "2006-04-28T04:11:04Z 2008-09-26T14:07:53Z", "2005-08-13T21:05:43Z 2009-06-25T17:48:37Z",
        "2006-09-29T13:14:17Z 2008-04-16T07:07:26Z", "2006-04-17T21:10:51Z 2008-10-07T11:23:55Z",
        "2007-01-06T08:28:20Z 2008-01-02T18:57:34Z", "2006-09-22T23:09:21Z 2008-04-23T06:20:06Z",
        "2007-03-10T14:03:44Z 2007-10-27T21:44:02Z", "2007-01-02T03:17:59Z 2008-01-07T05:58:28Z",
        "2007-04-20T01:19:11Z 2007-09-15T02:23:23Z", "2007-03-07T21:18:42Z 2007-10-30T18:13:25Z",
        "2007-05-15T22:55:29Z 2007-08-18T16:53:22Z", "2007-04-18T07:52:46Z 2007-09-16T22:13:23Z",
    };

    private TimelineBenchmark() {
    }

    static double day(String instant) {
        return Instant.parse(instant).getEpochSecond() / 86400.0;
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args.length > 0 ? args[0] : "1000");
        Path dir = Path.of(args.length > 1 ? args[1] : "target/bench-data");
        Path file = dir.resolve("events-" + n + ".json");
        if (!Files.exists(file)) {
            SyntheticTimelines.write(n, 42, file);
        }
        System.gc();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        long t0 = System.nanoTime();
        cpu0 = processCpuNanos();
        // opening a file: read it (the app does this off the FX thread too), then show it
        ReadResult result = new TimelineFiles().read(file);
        long read = System.nanoTime();
        Platform.runLater(() -> run(n, t0, read, result, done));
        done.await();
        Platform.exit();
    }

    private static void run(int n, long t0, long read, ReadResult result, CountDownLatch done) {
        ExplorerState state = new ExplorerState();
        state.setTimeline(((ReadResult.Loaded) result).timeline());
        TimelineView view = new TimelineView(state);
        view.setReduceMotion(true);
        Scene scene = new Scene(view, 1280, 760);
        javafx.application.Application.setUserAgentStylesheet(org.balancingact.shell.Theme.LIGHT.baseStylesheet());
        Stage stage = new Stage();
        stage.setScene(scene);
        view.fitAll();
        stage.show();
        List<double[]> steps = new ArrayList<>();
        for (String w : ZOOM) {
            String[] p = w.split(" ");
            steps.add(new double[] {day(p[0]), day(p[1])});
        }
        double panStart = day("2005-01-01T00:00:00Z");
        double panEnd = day("2007-01-01T00:00:00Z");
        for (int i = 1; i <= 20; i++) {
            steps.add(new double[] {panStart + 146 * i, panEnd + 146 * i});
        }
        double[] layoutMs = new double[steps.size()];
        double[] fxCpuMs = new double[steps.size()];
        double[] renderCpuMs = new double[steps.size()];
        Cpu threads = new Cpu();
        long[] cpuStart = new long[2];
        long[] layoutCpu = new long[1];
        double[] frameMs = new double[steps.size()];
        long[] stepStart = new long[1];
        long[] layoutDone = new long[1];
        scene.addPostLayoutPulseListener(() -> {
            layoutDone[0] = System.nanoTime();
            layoutCpu[0] = threads.getCurrentThreadCpuTime();
        });
        // the script: the untimed zoom start, 20 timed zoom steps, the untimed pan start, 20 timed pan steps
        List<double[]> script = new ArrayList<>();
        script.add(new double[] {day("1990-01-01T00:00:00Z"), day("2026-01-01T00:00:00Z"), -1});
        for (int i = 0; i < 20; i++) {
            script.add(new double[] {steps.get(i)[0], steps.get(i)[1], i});
        }
        script.add(new double[] {panStart, panEnd, -1});
        for (int i = 20; i < 40; i++) {
            script.add(new double[] {steps.get(i)[0], steps.get(i)[1], i});
        }
        // -Dbench.repeat=K plays the script K times (for a profiler: more samples); the figures are the last play's
        List<double[]> once = List.copyOf(script);
        for (int k = 1; k < Integer.getInteger("bench.repeat", 1); k++) {
            script.addAll(0, once);
        }
        new AnimationTimer() {
            int tick;
            long firstFrame;
            long firstFrameCpu;
            double heapMb;

            @Override
            public void handle(long now) {
                tick++;
                if (tick == 2) {
                    // the pulse that laid out and drew the first picture is over and rendered
                    firstFrame = System.nanoTime();
                    firstFrameCpu = processCpuNanos() - cpu0;
                    if (Boolean.getBoolean("bench.verbose")) {
                        System.out.println("first frame at " + java.time.LocalTime.now());
                    }
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    heapMb = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
                    return;
                }
                if (tick < 5) {
                    return;
                }
                int op = (tick - 5) / 3;
                int phase = (tick - 5) % 3; // 0: apply, 1: the next frame has begun, 2: idle
                if (op >= script.size()) {
                    stop();
                    report(n, t0, read, firstFrame, heapMb, layoutMs, frameMs);
                    System.out.printf(Locale.ROOT, "cpu | %,d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                            n, firstFrameCpu / 1e6,
                            median(Arrays.copyOfRange(fxCpuMs, 0, 20)), p95(Arrays.copyOfRange(fxCpuMs, 0, 20)),
                            median(Arrays.copyOfRange(renderCpuMs, 0, 20)), p95(Arrays.copyOfRange(renderCpuMs, 0, 20)),
                            median(Arrays.copyOfRange(fxCpuMs, 20, 40)), p95(Arrays.copyOfRange(fxCpuMs, 20, 40)),
                            median(Arrays.copyOfRange(renderCpuMs, 20, 40)), p95(Arrays.copyOfRange(renderCpuMs, 20, 40)));
                    if (Boolean.getBoolean("bench.verbose")) {
                        System.out.println("layout ms by step:    " + Arrays.toString(round(layoutMs)));
                        System.out.println("FX CPU ms by step:    " + Arrays.toString(round(fxCpuMs)));
                        System.out.println("render CPU ms by step: " + Arrays.toString(round(renderCpuMs)));
                    }
                    stage.hide();
                    done.countDown();
                    return;
                }
                double[] at = script.get(op);
                int timed = (int) at[2];
                if (phase == 0) {
                    if (Boolean.getBoolean("bench.verbose") && timed >= 0) {
                        // printed before the step's clocks start, so that the printing is not measured;
                        // System.nanoTime() lines up with -Xlog's "timenanos" decoration (JIT, GC)
                        System.out.println("step " + timed + " at " + java.time.LocalTime.now() + " nanos " + System.nanoTime());
                    }
                    cpuStart[0] = threads.getCurrentThreadCpuTime();
                    cpuStart[1] = renderThreadCpu(threads);
                    stepStart[0] = System.nanoTime();
                    view.setVisibleDays(at[0], at[1]);
                } else if (phase == 1 && timed >= 0) {
                    frameMs[timed] = (System.nanoTime() - stepStart[0]) / 1e6;
                    layoutMs[timed] = (layoutDone[0] - stepStart[0]) / 1e6;
                    fxCpuMs[timed] = (layoutCpu[0] - cpuStart[0]) / 1e6;
                    renderCpuMs[timed] = (renderThreadCpu(threads) - cpuStart[1]) / 1e6;
                }
            }
        }.start();
    }

    static long cpu0;

    /** CPU time of the whole process (all threads, GC and JIT included): the work, whatever the load. */
    static long processCpuNanos() {
        try {
            Object os = Class.forName("java.lang.management.ManagementFactory").getMethod("getOperatingSystemMXBean")
                    .invoke(null);
            return (long) Class.forName("com.sun.management.OperatingSystemMXBean").getMethod("getProcessCpuTime")
                    .invoke(os);
        } catch (ReflectiveOperationException e) {
            return 0;
        }
    }

    /**
     * Thread CPU times through java.management, reached by reflection: the benchmark runs on the class
     * path, but it is compiled inside the product module, which does not read java.management.
     */
    static final class Cpu {
        private final Object bean;
        private final java.lang.reflect.Method current;
        private final java.lang.reflect.Method ofThread;

        Cpu() {
            try {
                bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
                Class<?> type = Class.forName("java.lang.management.ThreadMXBean");
                current = type.getMethod("getCurrentThreadCpuTime");
                ofThread = type.getMethod("getThreadCpuTime", long.class);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        long getCurrentThreadCpuTime() {
            try {
                return (long) current.invoke(bean);
            } catch (ReflectiveOperationException e) {
                return 0;
            }
        }

        long getThreadCpuTime(long id) {
            try {
                return (long) ofThread.invoke(bean, id);
            } catch (ReflectiveOperationException e) {
                return 0;
            }
        }
    }

    /** CPU time of JavaFX' render thread, where the canvas commands become pixels. */
    static long renderThreadCpu(Cpu threads) {
        if (renderThread < 0) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("QuantumRenderer")) {
                    renderThread = t.getId();
                }
            }
        }
        return renderThread < 0 ? 0 : threads.getThreadCpuTime(renderThread);
    }

    static long renderThread = -1;

    private static void report(int n, long t0, long read, long firstFrame, double heapMb, double[] layoutMs,
                               double[] frameMs) {
        double[] zl = Arrays.copyOfRange(layoutMs, 0, 20);
        double[] zf = Arrays.copyOfRange(frameMs, 0, 20);
        double[] pl = Arrays.copyOfRange(layoutMs, 20, 40);
        double[] pf = Arrays.copyOfRange(frameMs, 20, 40);
        System.out.printf(Locale.ROOT, "| %,d | %.0f | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f |%n",
                n, (read - t0) / 1e6, (firstFrame - t0) / 1e6,
                median(zl), p95(zl), median(zf), p95(zf), median(pl), p95(pl), median(pf), p95(pf), heapMb);
        System.out.println("zoom frame ms by step: " + Arrays.toString(round(zf)));
        System.out.println("pan frame ms by step:  " + Arrays.toString(round(pf)));
    }

    static double[] round(double[] v) {
        return Arrays.stream(v).map(x -> Math.round(x * 10) / 10.0).toArray();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return (s[(s.length - 1) / 2] + s[s.length / 2]) / 2;
    }

    /** Nearest rank, as the vis-timeline harness: the 19th of 20. */
    static double p95(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(0.95 * s.length) - 1];
    }
}
