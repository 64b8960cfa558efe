package org.balancingact.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javafx.scene.Scene;
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
        Random random = new Random(42);
        List<Actor> actors = new ArrayList<>();
        ActorKind[] kinds = ActorKind.values();
        for (int i = 0; i < ACTORS; i++) {
            actors.add(new Actor("a" + i, kinds[i % kinds.length], "Actor " + i, Map.of(), List.of(), "", "", ""));
        }
        List<Relation> relations = new ArrayList<>();
        RelationType[] types = RelationType.values();
        for (int i = 0; i < RELATIONS; i++) {
            int from = (int) Math.min(ACTORS - 1, Math.abs(random.nextGaussian()) * ACTORS / 3);
            int to = random.nextInt(ACTORS);
            if (to == from) {
                to = (to + 1) % ACTORS;
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
    void measure(FxRobot robot) {
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
        robot.interact(() -> {
            view[0].applyCss();
            view[0].layout();
        });
        int edges = ((ActorNetworkSkin) view[0].getSkin()).graph().edgesShownCount();

        double[] update = new double[60];
        robot.interact(() -> {
            for (int i = 0; i < update.length; i++) {
                long t0 = System.nanoTime();
                state.setFocusDate(LocalDate.of(2010, 1, 1).plusMonths(i + 1));
                view[0].applyCss();
                view[0].layout();
                update[i] = ms(t0);
            }
        });
        report("date update, one month forward (relations in force, restyle, re-place; " + edges + " edges at start)", update);

        double[] frames = new double[60];
        robot.interact(() -> {
            for (int i = 0; i < frames.length; i++) {
                long t0 = System.nanoTime();
                if (i % 2 == 0) {
                    view[0].panXProperty().set(view[0].panXProperty().get() + 7);
                } else {
                    ((ActorNetworkSkin) view[0].getSkin()).graph().zoomAbout(640, 400, i % 4 == 1 ? 1.05 : 1 / 1.04);
                }
                view[0].getScene().snapshot(null); // CSS, layout and a full software render of the frame
                frames[i] = ms(t0);
            }
        });
        report("pan/zoom frame (transform change + CSS + layout + render to image, prism sw)", frames);
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
