package org.balancingact.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;

/** How the timeline splits events into lanes. An event with three actors appears in three actor lanes. */
public enum LaneGrouping {
    THEME("timeline.lanes.theme"), ACTOR("timeline.lanes.actor"), COUNTRY("timeline.lanes.country"),
    NONE("timeline.lanes.none");

    /** The bundle key of the name the lanes menu shows. */
    private final String labelKey;

    LaneGrouping(String labelKey) {
        this.labelKey = labelKey;
    }

    @Override
    public String toString() {
        return Messages.get(labelKey);
    }

    /** The lane keys of one event; an event with no key goes to the "Other" lane. */
    List<String> keysOf(Event event, Timeline timeline) {
        switch (this) {
            case THEME:
                return distinctOrOther(event.themeIds());
            case ACTOR:
                return distinctOrOther(event.actorIds());
            case COUNTRY:
                Set<String> keys = new LinkedHashSet<>();
                for (String actorId : event.actorIds()) {
                    timeline.actor(actorId).ifPresent(actor -> {
                        if (actor.kind() == org.balancingact.model.ActorKind.STATE) {
                            keys.add(actor.id());
                        } else if (!actor.countryId().isEmpty()) {
                            keys.add(actor.countryId());
                        }
                    });
                }
                return keys.isEmpty() ? OTHER_ONLY : List.copyOf(keys);
            default:
                return ALL_ONLY;
        }
    }

    /**
     * The ids once each, in their order; the event's own (immutable) list when it has no repeats, as
     * nearly always: this runs for every event when the lanes are built (a million at the largest).
     */
    private static List<String> distinctOrOther(List<String> ids) {
        switch (ids.size()) {
            case 0:
                return OTHER_ONLY;
            case 1:
                return ids;
            case 2:
                return ids.get(0).equals(ids.get(1)) ? List.of(ids.get(0)) : ids;
            default:
                return List.copyOf(new LinkedHashSet<>(ids));
        }
    }

    /** All lane keys of a timeline in display order: declared themes first, then by first appearance. */
    List<String> lanesOf(Timeline timeline) {
        Set<String> lanes = new LinkedHashSet<>();
        if (this == THEME) {
            timeline.themes().forEach(t -> lanes.add(t.id()));
        }
        // events per key, counted in the same pass (sorting by a count that scans all events per
        // comparison took minutes at 100,000 events grouped by actor)
        Map<String, Integer> counts = new HashMap<>();
        boolean byActivity = this == ACTOR || this == COUNTRY;
        boolean other = false;
        for (Event event : timeline.events()) {
            for (String key : keysOf(event, timeline)) {
                if (key.equals(OTHER)) {
                    other = true;
                } else {
                    lanes.add(key);
                    if (byActivity) {
                        counts.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>(lanes);
        if (byActivity) {
            // most active first: the lanes a class will look at sit at the top (a stable sort: ties
            // keep the order of first appearance)
            ordered.sort((a, b) -> Integer.compare(counts.getOrDefault(b, 0), counts.getOrDefault(a, 0)));
        }
        if (other) {
            ordered.add(OTHER);
        }
        return ordered;
    }

    String laneLabel(String key, Timeline timeline) {
        if (key.equals(OTHER)) {
            return Messages.get("timeline.lane.other");
        }
        switch (this) {
            case THEME: return timeline.themeLabel(key);
            case ACTOR: case COUNTRY: return timeline.actorName(key);
            default: return Messages.get("timeline.lane.all");
        }
    }

    static final String OTHER = "\u0000other";
    private static final List<String> OTHER_ONLY = List.of(OTHER);
    private static final List<String> ALL_ONLY = List.of("all");
}
