package org.balancingact.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * When a scene's next frame is on screen. JavaFX renders a pulse's frame on its render thread and the
 * next pulse waits for that frame, so the second pulse from now is the first moment the next frame is
 * known to be drawn. Used to measure the first frame ({@code app.FirstFrame}) and to build the rest of the
 * window after it ({@link AfterFirstFrame}).
 */
public final class NextFrame {
    private NextFrame() {
    }

    /** Runs {@code then} on the JavaFX thread in the second pulse from now, inside that pulse. */
    public static void then(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                Platform.requestNextPulse();
            } else if (pulses[0] == 2) {
                scene.removePostLayoutPulseListener(listener[0]);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
