package org.balancingact.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** A person, state, organisation or group, with names in other languages and spelling variants. */
public record Actor(String id, ActorKind kind, String name, Map<String, String> names, List<String> aliases,
                   String role, String countryId, String summary) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        names = names == null ? Map.of() : Map.copyOf(names);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        role = role == null ? "" : role;
        countryId = countryId == null ? "" : countryId;
        summary = summary == null ? "" : summary;
    }

    /** The name in the given language where the dataset has it, else the English name. */
    public String nameIn(Locale locale) {
        return names.getOrDefault(locale.getLanguage(), name);
    }
}
