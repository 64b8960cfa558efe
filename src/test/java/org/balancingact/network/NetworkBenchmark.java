package org.balancingact.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.balancingact.explore.ExplorerState;
import org.balancingact.model.Actor;
import org.balancingact.model.ActorKind;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Relation;
import org.balancingact.model.RelationType;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The actor network under load: 1,000 actors and 5,000 relations with intervals. Not part of the
 * build (it measures, it does not check); run it with
 * {@code ./mvnw -o test -Dtest=NetworkBenchmark -Dbalancingact.benchmark=true} and read the figures
 * it prints. See docs/PERFORMANCE.md, "Actor network".
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "balancingact.benchmark", matches = "true")
class NetworkBenchmark {
    static final int ACTORS = 1_000;
    static final int RELATIONS = 5_000;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A seeded random network: a few hubs and many small actors, relations lasting months to years. */
    static Timeline synthetic() {
        return synthetic(ACTORS, RELATIONS);
    }

    /** The same kind of network at another size (the zoom test draws a small one). */
    static Timeline synthetic(int actorCount, int relationCount) {
        Random random = new Random(42);
        List<Actor> actors = new ArrayList<>();
        ActorKind[] kinds = ActorKind.values();
        for (int i = 0; i < actorCount; i++) {
            actors.add(new Actor("a" + i, kinds[i % kinds.length], "Actor " + i, Map.of(), List.of(), "", "", ""));
        }
        List<Relation> relations = new ArrayList<>();
        RelationType[] types = RelationType.values();
        for (int i = 0; i < relationCount; i++) {
            int from = (int) Math.min(actorCount - 1, Math.abs(random.nextGaussian()) * actorCount / 3);
            int to = random.nextInt(actorCount);
            if (to == from) {
                to = (to + 1) % actorCount;
            }
            int startYear = 2000 + random.nextInt(22);
            int startMonth = 1 + random.nextInt(12);
            int months = 1 + random.nextInt(60);
            LocalDate end = LocalDate.of(startYear, startMonth, 1).plusMonths(months);
            String when = random.nextInt(10) == 0
                    ? String.format(Locale.ROOT, "%04d-%02d/..", startYear, startMonth)
                    : String.format(Locale.ROOT, "%04d-%02d/%04d-%02d", startYear, startMonth, end.getYear(), end.getMonthValue());
            relations.add(new Relation("r" + i, "a" + from, "a" + to, types[random.nextInt(types.length)],
                    HistoricalDate.parse(when), "", List.of(), "", List.of()));
        }
        return new Timeline("synthetic", "", List.of(), List.of(), actors, relations, List.of(), List.of(), List.of());
    }

    @Test
    void measure(FxRobot robot) throws java.util.concurrent.TimeoutException {
        Timeline timeline = synthetic();
        double[] layout = new double[5];
        for (int i = 0; i < layout.length; i++) {
            long t0 = System.nanoTime();
            NetworkLayout.of(timeline);
            layout[i] = ms(t0);
        }
        report("layout (JGraphT indexed FR, 1,000 actors, 5,000 relations)", layout);

        ExplorerState state = new ExplorerState();
        ActorNetworkView[] view = new ActorNetworkView[1];
        robot.interact(() -> {
            state.setTimeline(timeline);
            state.setFocusDate(LocalDate.of(2010, 1, 1));
            view[0] = new ActorNetworkView(state);
            stage.setScene(new Scene(view[0], 1280, 800));
            stage.show();
        });
        // the layout is computed in the background; the first drawing waits for it
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view[0].getLayout() != null);
        robot.interact(() -> {
            view[0].applyCss();
            view[0].layout();
        });
        int edges = ((ActorNetworkSkin) view[0].getSkin()).graph().edgesShownCount();

        // every frame is read back into this one image: a new 4 MB image per frame would be the benchmark's
        // own garbage, and its collections would land in the timed frames (a real frame allocates none)
        WritableImage frame = new WritableImage(1280, 800);

        // warm the drawing once so the first timed update does not pay for the first render
        robot.interact(() -> view[0].getScene().snapshot(frame));

