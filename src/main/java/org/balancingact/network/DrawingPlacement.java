package org.balancingact.network;

import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Where the network's drawing stands in its view, following the view's pan and zoom. A pan moves the
 * cached drawing by whole pixels: the software pipeline copies a cached picture at a whole-pixel offset
 * in about 3 ms, but resamples it at a fractional one (9 ms) or a new scale (16–19 ms at 1280×800). A
 * zoom shows a {@link ZoomPreview} instead, and 200 ms after its last step the drawing comes back at
 * the new scale, its cache redrawn sharp.
 */
final class DrawingPlacement {
    private final Region area;
    private final ActorNetworkView view;
    private final Group drawing;
    private final BooleanSupplier drawn;
    private final Translate pan = new Translate();
    private final Scale scale = new Scale();
    private final ZoomPreview preview = new ZoomPreview();
    private final PauseTransition settle = new PauseTransition(Duration.millis(200));
    private boolean previewStale;

    /**
     * Places {@code drawing} inside {@code area} (which must call {@link #layout()} from its layout pass);
     * {@code drawn} says whether the drawing holds a network yet, the only kind worth a picture.
     */
    DrawingPlacement(Region area, ActorNetworkView view, Group drawing, BooleanSupplier drawn) {
        this.area = area;
        this.view = view;
        this.drawing = drawing;
        this.drawn = drawn;
        drawing.getTransforms().addAll(pan, scale);
        view.panXProperty().addListener(o -> moved(false));
        view.panYProperty().addListener(o -> moved(false));
        view.zoomProperty().addListener(o -> moved(true));
        settle.setOnFinished(e -> end());
        place();
    }

    /** The picture shown while zooming, for the area to hold above the drawing. */
    ZoomPreview preview() {
        return preview;
    }

    boolean isPreviewing() {
        return preview.isActive();
    }

    private void moved(boolean zoomed) {
        Window window = area.getScene() == null ? null : area.getScene().getWindow();
        if (zoomed && !preview.isActive() && drawn.getAsBoolean() && area.isVisible() && drawing.isVisible()
                && window != null && area.getWidth() > 0 && area.getHeight() > 0) {
            // the drawing still stands at the transform it was last placed at: that picture is what gets scaled
            preview.begin(drawing, area.getWidth(), area.getHeight(), window.getRenderScaleX(), window.getRenderScaleY(),
                    pan.getX(), pan.getY(), scale.getX());
            drawing.setVisible(false);
        }
        if (preview.isActive()) {
            previewStale = true; // drawn once per pulse, in layout(), however many of pan and zoom changed
            area.requestLayout();
            settle.playFromStart();
        } else {
            place();
        }
    }

    private void place() {
        pan.setX(wholePixels(view.panXProperty().get()));
        pan.setY(wholePixels(view.panYProperty().get()));
        scale.setX(view.zoomProperty().get());
        scale.setY(view.zoomProperty().get());
    }

    /**
     * The drawing's point under the view's point (x, y), as the drawing is placed for the view's pan and
     * zoom (a zoom's picture may be showing, with the drawing itself not moved yet).
     */
    Point2D toDrawing(double x, double y) {
        double zoom = view.zoomProperty().get();
        return new Point2D((x - wholePixels(view.panXProperty().get())) / zoom, (y - wholePixels(view.panYProperty().get())) / zoom);
    }

    /** The drawing moves by whole pixels only (see the class comment). */
    private static double wholePixels(double pan) {
        return Math.round(pan);
    }

    /** Ends a zoom's picture now, if one shows: the drawing comes back at the view's pan and zoom. */
    void end() {
        settle.stop();
        if (!preview.isActive()) {
            return;
        }
        preview.end();
        place();
        drawing.setVisible(view.getLayout() != null);
    }

    /** From the area's layout pass: the picture follows the pan and zoom once per pulse. */
    void layout() {
        if (!preview.isActive()) {
            return;
        }
        Window window = area.getScene() == null ? null : area.getScene().getWindow();
        if (window == null || !preview.fits(area.getWidth(), area.getHeight(), window.getRenderScaleX(),
                window.getRenderScaleY())) {
            end(); // the view was resized, or moved to a screen of another scale: the picture no longer fits
        } else if (previewStale) {
            previewStale = false;
            preview.show(view.panXProperty().get(), view.panYProperty().get(), view.zoomProperty().get());
        }
    }

    /** Zooms by {@code factor} keeping the point under (x, y) still. */
    void zoomAbout(double x, double y, double factor) {
        double before = view.zoomProperty().get();
        double after = Math.max(0.25, Math.min(8, before * factor));
        double k = after / before;
        double panX = x - (x - view.panXProperty().get()) * k;
        double panY = y - (y - view.panYProperty().get()) * k;
        // the zoom first: its picture must be taken of the drawing as it stands, before the pan moves it
        view.zoomProperty().set(after);
        view.panXProperty().set(panX);
        view.panYProperty().set(panY);
    }
}
