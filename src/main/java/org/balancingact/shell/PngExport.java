package org.balancingact.shell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.balancingact.data.AtomicWrite;

/**
 * A view or the whole window as a PNG at 1× or 2× (2× stays sharp on a slide or a printed page).
 * Snapshots are taken on the FX thread; the file is written atomically so a failed export never
 * leaves half an image where a good one was.
 */
public final class PngExport {
    private PngExport() {
    }

    /** Must be called on the FX application thread. */
    public static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        // exactly the node's own area: a cursor line or a shadow reaching past its edge is not part of it
        javafx.geometry.Bounds area = node.getLayoutBounds();
        parameters.setViewport(new javafx.geometry.Rectangle2D(area.getMinX() * scale, area.getMinY() * scale,
                Math.ceil(area.getWidth() * scale), Math.ceil(area.getHeight() * scale)));
        return node.snapshot(parameters, null);
    }

    public static void write(WritableImage image, Path file) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        AtomicWrite.write(file, out -> {
            if (!ImageIO.write(buffered, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        }, List.of());
    }
}
