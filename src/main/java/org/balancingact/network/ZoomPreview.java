package org.balancingact.network;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;

/**
 * What the network shows while a zoom is under way: the picture taken when the zoom began, scaled to
 * each new zoom and pan by nearest pixel in plain Java, shown at one image pixel per screen pixel. A
 * moment after the last step the drawing itself comes back, redrawn sharp at the new scale.
 *
 * <p>Why not let JavaFX scale the network's cached picture: the software pipeline (what runs without
 * a GPU, as on a school's virtual desktop) resamples a transformed image at 15–19 ms for a million
 * pixels, a whole frame's budget, whereas an image drawn one-to-one is a plain copy and the scaling
 * here is one array read per pixel.
 *
 * <p>The pixel arrays live only while a zoom does: at 1920×1080 they are about 8 MB each.
 */
final class ZoomPreview extends ImageView {
    private int width;
    private int height;
    private double scaleX = 1;
    private double scaleY = 1;
    /** Where the picture was taken: pan in view pixels and zoom. */
    private double fromPanX;
    private double fromPanY;
    private double fromZoom;
    private int[] taken;
    private int[] row;
    private int[] columns;
    private PixelBuffer<IntBuffer> buffer;
    private IntBuffer pixels;

    ZoomPreview() {
        getStyleClass().add("zoom-preview");
        setManaged(false);
        setMouseTransparent(true);
        setSmooth(false);
        setVisible(false);
    }

    boolean isActive() {
        return taken != null;
    }

    /**
     * Takes the picture of {@code drawing} as it stands in a {@code viewWidth} × {@code viewHeight}
     * view on a screen of the given render scale, drawn at {@code panX, panY, zoom}, and starts showing
     * it instead.
     */
    void begin(Node drawing, double viewWidth, double viewHeight, double renderScaleX, double renderScaleY,
            double panX, double panY, double zoom) {
        scaleX = renderScaleX;
        scaleY = renderScaleY;
        width = Math.max(1, (int) Math.round(viewWidth * renderScaleX));
        height = Math.max(1, (int) Math.round(viewHeight * renderScaleY));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(new Scale(renderScaleX, renderScaleY));
        params.setViewport(new Rectangle2D(0, 0, width, height));
        // the drawing is cached at this very transform, so this copies its picture rather than redrawing it
        WritableImage snapshot = drawing.snapshot(params, new WritableImage(width, height));
        taken = new int[width * height];
        snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), taken, 0, width);
        row = new int[width];
        columns = new int[width];
        pixels = ByteBuffer.allocateDirect(width * height * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
        buffer = new PixelBuffer<>(width, height, pixels, PixelFormat.getIntArgbPreInstance());
        setImage(new WritableImage(buffer));
        // one image pixel per device pixel, whatever the screen's scale
        setFitWidth(width / renderScaleX);
        setFitHeight(height / renderScaleY);
        fromPanX = panX;
        fromPanY = panY;
        fromZoom = zoom;
        setVisible(true);
        show(panX, panY, zoom);
    }

    /** Whether the picture still fits a view of this size on a screen of this scale. */
    boolean fits(double viewWidth, double viewHeight, double renderScaleX, double renderScaleY) {
        return renderScaleX == scaleX && renderScaleY == scaleY
                && width == Math.max(1, (int) Math.round(viewWidth * renderScaleX))
                && height == Math.max(1, (int) Math.round(viewHeight * renderScaleY));
    }

    /** Redraws the picture as the view now stands: a pan and a zoom away from where it was taken. */
    void show(double panX, double panY, double zoom) {
        if (!isActive()) {
            return;
        }
        buffer.updateBuffer(b -> {
            scale(panX, panY, fromZoom / zoom);
            return null;
        });
    }

    /**
     * A device pixel's centre (x + ½) shows the point (x + ½ − pan) / zoom of the drawing, which the
     * picture holds at fromPan + fromZoom · that: so the source column is (x + ½ − pan) · k + fromPan,
     * everything in device pixels.
     */
    private void scale(double panX, double panY, double k) {
        double toX = panX * scaleX;
        double toY = panY * scaleY;
        double fromX = fromPanX * scaleX;
        double fromY = fromPanY * scaleY;
        for (int x = 0; x < width; x++) {
            int sx = (int) Math.floor((x + 0.5 - toX) * k + fromX);
            columns[x] = sx >= 0 && sx < width ? sx : -1;
        }
        int previousRow = -2;
        for (int y = 0; y < height; y++) {
            int sy = (int) Math.floor((y + 0.5 - toY) * k + fromY);
            int source = sy >= 0 && sy < height ? sy : -1;
            if (source != previousRow) { // zoomed in, rows repeat: the row made for the last one serves again
                if (source < 0) {
                    Arrays.fill(row, 0);
                } else {
                    int from = source * width;
                    for (int x = 0; x < width; x++) {
                        int sx = columns[x];
                        row[x] = sx < 0 ? 0 : taken[from + sx];
                    }
                }
                previousRow = source;
            }
            pixels.put(y * width, row);
        }
    }

    /** Stops showing the picture and lets its pixels go. */
    void end() {
        setVisible(false);
        setImage(null);
        taken = null;
        row = null;
        columns = null;
        buffer = null;
        pixels = null;
    }
}
