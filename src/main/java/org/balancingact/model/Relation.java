package org.balancingact.model;

import java.util.List;
import java.util.Objects;

/** A typed relation between two actors that holds over {@code when}: "Russia — invades — Ukraine, from 24 February 2022". */
public record Relation(String id, String fromId, String toId, RelationType type, HistoricalDate when,
                       String summary, List<String> quoteIds, String dateNote, List<Reference> references) {
    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fromId, "fromId");
        Objects.requireNonNull(toId, "toId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(when, "when");
        summary = summary == null ? "" : summary;
        quoteIds = quoteIds == null ? List.of() : List.copyOf(quoteIds);
        dateNote = dateNote == null ? "" : dateNote;
        references = references == null ? List.of() : List.copyOf(references);
    }

    public boolean involves(String actorId) {
        return fromId.equals(actorId) || toId.equals(actorId);
    }

    /** The actor at the other end, or the empty string when {@code actorId} is not an end. */
    public String otherEnd(String actorId) {
        if (fromId.equals(actorId)) {
            return toId;
        }
        return toId.equals(actorId) ? fromId : "";
    }
}
