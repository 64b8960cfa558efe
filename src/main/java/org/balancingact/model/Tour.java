package org.balancingact.model;

import java.util.List;
import java.util.Objects;

/** A guided walk through events in the order an argument makes them, played like slides. */
public record Tour(String id, String title, String description, List<String> eventIds) {
    public Tour {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        eventIds = List.copyOf(eventIds);
    }
}
