package org.balancingact.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * A bare JavaFX "hello" stage, the same size as the explorer's first window (85 % of the screen).
 * With {@code --smoke-test} it measures its first frame exactly as the explorer does
 * (org.balancingact.app.FirstFrame: the second pulse after WINDOW_SHOWN, from process start),
 * prints {@code first-frame-ms: N} and exits.
 */
public final class Hello extends Application {

    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        boolean smokeTest = getParameters().getRaw().contains("--smoke-test");
        Scene scene = new Scene(new StackPane(new Label("Hello")));
        stage.setScene(scene);
        stage.setTitle("Hello");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(screen.getWidth(), Math.max(1024, screen.getWidth() * 0.85)));
        stage.setHeight(Math.min(screen.getHeight(), Math.max(700, screen.getHeight() * 0.85)));
        stage.centerOnScreen();
        if (smokeTest) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> {
                Runnable[] listener = new Runnable[1];
                int[] pulses = {0};
                listener[0] = () -> {
                    pulses[0]++;
                    if (pulses[0] == 1) {
                        Platform.requestNextPulse();
                    } else if (pulses[0] == 2) {
                        scene.removePostLayoutPulseListener(listener[0]);
                        System.out.println("first-frame-ms: " + millisSinceProcessStart());
                        System.out.println("first-frame-cpu-ms: " + cpuMillisSinceProcessStart());
                        System.out.flush();
                        System.exit(0);
                    }
                };
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            });
        }
        stage.show();
    }

    /** The same CPU clock as org.balancingact.app.FirstFrame: utime + stime of /proc/self/stat. */
    static long cpuMillisSinceProcessStart() {
        try {
            String[] fields = Files.readString(Path.of("/proc/self/stat")).replaceFirst("^.*\\) ", "").split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same clock as org.balancingact.app.FirstFrame: /proc/self/stat start ticks against /proc/uptime. */
    static long millisSinceProcessStart() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            long startTicks = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[19]);
            double uptimeMillis = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]) * 1000;
            return Math.round(uptimeMillis - startTicks * 10.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
