package org.balancingact.shell;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Writes preferences to disk off the JavaFX thread. A flush writes the whole preferences file (XML):
 * File ▸ Open waited 30–60 ms for it (JFR). Values are read back from memory at once; the JVM also
 * syncs preferences at exit, so a write still queued then is not lost.
 */
final class PreferencesDisk {
    /** One thread, so writes land in the order they were made; a daemon, so it never holds the app open. */
    private static final Executor DISK = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "preferences-writer");
        thread.setDaemon(true);
        return thread;
    });

    private PreferencesDisk() {
    }

    static void flushLater(Preferences node) {
        DISK.execute(() -> {
            try {
                node.flush();
            } catch (BackingStoreException | IllegalStateException unwritable) {
                // preferences are a convenience: an unwritable store must never stop the app
            }
        });
    }
}
