package org.balancingact.timeline;

import org.balancingact.i18n.Messages;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;

/** The words of an event on the timeline: its label and what a screen reader says. */
public final class EventText {
    private EventText() {
    }

    /** The label: "~" before an approximate date's title and "?" after an uncertain one. */
    public static String label(Event event) {
        HistoricalDate when = event.when();
        String prefix = when.isApproximate() ? "~ " : "";
        String suffix = when.isUncertain() ? " ?" : "";
        return prefix + event.title() + suffix;
    }

    /** Title, the date in words, and whether it is approximate or uncertain. */
    public static String accessibleText(Event event) {
        HistoricalDate when = event.when();
        StringBuilder text = new StringBuilder(event.title()).append(", ").append(when.inWords());
        if (when.isApproximate()) {
            text.append(", ").append(Messages.get("details.date.approximate"));
        }
        if (when.isUncertain()) {
            text.append(", ").append(Messages.get("details.date.uncertain"));
        }
        return text.toString();
    }
}
