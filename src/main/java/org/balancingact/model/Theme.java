package org.balancingact.model;

import java.util.Objects;

/**
 * A theme events belong to (war, diplomacy, ...); the timeline can make a lane of each. Label and
 * description answer in the interface language where the file translates them.
 */
public record Theme(String id, String label, String description, Translations translations) {
    public Theme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        description = description == null ? "" : description;
        translations = translations == null ? Translations.NONE : translations;
    }

    public Theme(String id, String label, String description) {
        this(id, label, description, Translations.NONE);
    }

    @Override
    public String label() {
        return translations.in(Translations.LABEL, label);
    }

    @Override
    public String description() {
        return translations.in(Translations.DESCRIPTION, description);
    }
}
