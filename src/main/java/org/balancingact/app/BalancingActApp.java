package org.balancingact.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.balancingact.data.Problem;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Timeline;
import org.balancingact.shell.MainWindow;
import org.balancingact.shell.Settings;

/**
 * The JavaFX application: reads the bundled dataset (or {@code --data FILE}) and opens the main window.
 * The command line is parsed by {@link Main}, which hands the {@link Options} over before launching.
 */
public final class BalancingActApp extends Application {
    /** How long {@code --smoke-test} waits for the first frame before it gives up. */
    private static final long SMOKE_TEST_TIMEOUT_MS = 120_000;

    private static volatile Options launchOptions;
    /** The bundled dataset, read on a background thread while the JavaFX toolkit starts. */
    private static volatile CompletableFuture<ReadResult> bundledDataset;

    /** Kept for tools that name this class as the main class; the real entry point is {@link Main}. */
    public static void main(String[] args) {
        Main.main(args);
    }

    /** Starts JavaFX with these options; returns when the last window has closed. */
    static void launch(Options options) {
        launchOptions = options;
        bundledDataset = CompletableFuture.supplyAsync(() -> new TimelineFiles().readBundled());
        // after the dataset on the same worker (two cores: one starts the toolkit), still before start()
        CompletableFuture.runAsync(Settings::preload);
        Application.launch(BalancingActApp.class);
    }

    /** The options this run was started with. */
    public static Options options() {
        Options options = launchOptions;
        return options == null ? Options.NONE : options;
    }

    @Override
    public void init() throws Exception {
        if (launchOptions == null) {
            // launched some other way (for example Application.launch with raw arguments)
            try {
                launchOptions = Options.parse(getParameters().getRaw());
            } catch (Options.UsageException e) {
                Main.usage(e, System.err);
                System.exit(Main.USAGE);
            }
        }
    }

    @Override
    public void start(Stage stage) {
        Options options = options();
        if (options.smokeTest()) {
            startSmokeTestWatchdog();
        }

        Settings settings = Settings.forUser();
        // --lang for this run wins over the language remembered from View > Language
        options.lang().or(() -> settings.language().map(Locale::forLanguageTag)).ifPresent(BalancingActApp::useLanguage);
        // The theme's base stylesheet before the first control exists: otherwise Control's static
        // initialiser loads JavaFX's own Modena stylesheet, which the theme replaces at once (start-up cost).
        Application.setUserAgentStylesheet(settings.theme().baseStylesheet());
        ExplorerState state = new ExplorerState();
        // the timeline in the first frame; the network, quotes and details right after it (issue 18)
        MainWindow window = MainWindow.timelineFirst(state);
        if (options.smokeTest()) {
            exitAfterSmokeTest(stage, window);
        }
        window.setHostServices(getHostServices());
        CompletableFuture<ReadResult> early = bundledDataset;
        ReadResult bundled = early != null ? early.join() : new TimelineFiles().readBundled();
        if (bundled instanceof ReadResult.Loaded loaded) {
            state.setTimeline(loaded.timeline());
        } else if (options.smokeTest()) {
            failSmokeTest("the bundled dataset", bundled);
        }
        Scene scene = new Scene(window.root(), 1280, 800);
        window.style(scene);
        stage.setScene(scene);
        stage.setTitle("Balancing Act");
        // the icons only once the first frame is on screen: decoding three PNGs and scaling them for the
        // window manager took about 3 % of the JavaFX thread before the first frame (issue 18, JFR)
        FirstFrame.whenDrawn(stage, drawn -> showIconsWhenDecoded(stage));
        stage.titleProperty().bind(state.timelineProperty().map(t -> "Balancing Act — " + t.title()));
        WindowBounds.restore(stage);
        if (!options.smokeTest()) {
            WindowBounds.rememberOnClose(stage);
        }
        window.setOnLanguageChosen(locale -> switchLanguage(stage, state, locale, getHostServices()));
        stage.show();
        window.timelineView().requestFocus();
        if (options.data().isPresent()) {
            Path file = options.data().get();
            ReadResult result = window.open(file, options.imports());
            if (options.smokeTest() && !result.isLoaded()) {
                failSmokeTest(file.toString(), result);
            }
        } else if (!options.smokeTest()) {
            // the teacher's own timeline from last time; if it no longer reads, the problems are listed
            // and the bundled dataset stays on screen
            org.balancingact.shell.Settings.forUser().lastFile().ifPresent(window::open);
        }
        options.select().ifPresent(id -> selectById(state, id));
        // timeline (issue 3): --view 2022-02-01..2022-06-01 opens on those days (screenshots, lessons)
        options.view().ifPresent(days -> window.timelineView().setVisibleDays(
                days.from().toEpochDay(), days.to().toEpochDay() + 1));
        options.tour().ifPresent(id -> {
            if (!window.classroom().tours().start(id)) {
                System.err.println("balancing-act: --tour " + id + ": this dataset has no such tour"
                        + tourIds(state.getTimeline()) + ".");
            }
        });
        if (options.present()) {
            window.classroom().presentation().enter();
        }
        // --date 2020-08-15 puts the time cursor there (screenshots, lessons that start at a date)
        options.date().ifPresent(state::setFocusDate);
    }

