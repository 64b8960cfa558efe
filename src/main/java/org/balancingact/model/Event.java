package org.balancingact.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened, or a period or claim the source dates. {@code importance} 1 is a key
 * turning point, 3 background; it decides which labels survive when space is short.
 *
 * <p>{@link #title()}, {@link #summary()} and {@link #dateNote()} answer in the interface language where
 * the file translates them ({@link Translations}); the record's own components hold the file's default
 * (English) text. {@code timeOfDay} is the time an imported timestamp gave ("16:10:34+00:00"; empty for
 * none): the timeline stays at day resolution, the details show it. {@code moreFields} are columns of an
 * imported table that map to nothing here, kept so nothing a user brought is thrown away.
 */
public record Event(String id, String title, HistoricalDate when, String summary, List<String> actorIds,
                    List<String> themeIds, int importance, List<String> quoteIds, String dateNote,
                    List<Reference> references, Translations translations, String timeOfDay,
                    Map<String, String> moreFields) {
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
        translations = translations == null ? Translations.NONE : translations;
        timeOfDay = timeOfDay == null ? "" : timeOfDay;
        // an imported table's MoreFields is immutable already: copying it would undo what it saves
        moreFields = moreFields == null || moreFields.isEmpty() ? Map.of() : moreFields instanceof MoreFields ? moreFields
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(moreFields));
    }

    /** An event with no translations, time of day or extra fields (most files, most tests). */
    public Event(String id, String title, HistoricalDate when, String summary, List<String> actorIds,
                 List<String> themeIds, int importance, List<String> quoteIds, String dateNote,
                 List<Reference> references) {
        this(id, title, when, summary, actorIds, themeIds, importance, quoteIds, dateNote, references,
                Translations.NONE, "", Map.of());
    }

    /** The title in the interface language (else English, else the file's own). */
    @Override
    public String title() {
        return translations.in(Translations.TITLE, title);
    }

    @Override
    public String summary() {
        return translations.in(Translations.SUMMARY, summary);
    }

    @Override
    public String dateNote() {
        return translations.in(Translations.DATE_NOTE, dateNote);
    }

    /** The title in every language the file gives it in: search finds an event by any of them. */
    public Collection<String> titles() {
        return translations.all(Translations.TITLE, title);
    }

    public Collection<String> summaries() {
        return translations.all(Translations.SUMMARY, summary);
    }
}
