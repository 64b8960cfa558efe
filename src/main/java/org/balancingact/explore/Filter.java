package org.balancingact.explore;

import java.time.LocalDate;
import java.util.Set;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.Event;
import org.balancingact.model.Relation;

/**
 * What the user chose to see. An empty set means "all". The same filter applies to every view, so
 * a student never sees an event in one view that another view hides.
 */
public record Filter(Set<String> themeIds, Set<String> actorIds, int maxImportance, LocalDate from, LocalDate to) {
    public static final Filter NONE = new Filter(Set.of(), Set.of(), 3, null, null);

    public Filter {
        themeIds = Set.copyOf(themeIds);
        actorIds = Set.copyOf(actorIds);
    }

    public boolean isActive() {
        return !themeIds.isEmpty() || !actorIds.isEmpty() || maxImportance < 3 || from != null || to != null;
    }

    public boolean accepts(Event event) {
        return (themeIds.isEmpty() || event.themeIds().stream().anyMatch(themeIds::contains))
                && (actorIds.isEmpty() || event.actorIds().stream().anyMatch(actorIds::contains))
                && event.importance() <= maxImportance
                && inDateRange(event.when());
    }

    public boolean accepts(Relation relation) {
        return (actorIds.isEmpty() || actorIds.contains(relation.fromId()) || actorIds.contains(relation.toId()))
                && inDateRange(relation.when());
    }

    private boolean inDateRange(org.balancingact.model.HistoricalDate when) {
        LocalDate start = from == null ? LocalDate.ofEpochDay(TimeSpan.FAR_PAST) : from;
        LocalDate end = to == null ? LocalDate.ofEpochDay(TimeSpan.FAR_FUTURE) : to;
        return TimeSpan.overlaps(when, start, end);
    }
}
