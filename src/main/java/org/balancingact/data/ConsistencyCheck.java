package org.balancingact.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Actor;
import org.balancingact.model.Event;
import org.balancingact.model.Quote;
import org.balancingact.model.Relation;
import org.balancingact.model.Source;
import org.balancingact.model.Theme;
import org.balancingact.model.Timeline;
import org.balancingact.model.Tour;
import org.balancingact.model.TourStep;

/**
 * The checks a schema cannot express: ids are unique, every reference resolves, every quote is found
 * word for word in its source, and every event and relation rests on at least one quote.
 */
final class ConsistencyCheck {
    private final Timeline timeline;
    private final Function<Object, String> pointerOf;
    private final java.util.function.BiPredicate<String, String> declared;
    private final List<Problem> problems = new ArrayList<>();
    /** An imported file: its quotes are verbatim by construction, and an event may quote none. */
    private final boolean imported;

    private ConsistencyCheck(Timeline timeline, Function<Object, String> pointerOf,
                             java.util.function.BiPredicate<String, String> declared, boolean imported) {
        this.timeline = timeline;
        this.pointerOf = pointerOf;
        this.declared = declared;
        this.imported = imported;
    }

    /**
     * @param declared whether the file declares an item of a kind ("actors") with an id, even one that
     *                 could not be built: its own problem is reported already, a reference to it is fine
     */
    static List<Problem> check(Timeline timeline, Function<Object, String> pointerOf,
                               java.util.function.BiPredicate<String, String> declared) {
        ConsistencyCheck check = new ConsistencyCheck(timeline, pointerOf, declared, false);
        check.run();
        return check.problems;
    }

    /**
     * The checks for a timeline an importer built: ids and references as for our own format, but an event
     * without a quote is allowed (the importer says so once, in a warning) and quotes are not searched
     * for in their source, which the importer made of those very quotes (searching a source of a hundred
     * thousand quotes for each of them would take minutes).
     */
    static List<Problem> checkImported(Timeline timeline, Function<Object, String> pointerOf,
                                       java.util.function.BiPredicate<String, String> declared) {
        ConsistencyCheck check = new ConsistencyCheck(timeline, pointerOf, declared, true);
        check.run();
        return check.problems;
    }

    private void run() {
        unique("theme", timeline.themes(), Theme::id);
        unique("source", timeline.sources(), Source::id);
        unique("actor", timeline.actors(), Actor::id);
        unique("relation", timeline.relations(), Relation::id);
        if (!imported || !eachFoundByItsId(timeline.events(), Event::id, id -> timeline.event(id).orElse(null))) {
            unique("event", timeline.events(), Event::id);
        }
        if (!imported || !eachFoundByItsId(timeline.quotes(), Quote::id, id -> timeline.quote(id).orElse(null))) {
            unique("quote", timeline.quotes(), Quote::id);
        }
        unique("tour", timeline.tours(), Tour::id);

        for (Actor actor : timeline.actors()) {
            if (!actor.countryId().isEmpty()) {
                resolves(actor, "country", actor.countryId(), "actor");
            }
        }
        for (Event event : timeline.events()) {
            list(event, "actors", event.actorIds(), "actor");
            list(event, "quotes", event.quoteIds(), "quote");
            if (!timeline.themes().isEmpty()) {
                list(event, "themes", event.themeIds(), "theme");
            }
            if (!imported) {
                citesAQuote(event, event.id(), event.quoteIds());
            }
        }
        for (Relation relation : timeline.relations()) {
            resolves(relation, "from", relation.fromId(), "actor");
            resolves(relation, "to", relation.toId(), "actor");
            list(relation, "quotes", relation.quoteIds(), "quote");
            citesAQuote(relation, relation.id(), relation.quoteIds());
        }
        for (Quote quote : timeline.quotes()) {
            Optional<Source> source = timeline.source(quote.sourceId());
            resolves(quote, "source", quote.sourceId(), "source");
            if (quote.hasSpeaker()) {
                resolves(quote, "speaker", quote.speakerId(), "actor");
            }
            source.filter(s -> !imported && !s.text().contains(quote.text())).ifPresent(s -> problems.add(Problem.at(
                    pointerOf.apply(quote) + "/text",
                    Messages.get("data.quote.notVerbatim", quote.id(), s.id()),
                    Messages.get("data.quote.notVerbatim.hint"))));
        }
        for (Tour tour : timeline.tours()) {
            for (TourStep step : tour.steps()) {
                // a plain step is the event id itself; an object step is located at its start
                if (!exists("event", step.eventId())) {
                    problems.add(Problem.at(pointerOf.apply(step),
                            Messages.get("data.ref.unknown.event", Pointers.describe(pointerOf.apply(tour)), "steps", step.eventId()),
                            Messages.get("data.ref.unknown.event.hint", step.eventId())));
                }
                list(step, "actors", step.actorIds(), "actor");
            }
        }
    }

