package org.balancingact.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.balancingact.i18n.Messages;

/**
 * A person, state, organisation or group, with names in other languages and spelling variants.
 * {@link #role()} answers in the interface language where the file translates it; {@link #displayName()}
 * is the name in the interface language.
 */
public record Actor(String id, ActorKind kind, String name, Map<String, String> names, List<String> aliases,
                    String role, String countryId, String summary, Translations translations) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        names = names == null ? Map.of() : Map.copyOf(names);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        role = role == null ? "" : role;
        countryId = countryId == null ? "" : countryId;
        summary = summary == null ? "" : summary;
        translations = translations == null ? Translations.NONE : translations;
    }

    public Actor(String id, ActorKind kind, String name, Map<String, String> names, List<String> aliases,
                 String role, String countryId, String summary) {
        this(id, kind, name, names, aliases, role, countryId, summary, Translations.NONE);
    }

    @Override
    public String role() {
        return translations.in(Translations.ROLE, role);
    }

    /** The name in the given language where the dataset has it, else the English name. */
    public String nameIn(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), name);
    }

    /** The name in the interface language where the dataset has it, else the English name. */
    public String displayName() {
        return nameIn(Messages.locale());
    }
}
