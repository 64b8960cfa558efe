package org.balancingact.shell;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.balancingact.data.ImportOptions;

/**
 * What the user chose in the column dialog, remembered per header row: the next file with the same header
 * (the next month's export of the same log) opens without asking. Stored with java.util.prefs next to the
 * other settings; with {@code -Dbalancingact.settings=memory} (tests) only in memory.
 */
final class ColumnMemory {
    private static final String NODE = "org/balancingact/columns";

    private final Preferences node;
    private final Map<String, String> memory = new HashMap<>();

    private ColumnMemory(Preferences node) {
        this.node = node;
    }

    static ColumnMemory forUser() {
        if ("memory".equals(System.getProperty("balancingact.settings"))) {
            return new ColumnMemory(null);
        }
        return new ColumnMemory(Preferences.userRoot().node(NODE));
    }

    static ColumnMemory inMemory() {
        return new ColumnMemory(null);
    }

    /** @param headerKey a {@link org.balancingact.data.TablePreview#headerKey()}: short enough for a preferences key */
    Optional<ImportOptions> recall(String headerKey) {
        String line = node == null ? memory.get(headerKey) : node.get(headerKey, null);
        return line == null || line.isEmpty() ? Optional.empty() : Optional.of(ImportOptions.fromLine(line));
    }

    void remember(String headerKey, ImportOptions options) {
        String line = options.toLine();
        if (node == null) {
            memory.put(headerKey, line);
            return;
        }
        if (line.length() <= Preferences.MAX_VALUE_LENGTH) {
            node.put(headerKey, line);
            try {
                node.flush();
            } catch (BackingStoreException unavailable) {
                // remembering is a convenience: the dialog simply asks again next time
            }
        }
    }
}
