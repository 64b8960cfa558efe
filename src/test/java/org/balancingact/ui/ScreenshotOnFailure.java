package org.balancingact.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Saves a picture of every open window when a UI test fails, to {@code target/ui-failures/}, so a
 * failure on CI or under Xvfb can be seen, not guessed. Snapshots work headless and on a real display.
 */
public final class ScreenshotOnFailure implements TestExecutionExceptionHandler {
    static final Path FOLDER = Path.of("target", "ui-failures");

    /** Runs when the test throws, before TestFX closes its windows; the failure is then passed on unchanged. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable cause) throws Throwable {
        save(context);
        throw cause;
    }

    private void save(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(FOLDER);
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    int n = 0;
                    for (Window window : Window.getWindows()) {
                        if (window.getScene() != null) {
                            WritableImage image = window.getScene().snapshot(null);
                            Path file = FOLDER.resolve(name + (n++ == 0 ? "" : "-" + n) + ".png");
                            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
                        }
                    }
                    done.complete(null);
                } catch (Exception e) {
                    done.completeExceptionally(e);
                }
            });
            done.get(20, TimeUnit.SECONDS);
            System.err.println("UI failure screenshot saved under " + FOLDER.toAbsolutePath() + " for " + name);
        } catch (Exception e) {
            System.err.println("could not save a screenshot of the failed test " + name + ": " + e);
        }
    }
}
