package org.balancingact.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.IntStream;

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
    private final Translations translations;

    private final Map<String, Theme> themesById;
    private final Map<String, Source> sourcesById;
    private final Map<String, Actor> actorsById;
    private final Map<String, Relation> relationsById;
    /** Built on another thread for large timelines, so the first frame need not wait for it (see {@link #event}). */
    private final CompletableFuture<Map<String, Event>> eventsById;
    private final Map<String, Quote> quotesById;
    private final Map<String, Tour> toursById;

    public Timeline(String title, String description, List<Theme> themes, List<Source> sources,
                    List<Actor> actors, List<Relation> relations, List<Event> events, List<Quote> quotes,
                    List<Tour> tours) {
        this(title, description, themes, sources, actors, relations, events, quotes, tours, Translations.NONE);
    }

    /** @param translations the dataset's title and description in other languages */
    public Timeline(String title, String description, List<Theme> themes, List<Source> sources,
                    List<Actor> actors, List<Relation> relations, List<Event> events, List<Quote> quotes,
                    List<Tour> tours, Translations translations) {
        this.translations = translations == null ? Translations.NONE : translations;
        this.title = Objects.requireNonNull(title, "title");
        this.description = description == null ? "" : description;
        this.themes = List.copyOf(themes);
        this.sources = List.copyOf(sources);
        this.actors = List.copyOf(actors);
        this.relations = List.copyOf(relations);
        this.events = inTimeOrder(events);
        this.quotes = List.copyOf(quotes);
        this.tours = List.copyOf(tours);
        this.themesById = byId(this.themes, Theme::id);
        this.sourcesById = byId(this.sources, Source::id);
        this.actorsById = byId(this.actors, Actor::id);
        this.relationsById = byId(this.relations, Relation::id);
        List<Event> inOrder = this.events;
        this.eventsById = inOrder.size() > BACKGROUND_ID_MAP_EVENTS
                ? CompletableFuture.supplyAsync(() -> byId(inOrder, Event::id))
                : CompletableFuture.completedFuture(byId(inOrder, Event::id));
        this.quotesById = byId(this.quotes, Quote::id);
        this.toursById = byId(this.tours, Tour::id);
    }

    /** An empty timeline: what the app shows before any dataset is loaded. */
    public static Timeline empty() {
        return new Timeline("No dataset", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * Above this many events the event id map (a second or so of work for a million on a slow machine) is
     * built on another core while the caller indexes and draws; the first lookup waits for it if need be.
     */
    static final int BACKGROUND_ID_MAP_EVENTS = 50_000;

    /** By date ({@link HistoricalDate} order), then time of day, then id, so that equal dates still give one order. */
    static final Comparator<Event> TIME_ORDER = (a, b) -> {
        int byDate = a.when().compareTo(b.when());
        if (byDate != 0) {
            return byDate;
        }
        // imported timestamps on one day ("16:10:34+00:00"): earlier in the day first, an event without a time first
        int byTime = a.timeOfDay().compareTo(b.timeOfDay());
        return byTime != 0 ? byTime : a.id().compareTo(b.id());
    };

    /**
     * The events in {@link #TIME_ORDER}. Files are often written in time order already: one pass checks
     * that, and only otherwise are they sorted.
     */
    private static List<Event> inTimeOrder(List<Event> events) {
        Event[] items = events.toArray(new Event[0]);
        for (int i = 1; i < items.length; i++) {
            if (TIME_ORDER.compare(items[i - 1], items[i]) > 0) {
                return List.of(sortedByTime(items));
            }
        }
        return List.of(items);
    }

    private static final int PARALLEL_SORT_EVENTS = 50_000;

    /** Days are clamped to ±2^30 (about three million years) so that a day and a position share one long. */
    private static final long DAY_CLAMP = 1L << 30;

    /**
     * A stable sort in {@link #TIME_ORDER}, in two steps: first by each event's first day as plain numbers
     * (one long per event holding the day and the position, so equal days keep their order), then each run
     * of events on the same first day by the full order. For a million events that is several times fewer
     * object comparisons than a comparator sort of the whole array.
     */
    static Event[] sortedByTime(Event[] items) {
        int n = items.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long day = Math.max(-DAY_CLAMP, Math.min(DAY_CLAMP, items[i].when().earliestEpochDay()));
            keys[i] = (day + DAY_CLAMP) << 32 | i;
        }
        Arrays.parallelSort(keys);
        Event[] sorted = new Event[n];
        for (int k = 0; k < n; k++) {
            sorted[k] = items[(int) keys[k]]; // the low 32 bits are the position
        }
        int[] runStarts = new int[n + 1];
        int runs = 0;
        for (int from = 0; from < n; ) {
            long day = keys[from] >>> 32;
            int to = from + 1;
            while (to < n && keys[to] >>> 32 == day) {
                to++;
            }
            if (to - from > 1) {
                runStarts[runs++] = from;
                runStarts[runs++] = to;
            }
            from = to;
        }
        // the runs are independent: large inputs sort them on every core
        IntStream indexes = IntStream.range(0, runs / 2);
        (n > PARALLEL_SORT_EVENTS ? indexes.parallel() : indexes)
                .forEach(r -> Arrays.sort(sorted, runStarts[2 * r], runStarts[2 * r + 1], TIME_ORDER));
        return sorted;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        // first one wins: the reader reports duplicates as problems before a Timeline is ever built
        Map<String, T> map = new HashMap<>((int) (items.size() / 0.75f) + 1);
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The dataset's title in the interface language (else English, else the file's own). */
    public String title() { return translations.in(Translations.TITLE, title); }
    public String description() { return translations.in(Translations.DESCRIPTION, description); }
    public Translations translations() { return translations; }
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
    public Optional<Event> event(String id) { return Optional.ofNullable(eventsById.join().get(id)); }
    public Optional<Quote> quote(String id) { return Optional.ofNullable(quotesById.get(id)); }
    public Optional<Tour> tour(String id) { return Optional.ofNullable(toursById.get(id)); }

    /** The name of an actor id in the interface language, or the id itself when unknown (never blank in the UI). */
    public String actorName(String id) {
        return actor(id).map(Actor::displayName).orElse(id);
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
