package org.balancingact.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.shell.MainWindow;

/** The explorer's entry point: reads the bundled dataset (or {@code --data FILE}) and opens the main window. */
public final class BalancingActApp extends Application {

    public static void main(String[] args) {
        launch(BalancingActApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        org.balancingact.shell.Settings settings = org.balancingact.shell.Settings.forUser();
        settings.language().map(java.util.Locale::forLanguageTag).ifPresent(BalancingActApp::useLanguage);
        ExplorerState state = new ExplorerState();
        MainWindow window = new MainWindow(state);
        window.setHostServices(getHostServices());
        ReadResult bundled = new TimelineFiles().readBundled();
        if (bundled instanceof ReadResult.Loaded loaded) {
            state.setTimeline(loaded.timeline());
        }
        Scene scene = new Scene(window.root(), 1280, 800);
        window.style(scene);
        stage.setScene(scene);
        stage.setTitle("Balancing Act");
        stage.titleProperty().bind(state.timelineProperty().map(t -> "Balancing Act — " + t.title()));
        WindowBounds.restore(stage);
        WindowBounds.rememberOnClose(stage);
        window.setOnLanguageChosen(locale -> switchLanguage(stage, state, locale));
        stage.show();
        window.timelineView().requestFocus();
        argument(args, "--data").map(Path::of).ifPresent(window::open);
        argument(args, "--select").ifPresent(id -> selectById(state, id));
        // timeline (issue 3): --view 2022-02-01..2022-06-01 opens on those days (screenshots, lessons)
        argument(args, "--view").map(v -> v.split("\\.\\.")).filter(p -> p.length == 2).ifPresent(p ->
                window.timelineView().setVisibleDays(java.time.LocalDate.parse(p[0]).toEpochDay(),
                        java.time.LocalDate.parse(p[1]).toEpochDay() + 1));
        // --date 2020-08-15 puts the time cursor there (screenshots, lessons that start at a date)
        argument(args, "--date").map(java.time.LocalDate::parse).ifPresent(state::setFocusDate);
    }

    static void useLanguage(java.util.Locale locale) {
        java.util.Locale supported = org.balancingact.i18n.Messages.supportedOrEnglish(locale);
        org.balancingact.i18n.Messages.setLocale(supported);
        java.util.Locale.setDefault(supported); // month names on the axis follow the UI language
    }

    /** Rebuilds the window in another language around the same explorer state: no restart, nothing lost. */
    private static void switchLanguage(Stage stage, ExplorerState state, java.util.Locale locale) {
        useLanguage(locale);
        org.balancingact.shell.Settings.forUser().setLanguage(locale.getLanguage());
        MainWindow rebuilt = new MainWindow(state);
        stage.getScene().setRoot(rebuilt.root());
        rebuilt.style(stage.getScene());
        rebuilt.setOnLanguageChosen(next -> switchLanguage(stage, state, next));
    }

    /** Selects whatever has this id: an event, an actor, a relation or a quote. */
    static void selectById(ExplorerState state, String id) {
        org.balancingact.model.Timeline t = state.getTimeline();
        if (t.event(id).isPresent()) {
            state.select(org.balancingact.explore.Selection.event(id));
        } else if (t.actor(id).isPresent()) {
            state.select(org.balancingact.explore.Selection.actor(id));
        } else if (t.relation(id).isPresent()) {
            state.select(org.balancingact.explore.Selection.relation(id));
        } else if (t.quote(id).isPresent()) {
            state.select(org.balancingact.explore.Selection.quote(id));
        }
    }

    private static java.util.Optional<String> argument(List<String> args, String name) {
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals(name)) {
                return java.util.Optional.of(args.get(i + 1));
            }
        }
        return java.util.Optional.empty();
    }

}
