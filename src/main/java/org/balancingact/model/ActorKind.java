package org.balancingact.model;

import java.util.Locale;

/** What sort of actor this is; views draw each kind with its own shape, never with colour alone. */
public enum ActorKind {
    PERSON, STATE, ORGANISATION, GROUP;

    /** The value used in the JSON format ({@code "person"}, ...). */
    public String jsonValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorKind fromJson(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
