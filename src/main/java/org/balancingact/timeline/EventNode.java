package org.balancingact.timeline;

import java.util.Locale;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.DateRange;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;

/**
 * One event on the timeline: a mark over its possible days and a label. The mark fades where the date
 * is uncertain (from the earliest to the latest possible day) so a month-precise date never looks
 * like a precise one; "~" and "?" in the label say approximate and uncertain in words too.
 */
final class EventNode extends Pane {
    private final Event event;

    EventNode(Event event, double viewWidth, double rowHeight, LaneLayout.Placement placement) {
        this.event = event;
        getStyleClass().add("timeline-event");
        setId("event:" + event.id());
        setPickOnBounds(false);
        setFocusTraversable(false);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(accessibleText(event));
        HistoricalDate when = event.when();
        if (when.isApproximate() || when.isUncertain()) {
            pseudoClassStateChanged(TimelineSkin.APPROXIMATE, true);
        }

        double markH = Math.round(rowHeight * 0.55);
        double markY = Math.round((rowHeight - markH) / 2);
        Region mark = new Region();
        mark.setManaged(false);
        if (when.isExactDay()) {
            mark.getStyleClass().add("event-point");
            double size = markH;
            double cx = (placement.x0() + placement.x1()) / 2;
            mark.resizeRelocate(cx - size / 2, markY, size, size);
        } else {
            mark.getStyleClass().add(when.isInterval() ? "event-span" : "event-fuzzy");
            mark.resizeRelocate(placement.x0(), markY, Math.max(1, placement.x1() - placement.x0()), markH);
            mark.setStyle("-fx-background-color: " + gradient(event, placement.x0(), placement.x1(), viewWidth) + ";");
        }
        getChildren().add(mark);

        if (placement.labelWidth() > 0) {
            Label label = new Label(labelText(event));
            label.getStyleClass().add("event-label");
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            label.setMinWidth(0);
            label.setManaged(false);
            label.resizeRelocate(placement.labelX(), 0, placement.labelWidth(), rowHeight);
            getChildren().add(label);
        }
        setPickOnBounds(false);
    }

    Event event() {
        return event;
    }

    static String labelText(Event event) {
        HistoricalDate when = event.when();
        String prefix = when.isApproximate() ? "~ " : "";
        String suffix = when.isUncertain() ? " ?" : "";
        return prefix + event.title() + suffix;
    }

    /** What a screen reader says: title, the date in words, and whether it is approximate or uncertain. */
    static String accessibleText(Event event) {
        HistoricalDate when = event.when();
        StringBuilder text = new StringBuilder(event.title()).append(", ").append(when.inWords());
        if (when.isApproximate()) {
            text.append(", approximate");
        }
        if (when.isUncertain()) {
            text.append(", uncertain");
        }
        return text.toString();
    }

    /**
     * A gradient over the mark: transparent at the earliest possible start, full where the event
     * surely held, transparent again at the latest possible end. Colours come from CSS lookups.
     */
    private static String gradient(Event event, double x0, double x1, double viewWidth) {
        HistoricalDate when = event.when();
        double start = TimeSpan.startDay(when);
        double end = TimeSpan.endDay(when) + 1;
        double len = Math.max(1e-9, end - start);
        double fullStart;
        double fullEnd;
        if (when.isInterval()) {
            DateRange s = when.startBounds();
            DateRange e = when.endBounds();
            fullStart = when.isOpenStart() ? 0.15 : fraction(s.end().toEpochDay() + 1, start, len);
            fullEnd = when.isOpenEnd() ? 0.85 : fraction(e.start().toEpochDay(), start, len);
            if (!when.isOpenStart() && s.start().equals(s.end())) {
                fullStart = 0;
            }
            if (!when.isOpenEnd() && e.start().equals(e.end())) {
                fullEnd = 1;
            }
            if (when.isOpenEnd() && x1 > viewWidth) {
                fullEnd = clamp((viewWidth * 0.85 - x0) / Math.max(1, x1 - x0));
            }
        } else {
            fullStart = 0.5;
            fullEnd = 0.5;
        }
        fullStart = clamp(fullStart);
        fullEnd = clamp(Math.max(fullStart, fullEnd));
        return String.format(Locale.ROOT,
                "linear-gradient(to right, -ba-event-fade 0%%, -ba-event-fill %.1f%%, -ba-event-fill %.1f%%, -ba-event-fade 100%%)",
                fullStart * 100, fullEnd * 100);
    }

    private static double fraction(double day, double start, double len) {
        return (day - start) / len;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
