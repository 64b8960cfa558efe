package org.balancingact.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.explore.ExplorerState;
import org.balancingact.i18n.Messages;
import org.balancingact.timeline.TimelineView;

/**
 * The main window's content: menus and toolbar on top, the timeline across the width, the network,
 * the quotes and the details below it, a status bar at the bottom. Everything talks through one
 * {@link ExplorerState}.
 * <p>
 * The app opens it {@linkplain #timelineFirst timeline first}: the first frame shows the menus, the
 * toolbar and the timeline, and the part below the timeline ({@link LowerViews}) is built right after
 * that frame is drawn, in its place (issue 18). {@link #MainWindow(ExplorerState)} builds it all at once.
 */
public final class MainWindow {
    private final ExplorerState state;
    private final TimelineFiles files = new TimelineFiles();
    private final BorderPane root = new BorderPane();
    private final TimelineView timeline;
    /** Where the network, the quotes and the details go: empty, the same size, until they are built. */
    private final StackPane lowerSlot = new StackPane();
    /** The network, quotes and details; null until {@link #completeBuild()}. */
    private LowerViews lower;
    private volatile boolean complete;
    private LinkOpener links;
    private final javafx.scene.control.CheckMenuItem reduceMotion;
    /** Keeps the first-frame watch of {@link #timelineFirst} while the window lives. */
    private AfterFirstFrame afterFirstFrame;
    private final StatusLine status;
    private final SearchBar search;
    /** Built when first shown (Filters toggle): its ControlsFX lists cost start-up time otherwise. */
    private FilterPanel filters;
    private final Breadcrumb breadcrumb;
    private final Classroom classroom;
    private final Settings settings = Settings.forUser();
    private Consumer<Path> onOpened = p -> { };
    private Consumer<java.util.Locale> onLanguageChosen = l -> { };
    private final javafx.scene.control.ToggleButton filtersToggle = new javafx.scene.control.ToggleButton();
    // issue 8: files (open, drop, recent, reload on change, export) and the docked problems panel
    private final ProblemsPanel problems = new ProblemsPanel();
    private final FileActions fileActions;

    /** Built when first shown (List toggle), not in front of the first frame. */
    private org.balancingact.timeline.EventListView eventList;
    private final SplitPane timelineRow;

    /**
     * The whole window at once, the views below the timeline included: what a language switch builds
     * (the window is on screen already) and what a test lays out without showing it.
     */
    public MainWindow(ExplorerState state) {
        this(state, true);
    }

    /**
     * The window as the app opens it: the menus, the toolbar and the timeline now; the network, the quotes
     * and the details right after the first frame that shows it has been drawn (their place stays empty
     * until then, so nothing moves). Everything a user or the command line does meanwhile goes to the
     * explorer state, which the later views read when they are made.
     */
    public static MainWindow timelineFirst(ExplorerState state) {
        MainWindow window = new MainWindow(state, false);
        window.afterFirstFrame = AfterFirstFrame.run(window.root, window::completeBuild);
        return window;
    }

    private MainWindow(ExplorerState state, boolean whole) {
        this.state = Objects.requireNonNull(state, "state");
        timeline = new TimelineView(state);
        status = new StatusLine(state);
        search = new SearchBar(state);
        breadcrumb = new Breadcrumb(state);
        links = new LinkOpener(url -> status.say(Messages.get("status.noBrowser", url)),
                LinkOpener.askInDialog(() -> root.getScene() == null ? null : root.getScene().getWindow()));
        fileActions = new FileActions(state, files, problems, status::say, RecentFiles.ofUser());
        root.setId("main-window");
        root.getStyleClass().add("main-window");

        // ---- timeline (issue 3): the chronological list beside it, shown by the "List" toggle ----
        timelineRow = new SplitPane(timeline);
        lowerSlot.getStyleClass().add("lower-views");
        SplitPane main = new SplitPane(timelineRow, lowerSlot);
        main.setOrientation(Orientation.VERTICAL);
        new ViewShares(main); // follows the window's height until the user drags the divider

        VBox chrome = new VBox();
        // presenting shows a stage of its own in this window instead of all this (present.PresentationMode)
        classroom = new Classroom(root, state, this::exportableView, settings);
        reduceMotion = reduceMotionItem();
        // the menu bar, the toolbar and the search field share a row when the window is wide enough
        new ChromeRows(chrome, new MainMenus(state, timeline, fileActions, root, locale -> onLanguageChosen.accept(locale))
                .bar(reduceMotion, classroom.menu()), toolbar(), search, breadcrumb);
        root.setTop(chrome);
        installHistoryKeys();
        installSearchKey();
        root.setCenter(main);
        root.setBottom(new VBox(problems, status));
        fileActions.acceptDroppedFiles(root);
        if (whole) {
            completeBuild();
        }
    }

