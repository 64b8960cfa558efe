package org.balancingact.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs: theme, type scale, language and the last file opened
 * (window bounds are remembered by the app itself). Stored with java.util.prefs, which writes
 * its own files atomically; a test can use its own node so it never touches the user's settings.
 */
public final class Settings {
    private static final String THEME = "theme";
    private static final String TYPE_SCALE = "typeScale";
    private static final String LANGUAGE = "language";
    private static final String REDUCE_MOTION = "reduceMotion";
    private static final String STAGE_ON_PRIMARY = "stageOnPrimaryScreen";

    private final Preferences node;
    /** Used instead of {@link #node} when settings must not outlive the run (tests). */
    private final java.util.Map<String, String> memory = new java.util.HashMap<>();

    public Settings(Preferences node) {
        this.node = node;
    }

    /** Settings that live only as long as this object: what UI tests use, so no test depends on another. */
    public static Settings inMemory() {
        return new Settings(null);
    }

    /** The user's settings, or in-memory ones when {@code -Dbalancingact.settings=memory} (set for tests). */
    public static Settings forUser() {
        if ("memory".equals(System.getProperty("balancingact.settings"))) {
            return inMemory();
        }
        return new Settings(Preferences.userRoot().node("org/balancingact"));
    }

    /**
     * Reads the user's preferences once, so the first read on the JavaFX thread finds them in memory:
     * {@code java.util.prefs} loads its XML file (and the XML parser) on first use. Called on a
     * background thread while the JavaFX toolkit starts.
     */
    public static void preload() {
        Settings settings = forUser();
        settings.theme();
        settings.language();
    }

    private String get(String key, String fallback) {
        return node == null ? memory.getOrDefault(key, fallback) : node.get(key, fallback);
    }

    private void put(String key, String value) {
        if (value.equals(get(key, null))) {
            // nothing to remember: the theme is re-applied at every start, and each flush writes the
            // whole preferences file (XML)
            return;
        }
        if (node == null) {
            memory.put(key, value);
        } else {
            node.put(key, value);
            PreferencesDisk.flushLater(node);
        }
    }

    /** The remembered theme; {@code -Dbalancingact.theme=projector} overrides it for scripted screenshots. */
    public Theme theme() {
        String forced = System.getProperty("balancingact.theme");
        return Theme.fromName(forced != null ? forced : get(THEME, Theme.LIGHT.name()));
    }

    public void setTheme(Theme theme) {
        put(THEME, theme.name());
    }

    public int typeScalePercent() {
        try {
            return Integer.parseInt(get(TYPE_SCALE, "100"));
        } catch (NumberFormatException damaged) {
            return 100;
        }
    }

    public void setTypeScalePercent(int percent) {
        put(TYPE_SCALE, Integer.toString(percent));
    }

    public Optional<String> language() {
        return Optional.ofNullable(get(LANGUAGE, null));
    }

    public void setLanguage(String code) {
        put(LANGUAGE, code);
    }

    /**
     * Whether zooms, fits and the network's fades jump instead of gliding (for viewers whom motion
     * troubles, and for slow projectors). {@code -Dbalancingact.reduceMotion=true} is the default
     * until the user chooses in the View menu.
     */
    public boolean reduceMotion() {
        return Boolean.parseBoolean(get(REDUCE_MOTION, Boolean.toString(Boolean.getBoolean("balancingact.reduceMotion"))));
    }

    public void setReduceMotion(boolean reduce) {
        put(REDUCE_MOTION, Boolean.toString(reduce));
    }

    /**
     * Whether presenting on two screens puts the stage on the primary screen and the console on the
     * other (S swaps them); by default the stage goes to the screen that is not the primary one.
     */
    public boolean stageOnPrimaryScreen() {
        return Boolean.parseBoolean(get(STAGE_ON_PRIMARY, "false"));
    }

    public void setStageOnPrimaryScreen(boolean onPrimary) {
        put(STAGE_ON_PRIMARY, Boolean.toString(onPrimary));
    }

    /**
     * The file opened last, if it still exists: the app reopens it at start, so a teacher's own
     * timeline is there again next lesson. Recent files keep the list; tests never see the user's.
     */
    public Optional<Path> lastFile() {
        if (node == null) {
            return Optional.empty();
        }
        return RecentFiles.ofUser().list().stream().filter(java.nio.file.Files::isRegularFile).findFirst();
    }


}
