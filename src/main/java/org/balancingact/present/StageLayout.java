package org.balancingact.present;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.TourPlayer;
import org.balancingact.network.ActorNetworkView;
import org.balancingact.network.NetworkScope;
import org.balancingact.present.PresentingKeys.Command;
import org.balancingact.timeline.LaneGrouping;
import org.balancingact.timeline.TimelineView;

/**
 * The stage: what a class sees while a teacher presents. Its own composition of the views, made for a
 * projector: the step's date in words and its title across the top, a timeline strip framing the step's
 * event, then the key quote in large type beside the step's network (which gets the most room), and the
 * tour's navigation at the bottom. Without a tour it shows the selection the same way.
 */
public final class StageLayout extends VBox {
    private final ExplorerState state;
    private final TourPlayer tour;
    private final BooleanProperty noteShown;
    private final Label date = new Label();
    private final Label title = new Label();
    private final Label titleLanguage = LanguageTag.label("stage-title-language");
    private final TimelineView strip;
    private final ActorNetworkView network;
    private final QuoteBlock quote = new QuoteBlock();
    private final StageColumns columns;
    private final StageNavigation navigation;
    private StageText shown;

    StageLayout(ExplorerState state, TourPlayer tour, Consumer<Command> perform, BooleanProperty autoplayOn,
                BooleanProperty noteShown, ObservableBooleanValue hasTours) {
        this.state = state;
        this.tour = tour;
        this.noteShown = noteShown;
        setId("stage");
        getStyleClass().add("presenting-stage");

        date.setId("stage-date");
        date.getStyleClass().add("stage-date");
        title.setId("stage-title");
        title.getStyleClass().add("stage-title");
        for (Label label : new Label[] {date, title}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setMaxWidth(Double.MAX_VALUE);
        }
        HBox titleRow = new HBox(title, titleLanguage);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        titleRow.getStyleClass().add("stage-tagged");
        HBox.setHgrow(title, Priority.ALWAYS);
        VBox heading = new VBox(date, titleRow);
        heading.setId("stage-heading");
        heading.getStyleClass().add("stage-heading");

        strip = new TimelineView(state);
        strip.getStyleClass().add("timeline-strip");
        strip.setLaneGrouping(LaneGrouping.NONE);
        // the strip's rows get the overview's room; the workbench keeps the overview for finding one's way
        strip.setOverviewVisible(false);

        network = new ActorNetworkView(state);
        network.getStyleClass().add("stage-network");
        // the step's actors and their first neighbours only; no tools (their keys still work); "what
        // changed" said by the stage itself, under the quote, so the drawing keeps the column's height
        network.setScope(NetworkScope.FEATURED_NEIGHBOURHOOD);
        network.toolsShownProperty().set(false);
        network.whatChangedShownProperty().set(false);
        network.whatChangedProperty().addListener((obs, was, now) -> {
            quote.setChanges(now);
            showQuoteColumn();
        });
        columns = new StageColumns(quote, network);
        VBox.setVgrow(columns, Priority.ALWAYS);

        navigation = new StageNavigation(tour, perform, autoplayOn, noteShown, hasTours);
        getChildren().addAll(heading, strip, columns, navigation);

        widthProperty().addListener((obs, was, now) -> scaleToTheScreen());
        heightProperty().addListener((obs, was, now) -> scaleToTheScreen());
        state.selectionProperty().addListener((obs, was, now) -> refresh());
        state.focusDateProperty().addListener((obs, was, now) -> refresh());
        state.timelineProperty().addListener((obs, was, now) -> refresh());
        tour.tourProperty().addListener((obs, was, now) -> refresh());
        tour.stepProperty().addListener((obs, was, now) -> refresh());
        noteShown.addListener((obs, was, now) -> refresh());
        refresh();
    }

    /** The event the strip was last framed on, so that only a new one frames it again. */
    private String framedEvent = "";

    /** Says the step (or the selection) again: after every move of the tour, the selection or the date. */
    void refresh() {
        StageText text = StageText.of(state, tour);
        shown = text;
        date.setText(text.date());
        title.setText(text.title());
        LanguageTag.set(titleLanguage, text.titleInEnglish() ? "EN" : "");
        quote.show(text, noteShown.get());
        network.setFeaturedActors(text.actorIds());
        if (!text.eventId().isEmpty() && !text.eventId().equals(framedEvent)) {
            // the step's (or the selection's) event as itself with its whole title, its neighbours around it;
            // only when the event changes: N or a new network date must not undo a pan of the strip
            strip.frameEvent(text.eventId());
        }
        framedEvent = text.eventId();
        showQuoteColumn();
        navigation.refresh(state.getTimeline().title(), text.hasNote());
        setAccessibleText(text.date() + " — " + text.title());
    }

    /** The stage is made for 1024×768; on a larger screen everything on it grows with the screen, like a slide. */
    static final double DESIGN_WIDTH = 1024;
    static final double DESIGN_HEIGHT = 768;
    private double scale = 1;

    /**
     * Scales the stage's type (and with it every size in em) by how much larger than 1024×768 the stage
     * is, in steps of 5 %, never below the window's own type: a full-HD projector in a large room gets a
     * 40 % larger quote, not a sea of empty space. Relative to the window's type (em), so Ctrl + and
     * Ctrl − still work on top of it.
     */
    private void scaleToTheScreen() {
        double fit = Math.min(getWidth() / DESIGN_WIDTH, getHeight() / DESIGN_HEIGHT);
        double next = Math.max(1, Math.min(2, Math.floor(fit * 20) / 20));
        if (next != scale) {
            scale = next;
            setStyle(scale == 1 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fem;", scale));
        }
    }

    /** The quote column shows when it has something to say: the quote, the note (N) or what changed. */
    private void showQuoteColumn() {
        StageText text = shown;
        boolean any = text != null && (text.hasQuote() || (noteShown.get() && text.hasNote())) || quote.hasChanges();
        quote.setVisible(any);
        quote.setManaged(any);
    }

    /** What the stage says now. */
    public StageText shown() {
        return shown;
    }

    /** The timeline strip framing the step's event. */
    public TimelineView strip() {
        return strip;
    }

    /** The step's network. */
    public ActorNetworkView network() {
        return network;
    }

    /** The quote column's share of the stage's width (for tests and measurements). */
    double quoteShare() {
        return columns.quoteShare();
    }
}
