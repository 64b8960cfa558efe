package org.balancingact.model;

import java.util.List;
import java.util.Objects;

/**
 * Something that happened, or a period or claim the source dates. {@code importance} 1 is a key
 * turning point, 3 background; it decides which labels survive when space is short.
 */
public record Event(String id, String title, HistoricalDate when, String summary, List<String> actorIds,
                    List<String> themeIds, int importance, List<String> quoteIds, String dateNote,
                    List<Reference> references) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(when, "when");
        summary = summary == null ? "" : summary;
        actorIds = actorIds == null ? List.of() : List.copyOf(actorIds);
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
        quoteIds = quoteIds == null ? List.of() : List.copyOf(quoteIds);
        dateNote = dateNote == null ? "" : dateNote;
        references = references == null ? List.of() : List.copyOf(references);
        if (importance < 1 || importance > 3) {
            importance = 2;
        }
    }
}
