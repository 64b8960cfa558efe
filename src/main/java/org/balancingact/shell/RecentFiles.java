package org.balancingact.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The files opened last, newest first, kept between runs in the user's preferences. A file that has
 * gone since is still listed: opening it says so plainly, and it then leaves the list.
 */
final class RecentFiles {
    static final int MAX = 8;
    private final Preferences prefs;

    RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    static RecentFiles ofUser() {
        return new RecentFiles(Preferences.userRoot().node("org/balancingact/recent-files"));
    }

    List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String path = prefs.get("file." + i, null);
            if (path != null && !path.isBlank()) {
                try {
                    files.add(Path.of(path));
                } catch (java.nio.file.InvalidPathException ignored) {
                    // written by another system: skip rather than fail
                }
            }
        }
        return files;
    }

    void add(Path file) {
        List<Path> files = list();
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        save(files);
    }

    void remove(Path file) {
        List<Path> files = list();
        files.remove(file.toAbsolutePath().normalize());
        save(files);
    }

    private void save(List<Path> files) {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put("file." + i, files.get(i).toString());
            } else {
                prefs.remove("file." + i);
            }
        }
        PreferencesDisk.flushLater(prefs);
    }
}
