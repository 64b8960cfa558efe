package org.balancingact.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a tour: the event it shows, and what a teacher needs beside it. A step has no title of its
 * own; it shows its event's.
 *
 * @param eventId  the event the step shows
 * @param note     for the teacher: what to point at, what the source does not say (may be empty)
 * @param question for the class (may be empty)
 * @param date     the date whose relations the network shows; null means the event's start
 * @param actorIds actors the step's network brings forward, besides the event's own
 */
public record TourStep(String eventId, String note, String question, HistoricalDate date, List<String> actorIds,
                       Translations translations) {
    public TourStep {
        Objects.requireNonNull(eventId, "eventId");
        note = note == null ? "" : note;
        question = question == null ? "" : question;
        actorIds = actorIds == null ? List.of() : List.copyOf(actorIds);
        translations = translations == null ? Translations.NONE : translations;
    }

    /** A step that is only an event (what older files write: a plain event id). */
    public static TourStep of(String eventId) {
        return new TourStep(eventId, "", "", null, List.of(), Translations.NONE);
    }

    /** The teacher's note in the interface language (else English, else the file's own). */
    @Override
    public String note() {
        return translations.in(Translations.NOTE, note);
    }

    @Override
    public String question() {
        return translations.in(Translations.QUESTION, question);
    }

    /** The network's date for this step, when the file gives one. */
    public Optional<HistoricalDate> networkDate() {
        return Optional.ofNullable(date);
    }
}