    /**
     * Builds the network, the quotes and the details into their place, if they are not there yet. The
     * window built {@linkplain #timelineFirst timeline first} calls it after its first frame; call it
     * sooner to have them now. FX thread.
     */
    public void completeBuild() {
        if (lower != null) {
            return;
        }
        lower = new LowerViews(state, links, reduceMotion.selectedProperty());
        lowerSlot.getChildren().setAll(lower.node());
        complete = true;
    }

    /** Whether the views below the timeline have been built (readable from any thread). */
    public boolean isComplete() {
        return complete;
    }

    /** A view by its English name, for Present ▸ Export picture; builds the lower views if they are not yet. */
    private javafx.scene.Node exportableView(String name) {
        if ("Timeline".equals(name)) {
            return timeline;
        }
        completeBuild();
        return "Network".equals(name) ? lower.network() : lower.quotes();
    }

    /**
     * Applies the app's looks to a scene: our stylesheet, then the theme (AtlantaFX's Primer base for
     * the standard controls plus the theme's colour tokens for our views).
     */
    public void style(Scene scene) {
        String app = MainWindow.class.getResource("app.css").toExternalForm();
        if (!scene.getStylesheets().contains(app)) {
            scene.getStylesheets().add(0, app);
        }
        classroom.applyTheme(classroom.theme());
    }

    /** Links in the details open in the system browser through these host services, after the user confirms. */
    public void setHostServices(javafx.application.HostServices hostServices) {
        setLinkOpener(new LinkOpener(hostServices::showDocument,
                LinkOpener.askInDialog(() -> root.getScene() == null ? null : root.getScene().getWindow())));
    }

    /** Replaces how reference links are opened (tests pass a recorder instead of the browser). */
    public void setLinkOpener(LinkOpener opener) {
        links = Objects.requireNonNull(opener, "opener");
        if (lower != null) {
            lower.details().setLinkOpener(opener);
        }
    }

    /** Shows or hides the filter panel at the left. */
    public void showFilters(boolean show) {
        filtersToggle.setSelected(show);
    }

