package org.balancingact.shell;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.function.Consumer;

/**
 * Watches the open file and reports when it changes on disk, so an author who saves in an editor sees
 * the result at once. It watches the file's directory (editors often save by writing a new file and
 * renaming it over the old one), on a daemon thread; {@code onChange} is called on that thread, and the
 * caller hands the work to the FX thread. Bursts of events from one save are coalesced by the caller.
 */
final class FileWatcher implements AutoCloseable {
    private final Consumer<Path> onChange;
    private WatchService service;
    private Thread thread;
    private volatile Path watched;

    FileWatcher(Consumer<Path> onChange) {
        this.onChange = onChange;
    }

    /** Watches {@code file} instead of whatever was watched before. Failure to watch is not an error. */
    synchronized void watch(Path file) {
        close();
        Path absolute = file.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (dir == null) {
            return;
        }
        try {
            WatchService ws = FileSystems.getDefault().newWatchService();
            dir.register(ws, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            service = ws;
            watched = absolute;
            thread = new Thread(() -> run(ws, dir), "file-watcher");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException | UnsupportedOperationException | SecurityException cannotWatch) {
            watched = null; // no live reload for this file; opening still works
        }
    }

    Path watched() {
        return watched;
    }

    private void run(WatchService ws, Path dir) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean ours = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && dir.resolve(name).equals(watched)) {
                        ours = true;
                    }
                }
                if (ours && watched != null) {
                    onChange.accept(watched);
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closed: another file is watched now, or the app is quitting
        }
    }

    @Override
    public synchronized void close() {
        watched = null;
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
            service = null;
        }
    }
}