        // What a user waits for after moving the cursor: the state change, the pulse's CSS pass over the
        // nodes that changed, layout, and the frame drawn (Scene.snapshot runs exactly those passes).
        double[] update = new double[60];
        double[] updateFx = new double[60];
        double[] updateRender = new double[60];
        for (int month = 0; month < update.length; month++) {
            int i = month;
            robot.interact(() -> {
                long t0 = System.nanoTime();
                long f0 = fxCpuNanos();
                long r0 = renderCpuNanos();
                state.setFocusDate(LocalDate.of(2010, 1, 1).plusMonths(i + 1));
                view[0].getScene().snapshot(frame);
                update[i] = ms(t0);
                updateFx[i] = (fxCpuNanos() - f0) / 1e6;
                updateRender[i] = (renderCpuNanos() - r0) / 1e6;
            });
            // as when a user steps month by month: the edges that began or ended finish fading first
            settle(robot, view[0]);
        }
        report("date update, one month forward, to the drawn frame (relations in force, restyle, re-place, render; "
                + edges + " edges at start)", update);
        double[] updateCpu = new double[update.length];
        for (int i = 0; i < update.length; i++) {
            updateCpu[i] = updateFx[i] + updateRender[i];
        }
        report("  CPU time of the FX and render threads together", updateCpu);
        report("  of which CPU time on the FX thread (state, CSS of changed nodes, layout, sync)", updateFx);
        report("  of which CPU time on the render thread (rasterising the frame)", updateRender);

        // the same with the most connected actor selected: every other actor and edge is dimmed
        robot.interact(() -> state.select(org.balancingact.explore.Selection.actor("a0")));
        settle(robot, view[0]);
        double[] selected = new double[30];
        for (int month = 0; month < selected.length; month++) {
            int i = month;
            robot.interact(() -> {
                long c0 = cpuNanos();
                state.setFocusDate(LocalDate.of(2015, 1, 1).plusMonths(i + 1));
                view[0].getScene().snapshot(frame);
                selected[i] = (cpuNanos() - c0) / 1e6;
            });
            settle(robot, view[0]);
        }
        report("date update with an actor selected (the rest dimmed), CPU time of the FX and render threads", selected);
        robot.interact(() -> state.clearSelection());
        settle(robot, view[0]);

        // a frame of the fade that follows a date update: the edges that began or ended drawn half-faded
        double[] fade = new double[30];
        for (int month = 0; month < fade.length; month++) {
            int i = month;
            robot.interact(() -> {
                state.setFocusDate(LocalDate.of(2017, 1, 1).plusMonths(i + 1));
                view[0].getScene().snapshot(frame);
                long c0 = cpuNanos();
                ((ActorNetworkSkin) view[0].getSkin()).graph().fading().forEach(e -> e.fadeProperty().set(0.5));
                view[0].getScene().snapshot(frame);
                fade[i] = (cpuNanos() - c0) / 1e6;
            });
            settle(robot, view[0]);
        }
        report("a frame of the fade after a date update (the edges that began or ended half-faded), CPU time of the FX and render threads", fade);

        double[] frames = new double[60];
        double[] framesCpu = new double[60];
        robot.interact(() -> {
            for (int i = 0; i < frames.length; i++) {
                long t0 = System.nanoTime();
                long c0 = cpuNanos();
                if (i % 2 == 0) {
                    view[0].panXProperty().set(view[0].panXProperty().get() + 7);
                } else {
                    ((ActorNetworkSkin) view[0].getSkin()).graph().zoomAbout(640, 400, i % 4 == 1 ? 1.05 : 1 / 1.04);
                }
                view[0].getScene().snapshot(frame); // CSS, layout and a full software render of the frame
                frames[i] = ms(t0);
                framesCpu[i] = (cpuNanos() - c0) / 1e6;
            }
        });
        report("pan/zoom frame (transform change + CSS + layout + render to image, prism sw)", frames);
        report("  the same, CPU time of the FX and render threads", framesCpu);
        report("  CPU time of the pan frames alone", java.util.stream.IntStream.range(0, frames.length)
                .filter(i -> i % 2 == 0).mapToDouble(i -> framesCpu[i]).toArray());
        report("  CPU time of the zoom frames alone", java.util.stream.IntStream.range(0, frames.length)
                .filter(i -> i % 2 == 1).mapToDouble(i -> framesCpu[i]).toArray());

