package org.balancingact.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.balancingact.data.ImportOptions;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TablePreview;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.testing.ImportFiles;
import org.balancingact.timeline.TimelineView;

/**
 * Opening an imported file of N rows or slides, to the timeline's first frame (issue 17: a 100,000-row
 * CSV and a 100,000-slide TimelineJS file within the 1.5 s first-frame target). A documented command,
 * not a test: {@code bench/import-bench.sh}. Run on a quiet machine; the numbers go to docs/PERFORMANCE.md.
 *
 * <p>It does what File ▸ Open does with the file's bytes: the table preview the app makes to decide
 * whether to ask about columns (tables only), then the read, then a {@code TimelineView} of the result
 * in a 1280×760 scene. "First frame" is from the moment the bytes are in memory to the start of the
 * pulse after the one that laid out and drew the fitted view, as in {@link TimelineBenchmark}.
 * Arguments: {@code csv|alerts|timelinejs N [DIR]}; the file is generated into DIR (target/bench-data) once
 * ({@code csv}: a conflict-monitor-like export; {@code alerts}: an air-raid log, read with
 * {@code --columns title=hromada|raion|oblast}).
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args.length > 0 ? args[0] : "csv";
        int n = Integer.parseInt(args.length > 1 ? args[1] : "100000");
        Path dir = Path.of(args.length > 2 ? args[2] : "target/bench-data");
        Files.createDirectories(dir);
        Path file = dir.resolve(switch (kind) {
            case "csv" -> "conflict-" + n + ".csv";
            case "alerts" -> "alerts-" + n + ".csv";
            case "timelinejs" -> "timelinejs-" + n + ".json";
            default -> throw new IllegalArgumentException("csv, alerts or timelinejs, not " + kind);
        });
        if (!Files.exists(file)) {
            String text = switch (kind) {
                case "csv" -> ImportFiles.conflictExport(n, 42, 0, 0);
                case "alerts" -> ImportFiles.airRaidLog(n, 42);
                default -> ImportFiles.timelineJs(n, -1);
            };
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        ImportOptions options = kind.equals("alerts")
                ? ImportOptions.NONE.withColumns(org.balancingact.data.ColumnMapping.parse("title=hromada|raion|oblast"))
                : ImportOptions.NONE;
        byte[] bytes = Files.readAllBytes(file);
        System.gc();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        CountDownLatch done = new CountDownLatch(1);
        TimelineFiles files = new TimelineFiles();
        long t0 = System.nanoTime();
        TimelineBenchmark.cpu0 = TimelineBenchmark.processCpuNanos();
        java.util.Optional<TablePreview> preview = files.previewTable(file.toString(), bytes, options);
        long previewed = System.nanoTime();
        ReadResult result = files.read(file.toString(), bytes, options);
        long read = System.nanoTime();
        if (!(result instanceof ReadResult.Loaded loaded)) {
            System.out.println("not loaded: " + result.problems().subList(0, Math.min(3, result.problems().size())));
            Platform.exit();
            return;
        }
        Platform.runLater(() -> show(kind, n, bytes.length, loaded, preview.isPresent(), t0, previewed, read, done));
        done.await();
        Platform.exit();
    }

    private static void show(String kind, int n, int size, ReadResult.Loaded loaded, boolean table, long t0, long previewed,
                             long read, CountDownLatch done) {
        ExplorerState state = new ExplorerState();
        state.setTimeline(loaded.timeline());
        TimelineView view = new TimelineView(state);
        view.setReduceMotion(true);
        Scene scene = new Scene(view, 1280, 760);
        javafx.application.Application.setUserAgentStylesheet(org.balancingact.shell.Theme.LIGHT.baseStylesheet());
        Stage stage = new Stage();
        stage.setScene(scene);
        view.fitAll();
        stage.show();
        new AnimationTimer() {
            int tick;

            @Override
            public void handle(long now) {
                if (++tick < 2) {
                    return;
                }
                long firstFrame = System.nanoTime();
                long cpu = TimelineBenchmark.processCpuNanos() - TimelineBenchmark.cpu0;
                stop();
                System.gc();
                Runtime rt = Runtime.getRuntime();
                double heapMb = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;
                System.out.printf(Locale.ROOT, "| %s | %,d | %.1f MB | %,d events, %,d left out | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
                        kind, n, size / 1048576.0, loaded.timeline().events().size(), loaded.report().leftOut(),
                        table ? (previewed - t0) / 1e6 : 0.0, (read - previewed) / 1e6, (firstFrame - t0) / 1e6, cpu / 1e6, heapMb);
                stage.hide();
                done.countDown();
            }
        }.start();
    }
}
