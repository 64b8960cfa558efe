package org.balancingact.present;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.TourPlayer;
import org.balancingact.i18n.Messages;
import org.balancingact.model.TourStep;
import org.balancingact.present.PresentingKeys.Command;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The presenter console on the teacher's screen while the stage is on the projector: the step on show
 * and the next one, the teacher's note and the step's question, the time since presenting began, and
 * every step of the tour to jump to. The same keys work here as on the stage.
 */
public final class PresenterConsole extends VBox {
    private final ExplorerState state;
    private final TourPlayer tour;
    private final Clock clock;
    private final Instant started;
    private final Label elapsed = new Label();
    private final Label progress = new Label();
    private final Label current = new Label();
    private final Label note = new Label();
    private final Label question = new Label();
    private final Label next = new Label();
    private final ListView<TourStep> steps = new ListView<>();
    private final Timeline ticks = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> showElapsed()));
    private boolean listing;

    PresenterConsole(ExplorerState state, TourPlayer tour, Clock clock, Instant started, Consumer<Command> perform,
                     Runnable swapScreens) {
        this.state = state;
        this.tour = tour;
        this.clock = clock;
        this.started = started;
        setId("presenter-console");
        getStyleClass().add("presenter-console");

        elapsed.setId("console-elapsed");
        elapsed.getStyleClass().add("console-elapsed");
        elapsed.setMinWidth(Region.USE_PREF_SIZE);
        progress.setId("console-progress");
        progress.getStyleClass().add("console-progress");
        progress.setMinWidth(Region.USE_PREF_SIZE);
        Button swap = Icons.button(new Button(), "console-swap", MaterialDesignS.SWAP_HORIZONTAL,
                Messages.get("console.swap"), Messages.get("console.swap.tooltip"));
        swap.setOnAction(e -> swapScreens.run());
        Button leave = Icons.button(new Button(), "console-leave", MaterialDesignF.FULLSCREEN_EXIT,
                Messages.get("stage.leave"), Messages.get("stage.leave.tooltip"));
        leave.setOnAction(e -> perform.accept(Command.LEAVE));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(elapsed, grow, progress, swap, leave);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("console-bar");

        current.setId("console-current");
        current.getStyleClass().add("console-current");
        note.setId("console-note");
        note.getStyleClass().add("console-note");
        question.setId("console-question");
        question.getStyleClass().add("console-question");
        next.setId("console-next");
        next.getStyleClass().add("console-next");
        for (Label label : new Label[] {current, note, question, next}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setMaxWidth(Double.MAX_VALUE);
        }
        VBox now = new VBox(current, note, question, next);
        now.getStyleClass().add("console-now");

        steps.setId("console-steps");
        steps.getStyleClass().add("console-steps");
        steps.setAccessibleText(Messages.get("console.steps"));
        steps.setCellFactory(list -> new StepCell());
        steps.getSelectionModel().selectedIndexProperty().addListener((obs, was, index) -> {
            if (!listing && index.intValue() >= 0 && index.intValue() != tour.stepProperty().get()) {
                tour.go(index.intValue());
            }
        });
        steps.setFocusTraversable(false);
        HBox body = new HBox(now, steps);
        body.getStyleClass().add("console-body");
        HBox.setHgrow(now, Priority.ALWAYS);
        now.setPrefWidth(0);
        steps.setPrefWidth(0);
        HBox.setHgrow(steps, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(top, body);

        tour.tourProperty().addListener((obs, was, t) -> refresh());
        tour.stepProperty().addListener((obs, was, s) -> refresh());
        state.selectionProperty().addListener((obs, was, s) -> refresh());
        ticks.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((obs, was, scene) -> {
            if (scene == null) {
                ticks.stop();
            } else {
                ticks.play();
            }
        });
        refresh();
        showElapsed();
    }

    /** Shows the step (or, without a tour, the selection), the next step and the list of steps. */
    void refresh() {
        StageText text = StageText.of(state, tour);
        current.setText(text.date().isEmpty() ? text.title() : text.date() + " — " + text.title());
        note.setText(text.note().isEmpty() ? Messages.get("console.noNote") : text.note());
        question.setText(text.question().isEmpty() ? "" : Messages.get("console.question", text.question()));
        question.setVisible(!text.question().isEmpty());
        question.setManaged(question.isVisible());
        next.setText(tour.nextStep().flatMap(s -> state.getTimeline().event(s.eventId()))
                .map(e -> Messages.get("console.next", e.when().inWords() + " — " + e.title()))
                .orElse(tour.isPlaying() ? Messages.get("console.lastStep") : Messages.get("console.noTour")));
        progress.setText(tour.progress());
        listing = true;
        try {
            if (tour.isPlaying()) {
                if (!steps.getItems().equals(tour.tourProperty().get().steps())) {
                    steps.getItems().setAll(tour.tourProperty().get().steps());
                }
                steps.getSelectionModel().select(tour.stepProperty().get());
                steps.scrollTo(Math.max(0, tour.stepProperty().get() - 2));
            } else {
                steps.getItems().clear();
            }
        } finally {
            listing = false;
        }
    }

    /** The time since presenting began, "12:05" (or "1:02:05" after an hour), from the injected clock. */
    void showElapsed() {
        elapsed.setText(elapsedWords(Duration.between(started, clock.instant())));
    }

    static String elapsedWords(Duration time) {
        long seconds = Math.max(0, time.getSeconds());
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        return hours > 0 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format(java.util.Locale.ROOT, "%02d:%02d", minutes, seconds % 60);
    }

    /** A step as the list shows it: "3. about March 2022 — Invasion stalls; …". */
    private final class StepCell extends ListCell<TourStep> {
        StepCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TourStep step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setText(null);
                setId(null);
                return;
            }
            setId("console-step:" + getIndex());
            setText((getIndex() + 1) + ". " + state.getTimeline().event(step.eventId())
                    .map(e -> e.when().inWords() + " — " + e.title()).orElse(step.eventId()));
        }
    }

}
