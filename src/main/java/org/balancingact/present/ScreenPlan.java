package org.balancingact.present;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where presenting puts its windows: the stage on a screen that is not the primary one (the projector),
 * the presenter console on the primary one (the teacher's laptop). With one screen, or two that show
 * the same picture, there is no console: the stage only. {@code swapped} (the S key, remembered) puts
 * them the other way round.
 *
 * @param stage   the screen the stage fills
 * @param console the part of the other screen the presenter console takes (without its panels); empty with one screen
 */
public record ScreenPlan(Rectangle2D stage, Optional<Rectangle2D> console) {

    public static ScreenPlan of(List<Screens.Display> displays, boolean swapped) {
        if (displays.isEmpty()) {
            throw new IllegalArgumentException("no screen to present on");
        }
        Screens.Display primary = displays.stream().filter(Screens.Display::primary).findFirst().orElse(displays.get(0));
        // the largest other screen that does not just mirror the primary: the projector
        Optional<Screens.Display> other = displays.stream()
                .filter(d -> d != primary && !d.bounds().equals(primary.bounds()))
                .max(java.util.Comparator.comparingDouble(d -> d.bounds().getWidth() * d.bounds().getHeight()));
        if (other.isEmpty()) {
            return new ScreenPlan(primary.bounds(), Optional.empty());
        }
        Screens.Display projector = other.get();
        return swapped ? new ScreenPlan(primary.bounds(), Optional.of(projector.visualBounds()))
                : new ScreenPlan(projector.bounds(), Optional.of(primary.visualBounds()));
    }

    public boolean hasConsole() {
        return console.isPresent();
    }
}
