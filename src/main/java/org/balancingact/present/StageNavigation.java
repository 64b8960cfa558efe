package org.balancingact.present;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.balancingact.explore.TourPlayer;
import org.balancingact.i18n.Messages;
import org.balancingact.present.PresentingKeys.Command;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The stage's bottom bar: previous, "3 / 14", next, autoplay, end of the tour, the note, leaving. Icons
 * with accessible names and tooltips, so nothing is ever cut short; the tour's title at the left gives
 * way when the bar has no room for it. Without a tour the arrows walk the events in time.
 */
final class StageNavigation extends HBox {
    private final TourPlayer tour;
    private final Label title = new Label();
    private final Label progress = new Label();
    private final Button previous;
    private final Button next;
    private final ToggleButton autoplay;
    private final Button endTour;
    private final Button startTour;
    private final ToggleButton note;

    StageNavigation(TourPlayer tour, Consumer<Command> perform, BooleanProperty autoplayOn, BooleanProperty noteShown,
                    javafx.beans.value.ObservableBooleanValue hasTours) {
        this.tour = tour;
        setId("stage-nav");
        getStyleClass().add("stage-nav");
        setAlignment(Pos.CENTER_LEFT);
        title.setId("stage-tour-title");
        title.getStyleClass().add("stage-tour-title");
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        progress.setId("stage-progress");
        progress.getStyleClass().add("stage-progress");
        progress.setMinWidth(Region.USE_PREF_SIZE);

        previous = Icons.button(new Button(), "stage-previous", MaterialDesignC.CHEVRON_LEFT,
                Messages.get("stage.previous"), Messages.get("stage.previous.tooltip"));
        previous.setOnAction(e -> perform.accept(Command.PREVIOUS));
        next = Icons.button(new Button(), "stage-next", MaterialDesignC.CHEVRON_RIGHT,
                Messages.get("stage.next"), Messages.get("stage.next.tooltip"));
        next.setOnAction(e -> perform.accept(Command.NEXT));
        autoplay = Icons.button(new ToggleButton(), "stage-autoplay", MaterialDesignP.PLAY,
                Messages.get("stage.autoplay"), Messages.get("stage.autoplay.tooltip"));
        autoplay.selectedProperty().bindBidirectional(autoplayOn);
        autoplay.selectedProperty().addListener((obs, was, on) ->
                ((org.kordamp.ikonli.javafx.FontIcon) autoplay.getGraphic()).setIconCode(on ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        endTour = Icons.button(new Button(), "stage-end-tour", MaterialDesignS.STOP,
                Messages.get("stage.endTour"), Messages.get("stage.endTour.tooltip"));
        endTour.setOnAction(e -> perform.accept(Command.END_TOUR));
        startTour = Icons.button(new Button(), "stage-start-tour", MaterialDesignM.MAP_MARKER_PATH,
                Messages.get("stage.startTour"), Messages.get("stage.startTour.tooltip"));
        startTour.setOnAction(e -> perform.accept(Command.START_TOUR));
        startTour.disableProperty().bind(javafx.beans.binding.Bindings.not(hasTours));
        note = Icons.button(new ToggleButton(), "stage-note-toggle", MaterialDesignN.NOTE_TEXT_OUTLINE,
                Messages.get("stage.note"), Messages.get("stage.note.tooltip"));
        note.selectedProperty().bindBidirectional(noteShown);
        Button leave = Icons.button(new Button(), "stage-leave", MaterialDesignF.FULLSCREEN_EXIT,
                Messages.get("stage.leave"), Messages.get("stage.leave.tooltip"));
        leave.setOnAction(e -> perform.accept(Command.LEAVE));

        getChildren().addAll(title, previous, progress, next, autoplay, endTour, startTour, note, leave);
    }

    /** Shows what fits the moment: the tour's buttons while one plays, else the event arrows and the tour's start. */
    void refresh(String datasetTitle, boolean hasNote) {
        boolean playing = tour.isPlaying();
        title.setText(playing ? tour.tourProperty().get().title() : datasetTitle);
        progress.setText(tour.progress());
        progress.setAccessibleText(playing ? Messages.get("stage.progress.accessible",
                String.valueOf(tour.stepProperty().get() + 1), String.valueOf(tour.size())) : "");
        show(progress, playing);
        show(autoplay, playing);
        show(endTour, playing);
        show(startTour, !playing);
        show(note, hasNote);
        int step = tour.stepProperty().get();
        previous.setDisable(playing && step <= 0);
        next.setDisable(playing && step >= tour.size() - 1);
        // the same arrows walk the tour's steps, or without a tour the events in time
        previous.setAccessibleText(Messages.get(playing ? "stage.previous" : "stage.previousEvent"));
        previous.getTooltip().setText(Messages.get(playing ? "stage.previous.tooltip" : "stage.previousEvent.tooltip"));
        next.setAccessibleText(Messages.get(playing ? "stage.next" : "stage.nextEvent"));
        next.getTooltip().setText(Messages.get(playing ? "stage.next.tooltip" : "stage.nextEvent.tooltip"));
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // the title gives way rather than being cut: the buttons and "3 / 14" always have their room
        title.setVisible(!title.getText().isEmpty() && title.getWidth() + 0.5 >= title.prefWidth(-1));
    }
}
