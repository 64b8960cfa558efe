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
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.data.TimelineJsExport;
import org.balancingact.explore.ExplorerState;
import org.balancingact.i18n.Messages;

/**
 * Everything the window does with files: open (menu, drag and drop, recent list, command line), reload
 * when the open file changes on disk, and export. A file that fails to open or reload lists its problems
 * in the {@link ProblemsPanel} and changes nothing else: the dataset, the selection and the view stay.
 */
final class FileActions {
    private final ExplorerState state;
    private final TimelineFiles files;
    private final ProblemsPanel problems;
    private final Consumer<String> say;
    private final RecentFiles recent;
    private final FileWatcher watcher;
    private final AtomicBoolean reloadPending = new AtomicBoolean();
    private Path current;
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
        ReadResult result = safeRead(file);
        if (result instanceof ReadResult.Loaded loaded) {
            state.setTimeline(loaded.timeline());
            problems.hide();
            current = file.toAbsolutePath().normalize();
            recent.add(current);
            watcher.watch(current);
            say.accept(Messages.get("file.opened", String.valueOf(file.getFileName())));
            onOpened.accept(file);
        } else if (result instanceof ReadResult.Failed failed) {
            say.accept(Messages.get("file.openFailed", String.valueOf(file.getFileName()), failed.problems().size()));
            problems.show(Messages.get("problems.header.open", String.valueOf(file.getFileName()), failed.problems().size()),
                    failed.problems());
        }
        return result;
    }

    /** Reads the open file again; the selection stays when its id still exists. */
    ReadResult reload() {
        if (current == null) {
            return new ReadResult.Failed("", List.of());
        }
        ReadResult result = safeRead(current);
        if (result instanceof ReadResult.Loaded loaded) {
            state.setTimeline(loaded.timeline());
            problems.hide();
            say.accept(Messages.get("file.reloaded", String.valueOf(current.getFileName())));
        } else if (result instanceof ReadResult.Failed failed) {
            say.accept(Messages.get("file.reloadFailed", String.valueOf(current.getFileName()), failed.problems().size()));
            problems.show(Messages.get("problems.header.reload", String.valueOf(current.getFileName()),
                    failed.problems().size()), failed.problems());
        }
        return result;
    }

    /**
     * The readers never throw for bad input (the fuzz tests check it); this is the last guard so that
     * even a bug in the app shows as a problem, never as a stack trace, and the screen stays.
     */
    private ReadResult safeRead(Path file) {
        try {
            return files.read(file);
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
