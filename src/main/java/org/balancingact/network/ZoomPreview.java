package org.balancingact.network;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
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
 */
final class ZoomPreview extends ImageView {
    private int width;
    private int height;
    private double renderScale = 1;
    /** Where the picture was taken: pan in view pixels and zoom. */
    private double fromPanX;
    private double fromPanY;
    private double fromZoom;
    private int[] taken = new int[0];
    private int[] scaled = new int[0];
    private int[] columns = new int[0];
    private WritableImage snapshot;
    private PixelBuffer<IntBuffer> buffer;
    private IntBuffer pixels;
    private boolean active;

    ZoomPreview() {
        getStyleClass().add("zoom-preview");
        setManaged(false);
        setMouseTransparent(true);
        setSmooth(false);
        setVisible(false);
    }

    boolean isActive() {
        return active;
    }

    /**
     * Takes the picture of {@code drawing} as it stands in a {@code viewWidth} × {@code viewHeight}
     * view, drawn at {@code panX, panY, zoom}, and starts showing it instead.
     */
    void begin(Node drawing, double viewWidth, double viewHeight, double renderScale, double panX, double panY, double zoom) {
        this.renderScale = renderScale;
        int w = Math.max(1, (int) Math.ceil(viewWidth * renderScale));
        int h = Math.max(1, (int) Math.ceil(viewHeight * renderScale));
        if (w != width || h != height) {
            allocate(w, h);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        params.setTransform(new Scale(renderScale, renderScale));
        params.setViewport(new Rectangle2D(0, 0, w, h));
        // the drawing is cached at this very transform, so this copies its picture rather than redrawing it
        drawing.snapshot(params, snapshot);
        snapshot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), taken, 0, w);
        fromPanX = panX;
        fromPanY = panY;
        fromZoom = zoom;
        setFitWidth(viewWidth);
        setFitHeight(viewHeight);
        active = true;
        setVisible(true);
        show(panX, panY, zoom);
    }

    private void allocate(int w, int h) {
        width = w;
        height = h;
        taken = new int[w * h];
        scaled = new int[w * h];
        columns = new int[w];
        snapshot = new WritableImage(w, h);
        pixels = ByteBuffer.allocateDirect(w * h * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
        buffer = new PixelBuffer<>(w, h, pixels, PixelFormat.getIntArgbPreInstance());
        setImage(new WritableImage(buffer));
    }

    /** Redraws the picture as the view now stands: a pan and a zoom away from where it was taken. */
    void show(double panX, double panY, double zoom) {
        if (!active) {
            return;
        }
        scale(panX * renderScale, panY * renderScale, fromZoom / zoom);
        buffer.updateBuffer(b -> {
            pixels.put(0, scaled);
            return null;
        });
    }

    /**
     * A view pixel's centre (x + ½) shows the point (x + ½ − pan) / zoom of the drawing, which the
     * picture holds at fromPan + fromZoom · that: so the source column is (x + ½ − pan) · k + fromPan.
     */
    private void scale(double panX, double panY, double k) {
        double fromX = fromPanX * renderScale;
        double fromY = fromPanY * renderScale;
        for (int x = 0; x < width; x++) {
            int sx = (int) Math.floor((x + 0.5 - panX) * k + fromX);
            columns[x] = sx >= 0 && sx < width ? sx : -1;
        }
        int previousRow = -2;
        for (int y = 0; y < height; y++) {
            int sy = (int) Math.floor((y + 0.5 - panY) * k + fromY);
            int row = sy >= 0 && sy < height ? sy : -1;
            int at = y * width;
            if (row == previousRow && y > 0) {
                System.arraycopy(scaled, at - width, scaled, at, width); // zoomed in: rows repeat
            } else if (row < 0) {
                java.util.Arrays.fill(scaled, at, at + width, 0);
            } else {
                int from = row * width;
                for (int x = 0; x < width; x++) {
                    int sx = columns[x];
                    scaled[at + x] = sx < 0 ? 0 : taken[from + sx];
                }
            }
            previousRow = row;
        }
    }

    /** Stops showing the picture; the arrays are kept for the next zoom of the same size. */
    void end() {
        active = false;
        setVisible(false);
    }
}
