package org.balancingact.timeline;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/** A glide of the visible days from one range to another (zoom buttons, Fit all, Zoom to selection). */
final class RangeTransition {
    /** Where the glide puts the view: the start and end days of each step. */
    interface Target {
        void show(double start, double end);
    }

    private final Duration duration;
    private final Target target;
    private Timeline running;

    RangeTransition(Duration duration, Target target) {
        this.duration = duration;
        this.target = target;
    }

    void glide(double fromStart, double fromEnd, double start, double end) {
        stop();
        DoubleProperty t = new SimpleDoubleProperty(0);
        t.addListener((obs, was, now) -> {
            double f = now.doubleValue();
            target.show(fromStart + (start - fromStart) * f, fromEnd + (end - fromEnd) * f);
        });
        running = new Timeline(new KeyFrame(duration, new KeyValue(t, 1, Interpolator.EASE_BOTH)));
        running.setOnFinished(e -> target.show(start, end));
        running.play();
    }

    void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }
}
