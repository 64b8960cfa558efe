package org.balancingact.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.balancingact.data.AtomicWrite;
import org.balancingact.data.ImportOptions;
import org.balancingact.data.ImportReport;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TablePreview;
import org.balancingact.data.TimelineFiles;
import org.balancingact.data.TimelineJsExport;
import org.balancingact.explore.ExplorerState;
import org.balancingact.i18n.Messages;

/**
 * Everything the window does with files: open (menu, drag and drop, recent list, command line), reload
 * when the open file changes on disk, and export. A file that fails to open or reload lists its problems
 * in the {@link ProblemsPanel} and changes nothing else: the dataset, the selection and the view stay.
 * A file that opens with warnings (rows an import left out) lists them there too, with the counts. A
 * table whose columns are not sure is asked about first ({@link ColumnDialog}); the answer is remembered
 * for its header row ({@link ColumnMemory}).
 */
final class FileActions {
    private final ExplorerState state;
    private final TimelineFiles files;
    private final ProblemsPanel problems;
    private final Consumer<String> say;
    private final RecentFiles recent;
    private final FileWatcher watcher;
    private final AtomicBoolean reloadPending = new AtomicBoolean();
    private final ColumnMemory columnMemory = ColumnMemory.forUser();
    private Path current;
    /** What the open file was read with (a table's columns, encoding, date order): a reload reads it the same way. */
    private ImportOptions currentOptions = ImportOptions.NONE;
    private Consumer<Path> onOpened = p -> { };

