package org.balancingact.present;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.balancingact.explore.TourPlayer;

/** Moves the tour on by itself, one step every {@link #INTERVAL}, and stops at the last step or when the tour ends. */
final class Autoplay {
    static final Duration INTERVAL = Duration.seconds(12);

    private final TourPlayer tour;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on", false);
    private final Timeline clock = new Timeline(new KeyFrame(INTERVAL, e -> advance()));

    Autoplay(TourPlayer tour) {
        this.tour = tour;
        clock.setCycleCount(Timeline.INDEFINITE);
        on.addListener((obs, was, now) -> {
            if (now && tour.isPlaying()) {
                clock.playFromStart();
            } else {
                clock.stop();
                on.set(false);
            }
        });
        tour.tourProperty().addListener((obs, was, now) -> on.set(false));
    }

    BooleanProperty onProperty() {
        return on;
    }

    /** One tick of the clock: the next step, or off after the last one. */
    void advance() {
        if (!tour.isPlaying() || tour.stepProperty().get() >= tour.size() - 1) {
            on.set(false);
        } else {
            tour.next();
        }
    }
}
