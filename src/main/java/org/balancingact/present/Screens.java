package org.balancingact.present;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * The screens presenting can use. A small interface over {@link Screen}, so the choice of screens is
 * tested with fake ones: a test machine (and a headless one) has only the screens it has.
 */
public interface Screens {
    /** The screens attached now, the primary one first; never empty. */
    List<Display> all();

    /**
     * One screen: where it is on the virtual desktop, the part of it windows may use (without the
     * desktop's panels), and whether the system calls it primary (the teacher's laptop panel, where the
     * menus and the mouse usually are).
     */
    record Display(Rectangle2D bounds, Rectangle2D visualBounds, boolean primary) {
        public Display(Rectangle2D bounds, boolean primary) {
            this(bounds, bounds, primary);
        }
    }

    /** The screens JavaFX reports (mirrored displays are reported as one). */
    static Screens system() {
        return () -> {
            Screen primary = Screen.getPrimary();
            List<Display> displays = new java.util.ArrayList<>();
            displays.add(new Display(primary.getBounds(), primary.getVisualBounds(), true));
            for (Screen screen : Screen.getScreens()) {
                if (!screen.equals(primary)) {
                    displays.add(new Display(screen.getBounds(), screen.getVisualBounds(), false));
                }
            }
            return List.copyOf(displays);
        };
    }

    /** Fixed screens (tests, and a forced single screen): the first is the primary one. */
    static Screens of(Rectangle2D... bounds) {
        List<Display> displays = new java.util.ArrayList<>();
        for (int i = 0; i < bounds.length; i++) {
            displays.add(new Display(bounds[i], i == 0));
        }
        List<Display> fixed = List.copyOf(displays);
        return () -> fixed;
    }
}