        // What a user does: a drag pans for many frames in a row, a wheel zooms for many frames in a row. The
        // alternating loop above is the worst case (every pan follows a zoom) and is kept as a reference.
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // the zoom settles: the picture is redrawn sharp by a pulse
        robot.interact(() -> view[0].getScene().snapshot(frame));
        double[] drag = new double[30];
        robot.interact(() -> {
            for (int i = 0; i < drag.length; i++) {
                long c0 = cpuNanos();
                view[0].panXProperty().set(view[0].panXProperty().get() + 7.3);
                view[0].panYProperty().set(view[0].panYProperty().get() - 3.1);
                view[0].getScene().snapshot(frame);
                drag[i] = (cpuNanos() - c0) / 1e6;
            }
        });
        report("drag: 30 pan frames in a row, CPU time of the FX and render threads", drag);
        double[] wheel = new double[30];
        robot.interact(() -> {
            for (int i = 0; i < wheel.length; i++) {
                long c0 = cpuNanos();
                ((ActorNetworkSkin) view[0].getSkin()).graph().zoomAbout(640, 400, i < 15 ? 1.05 : 1 / 1.05);
                view[0].getScene().snapshot(frame);
                wheel[i] = (cpuNanos() - c0) / 1e6;
            }
        });
        report("wheel: 30 zoom frames in a row, CPU time of the FX and render threads", wheel);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);

        // the floor: a snapshot of the same scene with nothing changed (clearing, blitting, reading back)
        double[] still = new double[60];
        robot.interact(() -> {
            for (int i = 0; i < still.length; i++) {
                long c0 = cpuNanos();
                view[0].getScene().snapshot(frame);
                still[i] = (cpuNanos() - c0) / 1e6;
            }
        });
        report("  reference: snapshot of the unchanged scene, CPU time", still);

        // and of an empty scene of the same size: what Scene.snapshot costs before anything is drawn
        double[] empty = new double[60];
        robot.interact(() -> {
            Scene blank = new Scene(new javafx.scene.layout.Region(), 1280, 800);
            for (int i = 0; i < empty.length; i++) {
                long c0 = cpuNanos();
                blank.snapshot(frame);
                empty[i] = (cpuNanos() - c0) / 1e6;
            }
        });
        report("  reference: snapshot of an empty 1280x800 scene, CPU time", empty);
    }

    /**
     * Waits until the edges that began or ended have faded and the last frame of the fade is drawn, so
     * that its drawing does not run into the next measurement on the render thread.
     */
    private static void settle(FxRobot robot, ActorNetworkView view) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            boolean[] fading = {true};
            robot.interact(() -> fading[0] = !((ActorNetworkSkin) view.getSkin()).graph().fading().isEmpty());
            return !fading[0];
        });
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
    }

    /**
     * CPU time of the calling (FX) thread plus JavaFX's render thread, which draws a snapshot: unlike
     * wall-clock time it does not grow when other processes take the machine's two cores.
     */
    private static long cpuNanos() {
        return fxCpuNanos() + renderCpuNanos();
    }

    /** CPU time of the calling thread (the FX thread in the loops). */
    private static long fxCpuNanos() {
        return threadCpu(null);
    }

    /** CPU time of JavaFX's render thread, which rasterises a snapshot while the FX thread waits. */
    private static long renderCpuNanos() {
        long total = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                total += threadCpu(t);
            }
        }
        return total;
    }

    private static long threadCpu(Thread thread) {
        // java.management through reflection: the test is compiled into the product module, which does not read it
        try {
            Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
            Class<?> type = Class.forName("java.lang.management.ThreadMXBean");
            return thread == null ? (long) type.getMethod("getCurrentThreadCpuTime").invoke(threads)
                    : (long) type.getMethod("getThreadCpuTime", long.class).invoke(threads, thread.getId());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void report(String what, double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        System.out.printf(Locale.ROOT, "BENCH %s: n=%d median=%.1f ms p95=%.1f ms min=%.1f ms max=%.1f ms%n",
                what, samples.length, median, p95, sorted[0], sorted[sorted.length - 1]);
    }
}