    /** Ctrl+F (Cmd+F) from anywhere in the window puts the caret in the search field. */
    private void installSearchKey() {
        KeyCodeCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (find.match(e)) {
                search.focus();
                e.consume();
            }
        });
    }

    /**
     * Builds a new main window around the same explorer state and puts it in the scene: what
     * View ▸ Language does once the new language is set, so selection, filter and zoom stay.
     */
    public static MainWindow rebuildIn(Scene scene, ExplorerState state) {
        MainWindow rebuilt = new MainWindow(state);
        scene.setRoot(rebuilt.root());
        rebuilt.style(scene);
        return rebuilt;
    }

    /** A short message in the status bar (it clears itself after a few seconds). */
    public void announce(String message) {
        status.say(message);
    }

    public Parent root() {
        return root;
    }

    public ExplorerState state() {
        return state;
    }

    /** Presentation mode, tours, spotlight, type scale, themes and exports. */
    public Classroom classroom() {
        return classroom;
    }

    public TimelineView timelineView() {
        return timeline;
    }

    /** Called when the user picks another UI language; the app rebuilds the window in it. */
    public void setOnLanguageChosen(Consumer<java.util.Locale> onLanguageChosen) {
        this.onLanguageChosen = Objects.requireNonNull(onLanguageChosen);
    }

    /** Called with the path of every file opened successfully (the app remembers the last one). */
    public void setOnOpened(Consumer<Path> onOpened) {
        fileActions.setOnOpened(onOpened);
    }

    /**
     * Opens a file. On success it replaces what is shown; on failure the problems are listed and the
     * dataset on screen stays exactly as it was.
     */
    public ReadResult open(Path file) {
        return fileActions.open(file);
    }

    /**
     * Opens a file with what the command line said about it ({@code --columns}, {@code --encoding},
     * {@code --date-format}); a table whose columns are still unsure is asked about in a dialog.
     */
    public ReadResult open(Path file, org.balancingact.data.ImportOptions options) {
        return fileActions.open(file, options);
    }

    /**
     * What dropping files on the window does (its drag-and-drop handler calls the same): the first file
     * opens as with {@link #open}; true if it opened.
     */
    public boolean openDropped(java.util.List<java.io.File> dropped) {
        return fileActions.openDropped(dropped);
    }

    /**
     * Reads the open file again, as the file watcher does when it changes on disk: on success the
     * selection stays if its id still exists; on failure the problems are listed and nothing else changes.
     */
    public ReadResult reload() {
        return fileActions.reload();
    }

    /** Writes what is shown as TimelineJS JSON (atomically; never over the open dataset). Empty = done. */
    public java.util.Optional<String> exportTimelineJs(Path target) {
        return fileActions.exportTimelineJs(target);
    }

    /**
     * Alt+Left/Right and the mouse's back/forward buttons walk the selection history from anywhere in
     * the window. A filter, because the menu bar takes Alt for its mnemonics before accelerators run.
     */
    private void installHistoryKeys() {
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && !e.isShortcutDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
                if (e.getCode() == KeyCode.LEFT) {
                    state.back();
                } else {
                    state.forward();
                }
                e.consume();
            }
        });
        root.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.BACK) {
                state.back();
                e.consume();
            } else if (e.getButton() == javafx.scene.input.MouseButton.FORWARD) {
                state.forward();
                e.consume();
            }
        });
    }

    /**
     * View ▸ Reduce motion: one remembered choice for both animated views (the timeline's zoom and fit
     * glide, the network's edges fade). Bound both ways, so a view switched by code shows in the menu
     * (the network is bound when it is built, {@link LowerViews}).
     */
    private javafx.scene.control.CheckMenuItem reduceMotionItem() {
        javafx.scene.control.CheckMenuItem reduce = new javafx.scene.control.CheckMenuItem(Messages.get("menu.view.reduceMotion"));
        reduce.setId("menu-reduce-motion");
        reduce.setSelected(settings.reduceMotion());
        timeline.reduceMotionProperty().bindBidirectional(reduce.selectedProperty());
        reduce.selectedProperty().addListener((obs, was, now) -> settings.setReduceMotion(now));
        return reduce;
    }

    private ToolBar toolbar() {
        javafx.scene.control.ToggleButton list = new javafx.scene.control.ToggleButton();
        list.setId("tool-event-list");
        list.selectedProperty().addListener((obs, was, show) -> {
            if (show) {
                if (eventList == null) {
                    eventList = new org.balancingact.timeline.EventListView(state);
                }
                timelineRow.getItems().add(eventList);
                timelineRow.setDividerPositions(0.72);
            } else {
                timelineRow.getItems().remove(eventList);
            }
        });
        filtersToggle.setId("tool-filters");
        filtersToggle.selectedProperty().addListener((o, was, now) -> root.setLeft(now ? filterPanel() : null));
        return WorkbenchToolbar.build(state, timeline, list, filtersToggle, classroom.toolbarItems());
    }

    private FilterPanel filterPanel() {
        if (filters == null) {
            filters = new FilterPanel(state);
        }
        return filters;
    }
}
