package org.balancingact.explore;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.balancingact.index.EventIndex;
import org.balancingact.index.RelationsInForce;
import org.balancingact.model.DateRange;
import org.balancingact.model.Timeline;

/**
 * The one place the views meet. A view writes here (a click sets the selection, dragging the cursor
 * sets the focus date) and redraws from here; no view holds a reference to another.
 */
public final class ExplorerState {
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>(this, "timeline", Timeline.empty());
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection", Selection.NONE);
    private final ObjectProperty<LocalDate> focusDate = new SimpleObjectProperty<>(this, "focusDate", LocalDate.of(2022, 2, 24));
    private final ObjectProperty<DateRange> visibleRange = new SimpleObjectProperty<>(this, "visibleRange",
            DateRange.of(LocalDate.of(2014, 1, 1), LocalDate.of(2022, 12, 31)));
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(this, "filter", Filter.NONE);
    private final ReadOnlyObjectWrapper<Highlights> highlights = new ReadOnlyObjectWrapper<>(this, "highlights", Highlights.NONE);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final javafx.beans.property.BooleanProperty spotlight = new javafx.beans.property.SimpleBooleanProperty(this, "spotlight");
    private final SelectionHistory history = new SelectionHistory();
    private EventIndex eventIndex = new EventIndex(Timeline.empty().events());
    private RelationsInForce relationsInForce = new RelationsInForce(Timeline.empty().relations());
    private boolean travelling;

    public ExplorerState() {
        selection.addListener((obs, before, after) -> {
            if (!travelling) {
                history.recordLeaving(before);
            }
            updateHistoryFlags();
            recomputeHighlights();
        });
        filter.addListener((obs, before, after) -> recomputeHighlights());
        spotlight.addListener((obs, before, after) -> recomputeHighlights());
    }

    // ---- timeline ----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    public Timeline getTimeline() {
        return timeline.get();
    }

    /**
     * Shows another dataset. The selection is kept when its id still exists (a reload after an edit),
     * otherwise cleared; history is cleared because its ids may be gone.
     */
    public void setTimeline(Timeline next) {
        Objects.requireNonNull(next, "timeline");
        eventIndex = new EventIndex(next.events());
        relationsInForce = new RelationsInForce(next.relations());
        Selection kept = getSelection();
        timeline.set(next);
        history.clear();
        travelling = true;
        try {
            selection.set(Linking.highlightsFor(next, kept, getFilter()).isActive() ? kept : Selection.NONE);
        } finally {
            travelling = false;
        }
        updateHistoryFlags();
        recomputeHighlights();
    }

    public EventIndex eventIndex() {
        return eventIndex;
    }

    public RelationsInForce relationsInForce() {
        return relationsInForce;
    }

    // ---- selection and history ---------------------------------------------------------------

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public Selection getSelection() {
        return selection.get();
    }

    public void select(Selection next) {
        selection.set(next == null ? Selection.NONE : next);
    }

    public void clearSelection() {
        select(Selection.NONE);
    }

    public void back() {
        history.back(getSelection()).ifPresent(this::travelTo);
    }

    public void forward() {
        history.forward(getSelection()).ifPresent(this::travelTo);
    }

    private void travelTo(Selection target) {
        travelling = true;
        try {
            selection.set(target);
        } finally {
            travelling = false;
        }
        updateHistoryFlags();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    private void updateHistoryFlags() {
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }

    // ---- time ---------------------------------------------------------------------------------

    /** The date under the timeline's cursor: the actor network shows the relations in force then. */
    public ObjectProperty<LocalDate> focusDateProperty() {
        return focusDate;
    }

    public LocalDate getFocusDate() {
        return focusDate.get();
    }

    public void setFocusDate(LocalDate date) {
        focusDate.set(date);
    }

    /**
     * The date the network is drawn for, or null when the timeline has no network (most imported files
     * name no actors): then no view shows a network date, neither the timeline's cursor nor the status bar.
     */
    public LocalDate getNetworkDate() {
        return getTimeline().actors().isEmpty() ? null : getFocusDate();
    }

    public ObjectProperty<DateRange> visibleRangeProperty() {
        return visibleRange;
    }

    public DateRange getVisibleRange() {
        return visibleRange.get();
    }

    public void setVisibleRange(DateRange range) {
        visibleRange.set(range);
    }

    // ---- filter and highlights -----------------------------------------------------------------

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public Filter getFilter() {
        return filter.get();
    }

    public void setFilter(Filter next) {
        filter.set(next == null ? Filter.NONE : next);
    }

    /** Derived from timeline, selection and filter by {@link Linking}; views render from it. */
    public ReadOnlyObjectProperty<Highlights> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    public Highlights getHighlights() {
        return highlights.get();
    }

    /** Spotlight: everything but the selection is dimmed, for pointing a class at one thing. */
    public javafx.beans.property.BooleanProperty spotlightProperty() {
        return spotlight;
    }

    public boolean isSpotlight() {
        return spotlight.get();
    }

    public void setSpotlight(boolean on) {
        spotlight.set(on);
    }

    private void recomputeHighlights() {
        Highlights linked = Linking.highlightsFor(getTimeline(), getSelection(), getFilter());
        highlights.set(isSpotlight() ? linked.spotlighted() : linked);
    }
}
