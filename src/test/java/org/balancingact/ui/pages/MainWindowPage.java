package org.balancingact.ui.pages;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.shell.MainWindow;
import org.testfx.api.FxRobot;

/**
 * The whole window with the bundled dataset, as a student opens it, and its views as page objects.
 * A test reads like a user story: {@code window.timeline().clickEvent("invasion")}.
 */
public final class MainWindowPage {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;
    private final FxRobot robot;
    private final MainWindow window;

    private MainWindowPage(FxRobot robot, MainWindow window) {
        this.robot = robot;
        this.window = window;
    }

    /**
     * Builds the real main window on {@code stage} with the bundled dataset, as the app does: the timeline
     * first, the views below it right after the first frame. Call from a TestFX {@code @Start}; a test
     * then reaches the window through {@link #of}, which waits for those views.
     */
    public static MainWindow open(Stage stage) {
        return open(stage, WIDTH, HEIGHT);
    }

    /** The same, with a scene of {@code width} × {@code height} (the sizes a class meets). */
    public static MainWindow open(Stage stage, double width, double height) {
        // popups (search results) left open by an earlier test must not catch this test's clicks
        javafx.stage.Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow).toList()
                .forEach(javafx.stage.Window::hide);
        ExplorerState state = new ExplorerState();
        MainWindow window = MainWindow.timelineFirst(state);
        ReadResult bundled = new TimelineFiles().readBundled();
        state.setTimeline(((ReadResult.Loaded) bundled).timeline());
        Scene scene = new Scene(window.root(), width, height);
        window.style(scene);
        window.timelineView().setReduceMotion(true); // transitions off: a test sees the end state at once
        stage.setFullScreen(false); // an earlier test may have left the shared stage presenting
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        return window;
    }

    /** The window as a test sees it: once the views built after the first frame are there and laid out. */
    public static MainWindowPage of(FxRobot robot, MainWindow window) {
        awaitComplete(window);
        return new MainWindowPage(robot, window);
    }

    /**
     * Waits (not on the FX thread) until a window opened {@linkplain MainWindow#timelineFirst timeline
     * first} has built the views below the timeline, and until the pulses that style and lay them out
     * have run. Returns at once for a window that is complete.
     */
    public static void awaitComplete(MainWindow window) {
        if (window.isComplete()) {
            return;
        }
        try {
            // the window's own first frames, then one task on the FX thread: no clock, only its events
            org.testfx.util.WaitForAsyncUtils.waitFor(COMPLETE_TIMEOUT_S, java.util.concurrent.TimeUnit.SECONDS, window::isComplete);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the network, quotes and details were not built within " + COMPLETE_TIMEOUT_S
                    + " s of the window showing", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // the later views styled and laid out now, whether or not a pulse ran since they were added
        org.testfx.util.WaitForAsyncUtils.waitFor(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            window.root().applyCss();
            window.root().layout();
        }));
    }

    /** Only a window that never shows waits this long; a shown one is complete within a few pulses. */
    private static final long COMPLETE_TIMEOUT_S = 60;

    public TimelinePage timeline() {
        return new TimelinePage(robot);
    }

    public NetworkPage network() {
        return new NetworkPage(robot);
    }

    public QuotePanelPage quotes() {
        return new QuotePanelPage(robot);
    }

    public org.balancingact.shell.Classroom classroom() {
        return window.classroom();
    }

    /** Whether the menu bar and toolbar are on screen (presentation mode hides them). */
    public boolean chromeShown() {
        return robot.lookup("#menu-bar").tryQuery().map(n -> n.getScene() != null).orElse(false);
    }

    /** "3 / 14" as the stage shows it while a tour plays; empty otherwise. */
    public String tourProgress() {
        return stage().progress();
    }

    /** The stage: what presenting shows instead of the workbench. */
    public StagePage stage() {
        return new StagePage(robot, window);
    }

    public SearchPage search() {
        return new SearchPage(robot);
    }

    public FilterPage filters() {
        return new FilterPage(robot);
    }

    public MainWindow window() {
        return window;
    }

    /** Whether a view (or any part with this stable id, e.g. "#quote-panel") is in the window. */
    public boolean has(String cssId) {
        return robot.lookup(cssId).tryQuery().isPresent();
    }

    /** The key quote the stage shows for the current step. */
    public String tourQuote() {
        return stage().quote();
    }

    /** Clicks a toolbar button by its id ("tool-back", "tool-forward", ...). */
    public MainWindowPage clickTool(String id) {
        robot.clickOn("#" + id);
        return this;
    }

    public boolean isToolDisabled(String id) {
        return robot.lookup("#" + id).query().isDisabled();
    }

    public ExplorerState state() {
        return window.state();
    }

    public Selection selection() {
        return window.state().getSelection();
    }

    public String detailsTitle() {
        return robot.lookup("#details-title").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    public String detailsDate() {
        return robot.lookup("#details-date").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    /** Opens a file as File ▸ Open does once a file is chosen. */
    public ReadResult openFile(Path file) {
        ReadResult[] result = new ReadResult[1];
        robot.interact(() -> result[0] = window.open(file));
        return result[0];
    }

    /**
     * Opens a table whose columns the app is not sure of, as File ▸ Open does: the column dialog is left
     * open for the test to answer (the dialog waits for the user, so it is opened after this returns).
     */
    public ColumnDialogPage openFileAsking(Path file) {
        return startOpening(() -> window.open(file));
    }

    /** The columns dialog opened again from the problems panel ("Choose columns…"). */
    public ColumnDialogPage chooseColumnsAgain() {
        javafx.scene.control.Button button = robot.lookup("#problems-columns").query();
        java.util.concurrent.atomic.AtomicReference<ReadResult> result = new java.util.concurrent.atomic.AtomicReference<>();
        javafx.application.Platform.runLater(button::fire);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return new ColumnDialogPage(robot, result);
    }

    private ColumnDialogPage startOpening(java.util.function.Supplier<ReadResult> open) {
        java.util.concurrent.atomic.AtomicReference<ReadResult> result = new java.util.concurrent.atomic.AtomicReference<>();
        javafx.application.Platform.runLater(() -> result.set(open.get()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return new ColumnDialogPage(robot, result);
    }

    /** Opens a file with what a command line said about it ({@code --columns}, {@code --encoding}...). */
    public ReadResult openFile(Path file, org.balancingact.data.ImportOptions options) {
        ReadResult[] result = new ReadResult[1];
        robot.interact(() -> result[0] = window.open(file, options));
        return result[0];
    }

    /** Drops files on the window, as a user drags them there from a file manager; true if one opened. */
    public boolean dropFiles(Path... files) {
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.openDropped(java.util.Arrays.stream(files).map(Path::toFile).toList()));
        return opened[0];
    }

    /** Reads the open file again, as the file watcher does when the file changes on disk. */
    public ReadResult reload() {
        ReadResult[] result = new ReadResult[1];
        robot.interact(() -> result[0] = window.reload());
        return result[0];
    }

    /** Exports what is shown as TimelineJS JSON; empty = done, else the reason shown to the user. */
    public java.util.Optional<String> exportTimelineJs(Path target) {
        @SuppressWarnings("unchecked")
        java.util.Optional<String>[] result = new java.util.Optional[1];
        robot.interact(() -> result[0] = window.exportTimelineJs(target));
        return result[0];
    }

    public ProblemsPage problems() {
        return new ProblemsPage(robot);
    }

    /** The problems list of the docked problems panel (empty when nothing failed), or null. */
    @SuppressWarnings("unchecked")
    public ListView<Object> problemsList() {
        return robot.lookup("#problems").tryQuery().map(n -> (ListView<Object>) n).orElse(null);
    }

    public void closeDialogs() {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() != null).toList()
                .forEach(javafx.stage.Window::hide));
    }

    public void select(Selection selection) {
        robot.interact(() -> window.state().select(selection));
    }
}
