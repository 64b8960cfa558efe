package org.balancingact.model;

import java.util.Objects;

/** A theme events belong to (war, diplomacy, ...); the timeline can make a lane of each. */
public record Theme(String id, String label, String description) {
    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description;
    }
}
