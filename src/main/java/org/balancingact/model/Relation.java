package org.balancingact.model;

import java.util.List;
import java.util.Objects;

/**
 * A typed relation between two actors that holds over {@code when}: "Russia — invades — Ukraine, from 24
 * February 2022". {@link #summary()} and {@link #dateNote()} answer in the interface language where the
 * file translates them ({@link Translations}).
 */
public record Relation(String id, String fromId, String toId, RelationType type, HistoricalDate when,
                       String summary, List<String> quoteIds, String dateNote, List<Reference> references,
                       Translations translations) {
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
        translations = translations == null ? Translations.NONE : translations;
    }

    public Relation(String id, String fromId, String toId, RelationType type, HistoricalDate when,
                    String summary, List<String> quoteIds, String dateNote, List<Reference> references) {
        this(id, fromId, toId, type, when, summary, quoteIds, dateNote, references, Translations.NONE);
    }

    @Override
    public String summary() {
        return translations.in(Translations.SUMMARY, summary);
    }

    @Override
    public String dateNote() {
        return translations.in(Translations.DATE_NOTE, dateNote);
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
