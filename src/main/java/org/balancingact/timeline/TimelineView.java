package org.balancingact.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.index.EventIndex;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.DateRange;
import org.balancingact.model.Event;

/**
 * A zoomable timeline of the explorer state's events. The control holds what is shown (the visible
 * range in fractional epoch days, the lane grouping); {@link TimelineSkin} draws it; {@code timeline.css}
 * gives the looks. The visible range is mirrored into the explorer state so other views can follow it.
 */
public class TimelineView extends Control {
    /** The narrowest view: a few days across. */
    public static final double MIN_SPAN_DAYS = 7;
    /** Space left either side of the data when everything is shown. */
    static final double FIT_MARGIN = 0.04;

    private final ExplorerState state;
    private final ReadOnlyDoubleWrapper startDay = new ReadOnlyDoubleWrapper(this, "startDay");
    private final ReadOnlyDoubleWrapper endDay = new ReadOnlyDoubleWrapper(this, "endDay");
    private final ObjectProperty<LaneGrouping> laneGrouping = new SimpleObjectProperty<>(this, "laneGrouping", LaneGrouping.NONE);
    private final javafx.beans.property.BooleanProperty overviewVisible =
            new javafx.beans.property.SimpleBooleanProperty(this, "overviewVisible", true);
    private boolean mirroring;
    /** Set while the skin frames the view itself (a pending opening request is not cancelled then). */
    private boolean framing;
    /**
     * What the skin frames at its next layout, when it knows its real size: the opening view, or events
     * ({@link #frameEvent}, {@link #zoomToSelection}). Observable so the skin lays out again when asked.
     */
    private final ObjectProperty<FramingRequest> framingRequest = new SimpleObjectProperty<>(this, "framingRequest");

    javafx.beans.value.ObservableValue<FramingRequest> framingRequestProperty() {
        return framingRequest;
    }