    /**
     * The window icons are decoded on JavaFX's background image loader, not on the JavaFX thread, and
     * handed to the window manager when all three are ready. Called after the first frame.
     */
    private static void showIconsWhenDecoded(Stage stage) {
        List<Image> icons = new java.util.ArrayList<>();
        for (int size : new int[] {32, 64, 256}) {
            var icon = BalancingActApp.class.getResource("balancing-act-" + size + ".png");
            if (icon != null) {
                icons.add(new Image(icon.toExternalForm(), true));
            }
        }
        Runnable showIfDecoded = () -> {
            if (stage.getIcons().isEmpty() && icons.stream().allMatch(i -> i.getProgress() >= 1 && !i.isError())) {
                stage.getIcons().setAll(icons);
            }
        };
        icons.forEach(i -> i.progressProperty().addListener((obs, was, now) -> showIfDecoded.run()));
        showIfDecoded.run();
    }

    private static String tourIds(Timeline timeline) {
        List<String> ids = timeline.tours().stream().map(t -> t.id()).toList();
        return ids.isEmpty() ? "" : " (its tours: " + String.join(", ", ids) + ")";
    }

    static void useLanguage(Locale locale) {
        Locale supported = Messages.supportedOrEnglish(locale);
        Messages.setLocale(supported);
        Locale.setDefault(supported); // month names on the axis follow the UI language
    }

    /** Rebuilds the window in another language around the same explorer state: no restart, nothing lost. */
    private static void switchLanguage(Stage stage, ExplorerState state, Locale locale, HostServices hostServices) {
        useLanguage(locale);
        Settings.forUser().setLanguage(locale.getLanguage());
        MainWindow rebuilt = MainWindow.rebuildIn(stage.getScene(), state);
        rebuilt.setHostServices(hostServices); // reference links keep opening in the browser
        rebuilt.setOnLanguageChosen(next -> switchLanguage(stage, state, next, hostServices));
        rebuilt.announce(org.balancingact.i18n.Messages.get("status.languageChanged",
                org.balancingact.i18n.Messages.nativeName(org.balancingact.i18n.Messages.locale())));
    }

    /**
     * {@code --smoke-test}: prints when the first frame was drawn (the timeline with its data), then waits
     * for the rest of the window to be built and drawn, and exits. So the smoke test also proves the
     * views built after the first frame, and the image's training run puts their classes in the AOT cache.
     */
    private static void exitAfterSmokeTest(Stage stage, MainWindow window) {
        FirstFrame.whenDrawn(stage, ms -> {
            System.out.println("first-frame-ms: " + ms);
            System.out.println("first-frame-cpu-ms: " + FirstFrame.cpuMillisSinceProcessStart());
            // after the measurement; proves the image's locale data (.ci/run checks it under --lang ru)
            System.out.println("formatted-date: " + HistoricalDate.ofDay(LocalDate.of(2022, 2, 24)).inWords());
            System.out.flush();
            javafx.application.Platform.runLater(() -> {
                window.completeBuild(); // nothing to do if it was built already
                checkAUsersFile();
                org.balancingact.shell.NextFrame.then(stage.getScene(), () -> System.exit(0));
            });
        });
    }

    /**
     * Reads the bundled dataset as if a user had opened it: the whole check, schema included, which the
     * start-up read of the bundled dataset leaves out. It proves the image can check a user's
     * file, and the training run puts the schema validator's classes in the AOT cache for the first
     * File ▸ Open.
     */
    private static void checkAUsersFile() {
        ReadResult result = new TimelineFiles().readBundledAsAUsersFile();
        if (!result.isLoaded()) {
            failSmokeTest("the bundled dataset, read as a user's file", result);
        }
        System.out.println("user-file-check: ok");
        System.out.flush();
    }

    private static void failSmokeTest(String what, ReadResult result) {
        System.err.println("smoke test failed: " + what + " could not be loaded");
        if (result instanceof ReadResult.Failed failed) {
            for (Problem problem : failed.problems()) {
                System.err.println(problem.format());
            }
        }
        System.err.flush();
        System.exit(1);
    }

    private static void startSmokeTestWatchdog() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(SMOKE_TEST_TIMEOUT_MS);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("smoke test failed: no frame was drawn within " + SMOKE_TEST_TIMEOUT_MS / 1000 + " s");
            System.exit(1);
        }, "smoke-test-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Selects whatever has this id: an event, an actor, a relation or a quote. */
    static void selectById(ExplorerState state, String id) {
        Timeline t = state.getTimeline();
        if (t.event(id).isPresent()) {
            state.select(Selection.event(id));
        } else if (t.actor(id).isPresent()) {
            state.select(Selection.actor(id));
        } else if (t.relation(id).isPresent()) {
            state.select(Selection.relation(id));
        } else if (t.quote(id).isPresent()) {
            state.select(Selection.quote(id));
        } else {
            System.err.println("balancing-act: --select " + id + ": no event, actor, relation or quote has this id.");
        }
    }
}
