package org.balancingact.shell;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Parent;

/**
 * One size for all text and controls. Every size in the stylesheets is in em, so changing the root's
 * font size scales the whole window together, from 75 % to 300 % (a projector at the back of a room).
 */
public final class TypeScale {
    public static final int MIN_PERCENT = 75;
    public static final int MAX_PERCENT = 300;
    /** The steps Ctrl+plus and Ctrl+minus walk through. */
    static final int[] STEPS = {75, 90, 100, 110, 125, 150, 175, 200, 250, 300};
    /** The root font size at 100 %, in pixels. */
    static final double BASE_PX = 15;

    private final Parent root;
    private final ReadOnlyIntegerWrapper percent = new ReadOnlyIntegerWrapper(this, "percent", 100);

    public TypeScale(Parent root) {
        this.root = root;
        percent.addListener((obs, was, now) -> apply());
        apply();
    }

    public ReadOnlyIntegerProperty percentProperty() {
        return percent.getReadOnlyProperty();
    }

    public int getPercent() {
        return percent.get();
    }

    public void setPercent(int value) {
        percent.set(Math.max(MIN_PERCENT, Math.min(MAX_PERCENT, value)));
    }

    public void larger() {
        for (int step : STEPS) {
            if (step > getPercent()) {
                setPercent(step);
                return;
            }
        }
    }

    public void smaller() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < getPercent()) {
                setPercent(STEPS[i]);
                return;
            }
        }
    }

    public void reset() {
        setPercent(100);
    }

    /** The root font size in pixels at this scale. */
    public double fontPixels() {
        return BASE_PX * getPercent() / 100.0;
    }

    private void apply() {
        // an inline style on the root beats the stylesheet's base size and is inherited by every em
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;", fontPixels()));
    }
}
