package org.balancingact.timeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        Set<String> keys = new LinkedHashSet<>();
        switch (this) {
            case THEME:
                keys.addAll(event.themeIds());
                break;
            case ACTOR:
                keys.addAll(event.actorIds());
                break;
            case COUNTRY:
                for (String actorId : event.actorIds()) {
                    timeline.actor(actorId).ifPresent(actor -> {
                        if (actor.kind() == org.balancingact.model.ActorKind.STATE) {
                            keys.add(actor.id());
                        } else if (!actor.countryId().isEmpty()) {
                            keys.add(actor.countryId());
                        }
                    });
                }
                break;
            default:
                keys.add("all");
        }
        if (keys.isEmpty()) {
            keys.add(OTHER);
        }
        return new ArrayList<>(keys);
    }

    /** All lane keys of a timeline in display order: declared themes first, then by first appearance. */
    List<String> lanesOf(Timeline timeline) {
        Set<String> lanes = new LinkedHashSet<>();
        if (this == THEME) {
            timeline.themes().forEach(t -> lanes.add(t.id()));
        }
        boolean other = false;
        for (Event event : timeline.events()) {
            for (String key : keysOf(event, timeline)) {
                if (key.equals(OTHER)) {
                    other = true;
                } else {
                    lanes.add(key);
                }
            }
        }
        List<String> ordered = new ArrayList<>(lanes);
        if (this == ACTOR || this == COUNTRY) {
            // most active first: the lanes a class will look at sit at the top
            ordered.sort((a, b) -> Long.compare(count(timeline, b), count(timeline, a)));
        }
        if (other) {
            ordered.add(OTHER);
        }
        return ordered;
    }

    private long count(Timeline timeline, String key) {
        return timeline.events().stream().filter(e -> keysOf(e, timeline).contains(key)).count();
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
}
