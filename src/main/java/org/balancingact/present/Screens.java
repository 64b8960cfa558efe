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

    /**
     * The system's screens, unless {@code -Dbalancingact.screens} lists them ("1280x720+0+0,1920x1080+1280+0",
     * the primary first): some window systems report two monitors as one wide screen (Xephyr, some virtual
     * desktops), and a teacher or a screenshot script can then say where the monitors are.
     */
    static Screens configured() {
        String listed = System.getProperty("balancingact.screens", "").trim();
        if (listed.isEmpty()) {
            return system();
        }
        try {
            return of(parse(listed));
        } catch (IllegalArgumentException e) {
            System.err.println("balancingact.screens: " + e.getMessage() + "; using the screens the system reports.");
            return system();
        }
    }

    /** "1280x720+0+0,1920x1080+1280+0" → the screens' bounds; a clear message when a part is not WxH+X+Y. */
    static Rectangle2D[] parse(String listed) {
        String[] parts = listed.split(",");
        Rectangle2D[] bounds = new Rectangle2D[parts.length];
        java.util.regex.Pattern shape = java.util.regex.Pattern.compile("(\\d+)x(\\d+)\\+(-?\\d+)\\+(-?\\d+)");
        for (int i = 0; i < parts.length; i++) {
            java.util.regex.Matcher m = shape.matcher(parts[i].trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("\"" + parts[i].trim() + "\" is not a screen; write WIDTHxHEIGHT+X+Y, e.g. 1920x1080+1280+0");
            }
            bounds[i] = new Rectangle2D(Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)),
                    Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
        }
        return bounds;
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
