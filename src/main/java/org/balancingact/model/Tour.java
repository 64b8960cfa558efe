package org.balancingact.model;

import java.util.List;
import java.util.Objects;

/**
 * A guided walk through events in the order an argument makes them, played like slides. Title and
 * description answer in the interface language where the file translates them.
 */
public record Tour(String id, String title, String description, List<TourStep> steps, Translations translations) {
    public Tour {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
        steps = List.copyOf(steps);
        translations = translations == null ? Translations.NONE : translations;
    }

    /** A tour whose steps are only events, in this order. */
    public static Tour ofEvents(String id, String title, String description, List<String> eventIds) {
        return new Tour(id, title, description, eventIds.stream().map(TourStep::of).toList(), Translations.NONE);
    }

    @Override
    public String title() {
        return translations.in(Translations.TITLE, title);
    }

    @Override
    public String description() {
        return translations.in(Translations.DESCRIPTION, description);
    }

    /** The steps' events, in order. */
    public List<String> eventIds() {
        return steps.stream().map(TourStep::eventId).toList();
    }
}