    private <T> void unique(String kind, List<T> items, Function<T, String> id) {
        Map<String, T> first = new HashMap<>(capacityFor(items.size())); // sized: no rehashing of 100,000 ids
        for (T item : items) {
            T earlier = first.putIfAbsent(id.apply(item), item);
            if (earlier != null) {
                problems.add(Problem.at(pointerOf.apply(item) + "/id",
                        Messages.get("data.unique." + kind, id.apply(item), Pointers.describe(pointerOf.apply(earlier))),
                        Messages.get("data.unique." + kind + ".hint")));
            }
        }
    }

    /**
     * Whether every item is the one the timeline's own id map gives for its id (that map keeps the first of
     * a repeated id): then no id is repeated, found without building a second map of 100,000 ids. For an
     * import, whose items are each made once; when it says no, {@link #unique} finds and reports the repeats.
     */
    private static <T> boolean eachFoundByItsId(List<T> items, Function<T, String> id, Function<String, T> lookup) {
        for (T item : items) {
            if (lookup.apply(id.apply(item)) != item) {
                return false;
            }
        }
        return true;
    }

    static int capacityFor(int size) {
        return (int) Math.min(Integer.MAX_VALUE, size * 4L / 3 + 1);
    }

    private boolean exists(String kind, String id) {
        return declared.test(plural(kind), id);
    }

    /** "actor" → "actors", without making a string per reference (a large file has millions). */
    private static String plural(String kind) {
        return switch (kind) {
            case "actor" -> "actors";
            case "quote" -> "quotes";
            case "theme" -> "themes";
            case "source" -> "sources";
            case "event" -> "events";
            default -> kind + "s";
        };
    }

    private void resolves(Object item, String field, String id, String kind) {
        if (!exists(kind, id)) {
            problems.add(Problem.at(pointerOf.apply(item) + "/" + field,
                    Messages.get("data.ref.unknown." + kind, Pointers.describe(pointerOf.apply(item)), field, id),
                    Messages.get("data.ref.unknown." + kind + ".hint", id)));
        }
    }

    private void list(Object item, String field, List<String> ids, String kind) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!exists(kind, id)) {
                problems.add(Problem.at(pointerOf.apply(item) + "/" + field + "/" + i,
                        Messages.get("data.ref.unknown." + kind, Pointers.describe(pointerOf.apply(item)), field, id),
                        Messages.get("data.ref.unknown." + kind + ".hint", id)));
            }
        }
    }

    private void citesAQuote(Object item, String id, List<String> quoteIds) {
        if (quoteIds.isEmpty()) {
            problems.add(Problem.at(pointerOf.apply(item) + "/quotes",
                    Messages.get("data.consistency.noQuote", Pointers.describe(pointerOf.apply(item)), id),
                    Messages.get("data.schema.noQuote.hint")));
        }
    }
}
