package org.balancingact.shell;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.balancingact.explore.TourPlayer;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Event;

/**
 * The tour as slides: the step's event and its key quote in large type, "3 / 10", and the buttons a
 * presenter needs. Arrow keys, Space, PageDown and PageUp (what presentation clickers send) step
 * through it from anywhere in the window while it plays.
 */
final class TourPanel extends VBox {
    static final Duration AUTOPLAY_INTERVAL = Duration.seconds(12);

    private final TourPlayer player;
    private final Label title = new Label();
    private final Label event = new Label();
    private final Label quote = new Label();
    private final Label progress = new Label();
    private final ToggleButton autoplay = new ToggleButton(Messages.get("tour.autoplay"));
    private final HBox bar;
    private final Timeline autoplayClock = new Timeline(new KeyFrame(AUTOPLAY_INTERVAL, e -> advanceOrStop()));

    TourPanel(TourPlayer player) {
        this.player = player;
        setId("tour-panel");
        getStyleClass().add("tour-panel");
        title.getStyleClass().add("tour-title");
        event.getStyleClass().add("tour-event");
        event.setId("tour-event");
        quote.getStyleClass().add("tour-quote");
        quote.setId("tour-quote");
        quote.setWrapText(true);
        quote.setMinHeight(Region.USE_PREF_SIZE);
        progress.getStyleClass().add("tour-progress");
        progress.setId("tour-progress");

        Button previous = new Button(Messages.get("tour.previous"));
        previous.setId("tour-previous");
        previous.setOnAction(e -> player.previous());
        Button next = new Button(Messages.get("tour.next"));
        next.setId("tour-next");
        next.setOnAction(e -> player.next());
        Button close = new Button(Messages.get("tour.end"));
        close.setId("tour-close");
        close.setOnAction(e -> player.stop());
        autoplay.setId("tour-autoplay");
        autoplayClock.setCycleCount(Timeline.INDEFINITE);
        autoplay.selectedProperty().addListener((obs, was, on) -> {
            if (on) {
                autoplayClock.playFromStart();
            } else {
                autoplayClock.stop();
            }
        });
        for (Button b : new Button[] {previous, next, close}) {
            b.setFocusTraversable(false);
        }
        autoplay.setFocusTraversable(false);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        bar = new HBox(10, title, grow, progress, previous, next, autoplay, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        // the slide's parts join the scene when a tour first plays: hidden, they would still cost skins
        // and CSS in front of the first frame

        player.stepProperty().addListener((obs, was, now) -> refresh());
        player.tourProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        boolean playing = player.isPlaying();
        setVisible(playing);
        setManaged(playing);
        if (!playing) {
            autoplay.setSelected(false);
            return;
        }
        if (getChildren().isEmpty()) {
            getChildren().addAll(bar, event, quote);
        }
        title.setText(player.tourProperty().get().title());
        progress.setText(player.progress());
        event.setText(player.currentEvent().map(TourPanel::heading).orElse(""));
        quote.setText(player.keyQuote().map(q -> "“" + q.text() + "”").orElse(""));
    }

    private static String heading(Event e) {
        return e.when().inWords() + " — " + e.title();
    }

    private void advanceOrStop() {
        if (player.stepProperty().get() >= player.size() - 1) {
            autoplay.setSelected(false);
        } else {
            player.next();
        }
    }

    /** Clicker keys; installed as a filter on the window so they work whatever has the focus. */
    void handleKey(KeyEvent e) {
        if (!player.isPlaying() || e.isAltDown() || e.isShortcutDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.RIGHT || code == KeyCode.PAGE_DOWN || code == KeyCode.SPACE || code == KeyCode.DOWN) {
            player.next();
            e.consume();
        } else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP || code == KeyCode.UP || code == KeyCode.BACK_SPACE) {
            player.previous();
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            player.stop();
            e.consume();
        }
    }
}