    FileActions(ExplorerState state, TimelineFiles files, ProblemsPanel problems, Consumer<String> say, RecentFiles recent) {
        this.state = state;
        this.files = files;
        this.problems = problems;
        this.say = say;
        this.recent = recent;
        // the watcher's thread only schedules; reading and showing happen on the FX thread, once per burst
        this.watcher = new FileWatcher(changed -> {
            if (reloadPending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    reloadPending.set(false);
                    if (changed.equals(current)) {
                        reload();
                    }
                });
            }
        });
    }

    void setOnOpened(Consumer<Path> onOpened) {
        this.onOpened = Objects.requireNonNull(onOpened);
    }

    Optional<Path> currentFile() {
        return Optional.ofNullable(current);
    }

    ReadResult open(Path file) {
        return open(file, ImportOptions.NONE);
    }

    /**
     * Opens a file with what the user said about it. A table whose columns, encoding or date order are not
     * sure is asked about in the {@link ColumnDialog}, unless the same header row was answered before or
     * the columns are given ({@code --columns}); cancelling it changes nothing.
     */
    ReadResult open(Path file, ImportOptions given) {
        return open(file, given, false);
    }

    /** The open table again, through the column dialog whatever was remembered ("Choose columns…"). */
    ReadResult chooseColumnsAgain() {
        return current == null ? new ReadResult.Failed("", List.of()) : open(current, currentOptions, true);
    }

    private ReadResult open(Path file, ImportOptions given, boolean ask) {
        TimelineFiles.Loaded loaded = files.load(file);
        if (loaded.failure() != null) {
            return shown(file, loaded.failure(), given, false);
        }
        Optional<TablePreview> preview = previewOf(file, loaded.bytes(), given);
        boolean table = preview.isPresent() && !preview.get().timelineJsSheet();
        Optional<ImportOptions> options = table ? optionsFor(file, loaded.bytes(), preview.get(), given, ask) : Optional.of(given);
        if (options.isEmpty()) {
            say.accept(Messages.get("file.openCancelled", String.valueOf(file.getFileName())));
            return new ReadResult.Failed(file.toString(), List.of());
        }
        ReadResult result = safely(file, () -> files.read(file.toString(), loaded.bytes(), options.get()));
        if (table && result.isLoaded() && options.get().columns().isPresent()) {
            // columns given on the command line work for this header: the next start reopens it without asking
            columnMemory.remember(preview.get().headerKey(), options.get());
        }
        return shown(file, result, options.get(), table);
    }

    /** The options to read a table with, asking if need be; empty when the user cancelled the dialog. */
    private Optional<ImportOptions> optionsFor(Path file, byte[] bytes, TablePreview preview, ImportOptions given, boolean ask) {
        if (given.columns().isPresent() && !ask) {
            return Optional.of(given);
        }
        String key = preview.headerKey();
        Optional<ImportOptions> remembered = columnMemory.recall(key);
        if (!ask && remembered.isPresent()) {
            return Optional.of(over(remembered.get(), given));
        }
        if (!ask && preview.sure()) {
            return Optional.of(given);
        }
        ImportOptions start = ask ? given : remembered.map(r -> over(r, given)).orElse(given);
        TablePreview first = ask ? previewOf(file, bytes, start).orElse(preview) : preview;
        ColumnDialog dialog = new ColumnDialog(owner(), String.valueOf(file.getFileName()), first, start,
                options -> previewOf(file, bytes, options));
        Optional<ImportOptions> chosen = dialog.showAndWait();
        chosen.ifPresent(options -> columnMemory.remember(key, options));
        return chosen;
    }

    /** What the command line gave wins over what was remembered. */
    private static ImportOptions over(ImportOptions remembered, ImportOptions given) {
        ImportOptions options = remembered;
        if (given.columns().isPresent()) {
            options = options.withColumns(given.columns().get());
        }
        if (given.encoding().isPresent()) {
            options = options.withEncoding(given.encoding().get());
        }
        if (given.dateOrder().isPresent()) {
            options = options.withDateOrder(given.dateOrder().get());
        }
        return options;
    }

    private Optional<TablePreview> previewOf(Path file, byte[] bytes, ImportOptions options) {
        try {
            return files.previewTable(file.toString(), bytes, options);
        } catch (RuntimeException | StackOverflowError bug) {
            return Optional.empty(); // the import itself then says what is wrong
        }
    }

    private Window owner() {
        return problems.getScene() == null ? null : problems.getScene().getWindow();
    }

    /** Shows what reading gave: the timeline and any warnings, or the problems and the screen as it was. */
    private ReadResult shown(Path file, ReadResult result, ImportOptions options, boolean table) {
        String name = String.valueOf(file.getFileName());
        if (result instanceof ReadResult.Loaded loaded) {
            state.setTimeline(loaded.timeline());
            current = file.toAbsolutePath().normalize();
            currentOptions = options;
            recent.add(current);
            watcher.watch(current);
            showWarnings(name, loaded, "problems.header.opened", table);
            say.accept(summary("file.opened", name, loaded));
            onOpened.accept(file);
        } else if (result instanceof ReadResult.Failed failed) {
            long errors = failed.errorCount();
            say.accept(Messages.get("file.openFailed", name, errors));
            problems.show(Messages.get("problems.header.open", name, errors), failed.problems());
            problems.setColumnsAction(table ? () -> open(file, options, true) : null);
        }
        return result;
    }

    private void showWarnings(String name, ReadResult.Loaded loaded, String headerKey, boolean table) {
        if (loaded.warnings().isEmpty()) {
            problems.hide();
            return;
        }
        ImportReport report = loaded.report();
        String counts = report.kind() == ImportReport.Kind.OWN_FORMAT ? ""
                : Messages.get(report.countsSlides() ? "problems.summary.slides" : "problems.summary.rows",
                        report.read(), report.read() - report.leftOut(), report.leftOut());
        problems.show(Messages.get(headerKey, name, loaded.warnings().size(), counts), loaded.warnings());
        problems.setColumnsAction(table ? this::chooseColumnsAgain : null);
    }

    private static String summary(String key, String name, ReadResult.Loaded loaded) {
        ImportReport report = loaded.report();
        if (report.kind() == ImportReport.Kind.OWN_FORMAT) {
            return Messages.get(key, name);
        }
        return Messages.get(key, name) + " — " + Messages.get(report.countsSlides() ? "problems.summary.slides" : "problems.summary.rows",
                report.read(), report.read() - report.leftOut(), report.leftOut());
    }

    /** Reads the open file again, as it was first read; the selection stays when its id still exists. */
    ReadResult reload() {
        if (current == null) {
            return new ReadResult.Failed("", List.of());
        }
        Path file = current;
        ReadResult result = safely(file, () -> files.read(file, currentOptions));
        String name = String.valueOf(file.getFileName());
        if (result instanceof ReadResult.Loaded loaded) {
            state.setTimeline(loaded.timeline());
            showWarnings(name, loaded, "problems.header.reloadedWithWarnings", false);
            say.accept(summary("file.reloaded", name, loaded));
        } else if (result instanceof ReadResult.Failed failed) {
            say.accept(Messages.get("file.reloadFailed", name, failed.errorCount()));
            problems.show(Messages.get("problems.header.reload", name, failed.errorCount()), failed.problems());
            problems.setColumnsAction(null);
        }
        return result;
    }

    /**
     * The readers never throw for bad input (the fuzz tests check it); this is the last guard so that
     * even a bug in the app shows as a problem, never as a stack trace, and the screen stays.
     */
    private static ReadResult safely(Path file, java.util.function.Supplier<ReadResult> read) {
        try {
            return read.get();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError bug) {
            return new ReadResult.Failed(file.toString(), List.of(new org.balancingact.data.Problem(file.toString(), 0, 0, "",
                    Messages.get("file.unexpectedError", bug.getClass().getSimpleName()),
                    Messages.get("file.unexpectedError.hint"))));
        }
    }

    /** Writes what is shown as TimelineJS JSON; an empty result means done, else the reason it was not. */
    Optional<String> exportTimelineJs(Path target) {
        try {
            AtomicWrite.write(target, TimelineJsExport.toJson(state.getTimeline()), current == null ? List.of() : List.of(current));
            say.accept(Messages.get("file.exported", String.valueOf(target.getFileName())));
            return Optional.empty();
        } catch (AtomicWrite.RefusedException refused) {
            say.accept(refused.getMessage());
            return Optional.of(refused.getMessage());
        } catch (IOException | SecurityException failed) {
            String message = Messages.get("file.writeFailed", String.valueOf(target.getFileName()), String.valueOf(failed.getMessage()));
            say.accept(message);
            return Optional.of(message);
        }
    }

    void chooseAndOpen(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("file.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("file.open.filter"), "*.json", "*.csv", "*.tsv"),
                new FileChooser.ExtensionFilter(Messages.get("file.open.filter.all"), "*.*"));
        java.io.File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    void chooseAndExport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("file.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.export.filter"), "*.json"));
        chooser.setInitialFileName("timelinejs.json");
        java.io.File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            exportTimelineJs(chosen.toPath()).ifPresent(reason -> {
                javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.WARNING, reason, javafx.scene.control.ButtonType.OK);
                alert.initOwner(owner);
                alert.setHeaderText(Messages.get("file.export.failed"));
                alert.show();
            });
        }
    }

    /** Files dropped on {@code target} open as if chosen in File ▸ Open (the first one, if several). */
    void acceptDroppedFiles(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard board = e.getDragboard();
            e.setDropCompleted(board.hasFiles() && openDropped(board.getFiles()));
            e.consume();
        });
    }

    /** What a drop of files does: the first opens as if chosen in File ▸ Open; true if it opened. */
    boolean openDropped(List<java.io.File> dropped) {
        return !dropped.isEmpty() && open(dropped.get(0).toPath()).isLoaded();
    }

    /** File ▸ Open Recent, rebuilt each time it is shown so it is never stale. */
    Menu recentMenu() {
        Menu menu = new Menu(Messages.get("menu.file.recent"));
        menu.setId("menu-recent");
        MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
        none.setDisable(true);
        menu.getItems().add(none);
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            for (Path file : recent.list()) {
                MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
                item.setMnemonicParsing(false);
                item.setOnAction(a -> {
                    if (!Files.exists(file)) {
                        recent.remove(file);
                    }
                    open(file);
                });
                menu.getItems().add(item);
            }
            if (menu.getItems().isEmpty()) {
                menu.getItems().add(none);
            }
        });
        return menu;
    }

    List<Path> recentFiles() {
        return recent.list();
    }
}
