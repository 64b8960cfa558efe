package org.balancingact.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The recent-files list: newest first, no duplicates, at most eight, survives a new instance. */
class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("org/balancingact/test-recent-" + System.nanoTime());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void newestFirstWithoutDuplicatesAndAtMostEight() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < 10; i++) {
            recent.add(Path.of("/tmp/t" + i + ".json"));
        }
        recent.add(Path.of("/tmp/t5.json"));
        List<Path> files = new RecentFiles(node).list();
        assertEquals(RecentFiles.MAX, files.size());
        assertEquals(Path.of("/tmp/t5.json"), files.get(0));
        assertEquals(Path.of("/tmp/t9.json"), files.get(1));
        assertEquals(files.size(), files.stream().distinct().count());
        recent.remove(Path.of("/tmp/t5.json"));
        assertEquals(Path.of("/tmp/t9.json"), recent.list().get(0));
    }
}
