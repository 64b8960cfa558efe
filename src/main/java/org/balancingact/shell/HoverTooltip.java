package org.balancingact.shell;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A control's tooltip, created the first time the pointer enters the control rather than with the
 * window: every {@link Tooltip} is a popup window with a scene of its own, and the toolbar's dozen of
 * them cost start-up time in front of the first frame. Screen readers get the same words at once, as
 * the control's accessible help (which is what JavaFX reads from a tooltip).
 */
final class HoverTooltip {
    private HoverTooltip() {
    }

    static void install(Control control, String text) {
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    // installed now, it shows after the usual delay once the pointer moves on the control
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }
}