    public TimelineView(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        getStyleClass().setAll("timeline-view");
        setId("timeline");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.PARENT);
        setAccessibleText(Messages.get("timeline.accessible"));
        DateRange initial = state.getVisibleRange();
        startDay.set(initial.start().toEpochDay());
        endDay.set(initial.end().toEpochDay() + 1);
        state.visibleRangeProperty().addListener((obs, was, range) -> {
            if (!mirroring && range != null && !range.equals(toDateRange())) {
                setVisibleDays(range.start().toEpochDay(), range.end().toEpochDay() + 1.0);
            }
        });
        state.timelineProperty().addListener((obs, was, now) -> showOpeningView());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("timeline.css").toExternalForm();
    }

    public ExplorerState getState() {
        return state;
    }

    // ---- visible range ------------------------------------------------------------------------

    /** First visible epoch day, fractional so that zooming around the pointer is exact. */
    public ReadOnlyDoubleProperty startDayProperty() {
        return startDay.getReadOnlyProperty();
    }

    public double getStartDay() {
        return startDay.get();
    }

    /** Epoch day at the right edge (exclusive). */
    public ReadOnlyDoubleProperty endDayProperty() {
        return endDay.getReadOnlyProperty();
    }

    public double getEndDay() {
        return endDay.get();
    }

    /** Shows {@code [start, end)} in fractional epoch days, kept within the zoom limits. */
    public void setVisibleDays(double start, double end) {
        FramingRequest pending = framingRequest.get();
        if (pending != null && pending.isOpening() && !framing) {
            // a caller chose the days (--view, Home, a test) before the opening view was laid out: theirs win
            framingRequest.set(null);
        }
        showDays(start, end);
    }

    /** The skin's own framing (opening view, reveal): what {@link #setVisibleDays} does, the opening kept. */
    void frameDays(double start, double end) {
        framing = true;
        try {
            showDays(start, end);
        } finally {
            framing = false;
        }
    }

    private void showDays(double start, double end) {
        double span = Math.max(MIN_SPAN_DAYS, end - start);
        double[] limits = limits();
        span = Math.min(span, limits[1] - limits[0]);
        double s = start;
        if (end - start < MIN_SPAN_DAYS) {
            s = (start + end) / 2 - span / 2;
        } else if (end - start > span) {
            s = (start + end) / 2 - span / 2;
        }
        s = Math.max(limits[0], Math.min(s, limits[1] - span));
        startDay.set(s);
        endDay.set(s + span);
        mirroring = true;
        try {
            state.setVisibleRange(toDateRange());
        } finally {
            mirroring = false;
        }
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping {@code anchorDay} at the same place on screen. */
    public void zoom(double factor, double anchorDay) {
        double s = getStartDay();
        double e = getEndDay();
        double newSpan = Math.max(MIN_SPAN_DAYS, (e - s) * factor);
        double ratio = (anchorDay - s) / (e - s);
        setVisibleDays(anchorDay - ratio * newSpan, anchorDay - ratio * newSpan + newSpan);
    }

    public void zoomIn() {
        animateZoom(1 / 1.5);
    }

    public void zoomOut() {
        animateZoom(1.5);
    }

    private void animateZoom(double factor) {
        double middle = (getStartDay() + getEndDay()) / 2;
        double span = Math.max(MIN_SPAN_DAYS, (getEndDay() - getStartDay()) * factor);
        animateTo(middle - span / 2, middle + span / 2);
    }

    // ---- animated moves -----------------------------------------------------------------------

    /** The longest a zoom or fit transition takes; wheel, drag and keys move at once. */
    static final javafx.util.Duration TRANSITION = javafx.util.Duration.millis(220);

    private final javafx.beans.property.BooleanProperty reduceMotion = new javafx.beans.property.SimpleBooleanProperty(
            this, "reduceMotion", Boolean.getBoolean("balancingact.reduceMotion"));
    private final RangeTransition transition = new RangeTransition(TRANSITION, this::setVisibleDays);

    /** When true (the user's "reduce motion" preference), zoom and fit jump instead of gliding. */
    public javafx.beans.property.BooleanProperty reduceMotionProperty() {
        return reduceMotion;
    }

    public boolean isReduceMotion() {
        return reduceMotion.get();
    }

    public void setReduceMotion(boolean value) {
        reduceMotion.set(value);
    }

    /** Moves the view to {@code [start, end)}, gliding there in at most {@link #TRANSITION} unless motion is reduced. */
    public void animateTo(double start, double end) {
        if (isReduceMotion() || getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            transition.stop();
            setVisibleDays(start, end);
            return;
        }
        transition.glide(getStartDay(), getEndDay(), start, end);
    }

    /** Moves the view by a number of days (negative: towards the past). */
    public void pan(double days) {
        setVisibleDays(getStartDay() + days, getEndDay() + days);
    }

    /** Shows the whole dataset with a small margin either side. */
    public void fitAll() {
        EventIndex index = state.eventIndex();
        double first = index.firstDay().toEpochDay();
        double last = index.lastDay().toEpochDay() + 1;
        double margin = Math.max(MIN_SPAN_DAYS, (last - first) * FIT_MARGIN);
        animateTo(first - margin, last + margin);
    }

    /**
     * The view a file opens on: of the ranges between the events' own dates, the one where the most
     * titles can be read whole at the size the view has (chosen by the skin at its next layout; a resize
     * before the user moves the view chooses again). Until then, and for files too large to search, the
     * main period ({@link #showMainPeriod}). Home and Fit all still show everything.
     */
    public void showOpeningView() {
        framing = true;
        try {
            showMainPeriod();
        } finally {
            framing = false;
        }
        framingRequest.set(FramingRequest.OPENING);
    }

    /**
     * Frames an event in its context, for a strip that follows a tour: the event drawn as itself with its
     * whole title, and around it the range where the most neighbours can be read too. Takes effect at the
     * next layout (the range depends on the view's size); the time cursor is the explorer state's focus
     * date. Select the event too if it should be emphasised.
     */
    public void frameEvent(String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        if (shownEvents().size() > OpeningFrame.MAX_EVENTS) {
            // too many events to search a range: the event in the middle, at the current zoom
            state.getTimeline().event(eventId).ifPresent(event -> {
                double middle = TimeSpan.startDay(event.when());
                double span = getEndDay() - getStartDay();
                setVisibleDays(middle - span / 3, middle + span * 2 / 3);
            });
            return;
        }
        framingRequest.set(new FramingRequest(List.of(eventId), true, false));
    }

    /** The framing asked for since the last layout (null: none), forgotten once taken. */
    FramingRequest takeFramingRequest() {
        FramingRequest asked = framingRequest.get();
        framingRequest.set(null);
        return asked;
    }

    // ---- how it looks -------------------------------------------------------------------------

    /**
     * Whether the overview strip (the density of the whole file and the visible window, under the lanes)
     * is shown. A compact strip (the presenting stage's timeline) turns it off to give its rows the room.
     */
    public javafx.beans.property.BooleanProperty overviewVisibleProperty() {
        return overviewVisible;
    }

    public boolean isOverviewVisible() {
        return overviewVisible.get();
    }

    public void setOverviewVisible(boolean visible) {
        overviewVisible.set(visible);
    }

    /**
     * The main period of the data. A lone event far from the rest (the article's
     * analogy with the late 1980s) would otherwise squeeze everything else into a sliver; Home
     * still shows everything.
     */
    public void showMainPeriod() {
        double[] main = OpeningFrame.mainPeriod(state.getTimeline().events());
        if (main == null) {
            fitAll();
            return;
        }
        double margin = Math.max(MIN_SPAN_DAYS, (main[1] - main[0]) * FIT_MARGIN);
        setVisibleDays(main[0] - margin, main[1] + margin);
    }

    /**
     * Zooms to the selected event's possible days, with room around it; for an actor, a relation or a
     * quote, frames all the events it highlights, with room for the last ones' titles.
     */
    public void zoomToSelection() {
        if (selectedEvent().isEmpty()) {
            frameHighlightedEvents();
            return;
        }
        selectedEvent().ifPresent(event -> {
            double s = TimeSpan.startDay(event.when());
            double e = TimeSpan.endDay(event.when()) + 1;
            s = Math.max(s, getLimitStart());
            e = Math.min(e, getLimitEnd());
            double pad = Math.max(MIN_SPAN_DAYS, (e - s) * 0.5);
            animateTo(s - pad, e + pad);
        });
    }

    private void frameHighlightedEvents() {
        var highlights = state.getHighlights();
        if (!highlights.isActive()) {
            return;
        }
        List<String> ids = shownEvents().stream().map(Event::id).filter(highlights.events()::contains).toList();
        if (!ids.isEmpty() && shownEvents().size() <= OpeningFrame.MAX_EVENTS) {
            // the range where the most of them can be read whole, found by the skin at its real size
            framingRequest.set(new FramingRequest(ids, false, true));
            return;
        }
        double first = Double.MAX_VALUE;
        double last = -Double.MAX_VALUE;
        for (Event event : shownEvents()) {
            if (highlights.events().contains(event.id()) && !event.when().isOpenStart()) {
                first = Math.min(first, Math.max(TimeSpan.startDay(event.when()), getLimitStart()));
                last = Math.max(last, Math.min(TimeSpan.startDay(event.when()) + 1, getLimitEnd()));
            }
        }
        if (first > last) {
            return;
        }
        double span = Math.max(MIN_SPAN_DAYS * 4, last - first);
        // titles are written after their marks: the last ones need room to the right
        animateTo(first - span * 0.04, last + span * 0.45);
    }

    double getLimitStart() {
        return limits()[0];
    }

    double getLimitEnd() {
        return limits()[1];
    }

    /** The widest view: the data with a generous margin, never less than a year. */
    private double[] limits() {
        EventIndex index = state.eventIndex();
        double first = index.firstDay().toEpochDay();
        double last = index.lastDay().toEpochDay() + 1;
        double margin = Math.max(183, (last - first) * 0.25);
        return new double[] {first - margin, last + margin};
    }

    private DateRange toDateRange() {
        LocalDate from = LocalDate.ofEpochDay((long) Math.floor(getStartDay()));
        LocalDate to = LocalDate.ofEpochDay(Math.max((long) Math.ceil(getEndDay()) - 1, from.toEpochDay()));
        return DateRange.of(from, to);
    }

    // ---- lanes --------------------------------------------------------------------------------

    public ObjectProperty<LaneGrouping> laneGroupingProperty() {
        return laneGrouping;
    }

    public LaneGrouping getLaneGrouping() {
        return laneGrouping.get();
    }

    public void setLaneGrouping(LaneGrouping grouping) {
        laneGrouping.set(grouping == null ? LaneGrouping.NONE : grouping);
    }

    // ---- selection ----------------------------------------------------------------------------

    public java.util.Optional<Event> selectedEvent() {
        if (state.getSelection() instanceof Selection.OfEvent e) {
            return state.getTimeline().event(e.id());
        }
        return java.util.Optional.empty();
    }

    /** The events the filter lets through, in time order: what Left and Right walk. */
    List<Event> shownEvents() {
        return state.getTimeline().events().stream().filter(state.getFilter()::accepts).toList();
    }

    /** Selects the next (+1) or previous (-1) event in time and brings it into view. */
    public void selectAdjacent(int direction) {
        List<Event> events = shownEvents();
        if (events.isEmpty()) {
            return;
        }
        int at = selectedEvent().map(events::indexOf).orElse(-1);
        int next;
        if (at < 0) {
            double middle = (getStartDay() + getEndDay()) / 2;
            next = 0;
            while (next < events.size() - 1 && TimeSpan.startDay(events.get(next).when()) < middle) {
                next++;
            }
        } else {
            next = Math.max(0, Math.min(events.size() - 1, at + direction));
        }
        state.select(Selection.event(events.get(next).id()));
    }
}
