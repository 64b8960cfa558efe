package org.balancingact.explore;

/** What the user has picked, in any view. Ids, not objects: a selection survives reloading a file. */
public sealed interface Selection {
    None NONE = new None();

    /** The id of the selected item, or the empty string for {@link None}. */
    String id();

    record None() implements Selection {
        @Override
        public String id() {
            return "";
        }
    }

    record OfEvent(String id) implements Selection {
    }

    record OfActor(String id) implements Selection {
    }

    record OfRelation(String id) implements Selection {
    }

    record OfQuote(String id) implements Selection {
    }

    static Selection event(String id) {
        return new OfEvent(id);
    }

    static Selection actor(String id) {
        return new OfActor(id);
    }

    static Selection relation(String id) {
        return new OfRelation(id);
    }

    static Selection quote(String id) {
        return new OfQuote(id);
    }
}
