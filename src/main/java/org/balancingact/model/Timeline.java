package org.balancingact.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One dataset, immutable once read. Events are kept in time order because every view walks them
 * that way; the id maps exist because every link between views is an id.
 */
public final class Timeline {
    private final String title;
    private final String description;
    private final List<Theme> themes;
    private final List<Source> sources;
    private final List<Actor> actors;
    private final List<Relation> relations;
    private final List<Event> events;
    private final List<Quote> quotes;
    private final List<Tour> tours;

    private final Map<String, Theme> themesById;
    private final Map<String, Source> sourcesById;
    private final Map<String, Actor> actorsById;
    private final Map<String, Relation> relationsById;
    private final Map<String, Event> eventsById;
    private final Map<String, Quote> quotesById;
    private final Map<String, Tour> toursById;

    public Timeline(String title, String description, List<Theme> themes, List<Source> sources,
                    List<Actor> actors, List<Relation> relations, List<Event> events, List<Quote> quotes,
                    List<Tour> tours) {
        this.title = Objects.requireNonNull(title, "title");
        this.description = description == null ? "" : description;
        this.themes = List.copyOf(themes);
        this.sources = List.copyOf(sources);
        this.actors = List.copyOf(actors);
        this.relations = List.copyOf(relations);
        this.events = events.stream()
                .sorted(Comparator.comparing(Event::when).thenComparing(Event::id))
                .toList();
        this.quotes = List.copyOf(quotes);
        this.tours = List.copyOf(tours);
        this.themesById = byId(this.themes, Theme::id);
        this.sourcesById = byId(this.sources, Source::id);
        this.actorsById = byId(this.actors, Actor::id);
        this.relationsById = byId(this.relations, Relation::id);
        this.eventsById = byId(this.events, Event::id);
        this.quotesById = byId(this.quotes, Quote::id);
        this.toursById = byId(this.tours, Tour::id);
    }

    /** An empty timeline: what the app shows before any dataset is loaded. */
    public static Timeline empty() {
        return new Timeline("No dataset", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        // first one wins: the reader reports duplicates as problems before a Timeline is ever built
        return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity(), (a, b) -> a));
    }

    public String title() { return title; }
    public String description() { return description; }
    public List<Theme> themes() { return themes; }
    public List<Source> sources() { return sources; }
    public List<Actor> actors() { return actors; }
    public List<Relation> relations() { return relations; }
    /** All events, ordered by {@link HistoricalDate} (earliest day first). */
    public List<Event> events() { return events; }
    public List<Quote> quotes() { return quotes; }
    public List<Tour> tours() { return tours; }

    public Optional<Theme> theme(String id) { return Optional.ofNullable(themesById.get(id)); }
    public Optional<Source> source(String id) { return Optional.ofNullable(sourcesById.get(id)); }
    public Optional<Actor> actor(String id) { return Optional.ofNullable(actorsById.get(id)); }
    public Optional<Relation> relation(String id) { return Optional.ofNullable(relationsById.get(id)); }
    public Optional<Event> event(String id) { return Optional.ofNullable(eventsById.get(id)); }
    public Optional<Quote> quote(String id) { return Optional.ofNullable(quotesById.get(id)); }
    public Optional<Tour> tour(String id) { return Optional.ofNullable(toursById.get(id)); }

    /** The display name of an actor id, or the id itself when unknown (never blank in the UI). */
    public String actorName(String id) {
        return actor(id).map(Actor::name).orElse(id);
    }

    /** The label of a theme id, or the id itself. */
    public String themeLabel(String id) {
        return theme(id).map(Theme::label).orElse(id);
    }

    /** Counts by kind, in the order a status bar says them. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("events", events.size());
        counts.put("actors", actors.size());
        counts.put("relations", relations.size());
        counts.put("quotes", quotes.size());
        return counts;
    }
}
