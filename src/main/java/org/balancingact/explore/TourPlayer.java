package org.balancingact.explore;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.Event;
import org.balancingact.model.Quote;
import org.balancingact.model.Timeline;
import org.balancingact.model.Tour;
import org.balancingact.model.TourStep;

/**
 * Plays a tour like slides: each step selects its event (so the timeline moves to it and the quote
 * panel shows its words) and sets the focus date to the event's date (so the network shows the
 * relations in force then). It writes only the explorer state, like every view.
 */
public final class TourPlayer {
    private final ExplorerState state;
    private final ReadOnlyObjectWrapper<Tour> tour = new ReadOnlyObjectWrapper<>(this, "tour");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);

    public TourPlayer(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        state.timelineProperty().addListener((obs, was, now) -> stop());
    }

    /** Starts the tour with this id at its first step; false when the dataset has no such tour. */
    public boolean start(String tourId) {
        Optional<Tour> found = state.getTimeline().tour(tourId);
        found.ifPresent(t -> {
            tour.set(t);
            go(0);
        });
        return found.isPresent();
    }

    public void stop() {
        tour.set(null);
        step.set(-1);
    }

    public boolean isPlaying() {
        return tour.get() != null;
    }

    public void next() {
        if (isPlaying() && step.get() < size() - 1) {
            go(step.get() + 1);
        }
    }

    public void previous() {
        if (isPlaying() && step.get() > 0) {
            go(step.get() - 1);
        }
    }

    /** Moves to a step (0-based) and applies it to the explorer state. */
    public void go(int index) {
        if (!isPlaying() || index < 0 || index >= size()) {
            return;
        }
        step.set(index);
        Optional<LocalDate> stepDate = currentStep().flatMap(TourStep::networkDate)
                .map(date -> LocalDate.ofEpochDay(TimeSpan.startDay(date)));
        currentEvent().ifPresent(event -> {
            state.setVisibleRange(viewOf(event));
            state.select(Selection.event(event.id()));
            state.setFocusDate(stepDate.orElseGet(() -> focusDateOf(event)));
        });
    }

    /**
     * The stretch of time a step shows: the event with room either side (at least three months), so it
     * stands on its own instead of inside the cluster of a whole decade.
     */
    static org.balancingact.model.DateRange viewOf(Event event) {
        long start = TimeSpan.startDay(event.when());
        long end = TimeSpan.endDay(event.when());
        if (event.when().isOpenEnd()) {
            end = start + 60;
        }
        if (event.when().isOpenStart()) {
            start = end - 60;
        }
        long pad = Math.max(45, (end - start) / 3);
        return org.balancingact.model.DateRange.of(java.time.LocalDate.ofEpochDay(start - pad),
                java.time.LocalDate.ofEpochDay(end + pad));
    }

    /**
     * The network's date for a step without one of its own: the event's start (its earliest day), or its
     * end when it has no start, so the step shows the relations in force as the event begins.
     */
    static java.time.LocalDate focusDateOf(Event event) {
        if (event.when().isOpenStart()) {
            return java.time.LocalDate.ofEpochDay(TimeSpan.endDay(event.when()));
        }
        return java.time.LocalDate.ofEpochDay(TimeSpan.startDay(event.when()));
    }

    public int size() {
        return isPlaying() ? tour.get().steps().size() : 0;
    }

    /** The step on show: its event, the teacher's note, the class's question, the network's date. */
    public Optional<TourStep> currentStep() {
        if (!isPlaying() || step.get() < 0) {
            return Optional.empty();
        }
        return Optional.of(tour.get().steps().get(step.get()));
    }

    /** The step after the current one, for a presenter's console. */
    public Optional<TourStep> nextStep() {
        if (!isPlaying() || step.get() + 1 >= size()) {
            return Optional.empty();
        }
        return Optional.of(tour.get().steps().get(step.get() + 1));
    }

    public Optional<Event> currentEvent() {
        return currentStep().flatMap(s -> state.getTimeline().event(s.eventId()));
    }

    /**
     * The actors the step's network brings forward: the event's own, then those the step adds, each
     * once and in that order.
     */
    public java.util.List<String> stepActors() {
        java.util.LinkedHashSet<String> actors = new java.util.LinkedHashSet<>();
        currentEvent().ifPresent(e -> actors.addAll(e.actorIds()));
        currentStep().ifPresent(s -> actors.addAll(s.actorIds()));
        return java.util.List.copyOf(actors);
    }

    /** The step's key quote: the first quote its event cites. */
    public Optional<Quote> keyQuote() {
        Timeline timeline = state.getTimeline();
        return currentEvent().flatMap(e -> e.quoteIds().stream().findFirst()).flatMap(timeline::quote);
    }

    /** "3 / 10", the progress mark a class sees. */
    public String progress() {
        return isPlaying() ? (step.get() + 1) + " / " + size() : "";
    }

    public ReadOnlyObjectProperty<Tour> tourProperty() {
        return tour.getReadOnlyProperty();
    }

    /** 0-based index of the current step; -1 when no tour plays. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }
}
