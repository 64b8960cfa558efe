package org.balancingact.explore;

import java.util.Set;

/**
 * What every view emphasises for one selection: the selected item and the items related to it. Items
 * in neither set are dimmed while something is selected.
 */
public record Highlights(Selection selection, Set<String> events, Set<String> actors, Set<String> relations,
                         Set<String> quotes) {
    public static final Highlights NONE = new Highlights(Selection.NONE, Set.of(), Set.of(), Set.of(), Set.of());

    public Highlights {
        events = Set.copyOf(events);
        actors = Set.copyOf(actors);
        relations = Set.copyOf(relations);
        quotes = Set.copyOf(quotes);
    }

    /**
     * For pointing a class at one thing: only the selection itself stays emphasised, everything else,
     * related items included, is dimmed.
     */
    public Highlights spotlighted() {
        if (!isActive()) {
            return this;
        }
        java.util.function.Function<Class<?>, Set<String>> own = kind -> kind.isInstance(selection)
                ? Set.of(selection.id()) : Set.of();
        return new Highlights(selection, own.apply(Selection.OfEvent.class), own.apply(Selection.OfActor.class),
                own.apply(Selection.OfRelation.class), own.apply(Selection.OfQuote.class));
    }

    public boolean isActive() {
        return !(selection instanceof Selection.None);
    }

    public Emphasis ofEvent(String id) {
        return emphasis(selection instanceof Selection.OfEvent, id, events);
    }

    public Emphasis ofActor(String id) {
        return emphasis(selection instanceof Selection.OfActor, id, actors);
    }

    public Emphasis ofRelation(String id) {
        return emphasis(selection instanceof Selection.OfRelation, id, relations);
    }

    public Emphasis ofQuote(String id) {
        return emphasis(selection instanceof Selection.OfQuote, id, quotes);
    }

    private Emphasis emphasis(boolean selectionIsThisKind, String id, Set<String> related) {
        if (!isActive()) {
            return Emphasis.NORMAL;
        }
        if (selectionIsThisKind && selection.id().equals(id)) {
            return Emphasis.SELECTED;
        }
        return related.contains(id) ? Emphasis.RELATED : Emphasis.DIMMED;
    }
}
