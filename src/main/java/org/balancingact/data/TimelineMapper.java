package org.balancingact.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Actor;
import org.balancingact.model.ActorKind;
import org.balancingact.model.DateFormatException;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Reference;
import org.balancingact.model.Relation;
import org.balancingact.model.RelationType;
import org.balancingact.model.Source;
import org.balancingact.model.Theme;
import org.balancingact.model.Timeline;
import org.balancingact.model.Tour;
import org.balancingact.model.TourStep;
import org.balancingact.model.Translations;

/**
 * Builds the model from a parsed tree. It is tolerant on purpose: an item it cannot build is skipped
 * and reported, so that one bad event does not hide the problems of all the others.
 */
final class TimelineMapper {
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, HistoricalDate> parsedDates = new java.util.HashMap<>();
    /** Where each built item came from, so later checks can point at it. */
    private final Map<Object, String> pointers = new IdentityHashMap<>();

    /** Ids written in the file per kind, including items that could not be built (so no false "does not exist"). */
    private final Map<String, java.util.Set<String>> declaredIds = new java.util.HashMap<>();

    List<Problem> problems() {
        return problems;
    }

    /** Whether the file declares an item of this kind ("actors", "events", ...) with this id. */
    boolean declares(String kind, String id) {
        return declaredIds.getOrDefault(kind, java.util.Set.of()).contains(id);
    }

    String pointerOf(Object item) {
        return pointers.getOrDefault(item, "");
    }

    Timeline map(JsonNode root) {
        return map(root, null);
    }

    /**
     * @param streamedEvents the events when {@link StreamingTimelineReader} has mapped them already (with
     *                       {@link #streamedEvent}) and {@code root} holds no events; null to map root's events
     */
    Timeline map(JsonNode root, List<Event> streamedEvents) {
        for (String kind : List.of("themes", "sources", "actors", "relations", "events", "quotes", "tours")) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            each(root, kind, (node, at) -> {
                if (node.path("id").isTextual()) {
                    ids.add(node.path("id").asText());
                }
            });
            declaredIds.put(kind, ids);
        }
        if (streamedEvents != null && !root.path("tours").isEmpty()) {
            // only tour steps ask whether an event is declared; a streamed event is declared iff it was built
            streamedEvents.forEach(event -> declaredIds.get("events").add(event.id()));
        }
        List<Theme> themes = new ArrayList<>();
        each(root, "themes", (node, at) -> {
            if (has(node, "id") && has(node, "label")) {
                keep(new Theme(text(node, "id"), text(node, "label"), text(node, "description"),
                        translations(node, Translations.LABEL, Translations.DESCRIPTION)), at, themes);
            }
        });
        List<Source> sources = new ArrayList<>();
        each(root, "sources", (node, at) -> {
            if (has(node, "id") && has(node, "title") && has(node, "text")) {
                HistoricalDate published = node.hasNonNull("published") ? date(node, "published", at) : null;
                published = published == UNDATED ? null : published;
                keep(new Source(text(node, "id"), text(node, "kind"), text(node, "title"), text(node, "author"),
                        text(node, "publisher"), published, text(node, "url"), text(node, "text")), at, sources);
            }
        });
        List<Actor> actors = new ArrayList<>();
        each(root, "actors", (node, at) -> {
            ActorKind kind = kind(node);
            if (has(node, "id") && has(node, "name") && kind != null) {
                keep(new Actor(text(node, "id"), kind, text(node, "name"), names(node), strings(node, "aliases"),
                        text(node, "role"), text(node, "country"), text(node, "summary"),
                        translations(node, Translations.ROLE)), at, actors);
            }
        });
        List<Relation> relations = new ArrayList<>();
        each(root, "relations", (node, at) -> {
            RelationType type = relationType(node);
            HistoricalDate when = has(node, "when") ? date(node, "when", at) : UNDATED;
            if (has(node, "id") && has(node, "from") && has(node, "to") && type != null) {
                keep(new Relation(text(node, "id"), text(node, "from"), text(node, "to"), type, when,
                        text(node, "summary"), strings(node, "quotes"), text(node, "dateNote"), references(node),
                        translations(node, Translations.SUMMARY, Translations.DATE_NOTE)), at, relations);
            }
        });
        List<Event> events = streamedEvents != null ? streamedEvents : new ArrayList<>();
        each(root, "events", (node, at) -> {
            Event event = event(node, at);
            if (event != null) {
                keep(event, at, events);
            }
        });
        List<Quote> quotes = new ArrayList<>();
        each(root, "quotes", (node, at) -> {
            if (has(node, "id") && has(node, "source") && has(node, "text")) {
                keep(new Quote(text(node, "id"), text(node, "source"), node.path("text").asText(), text(node, "speaker"),
                        text(node, "lang")), at, quotes);
            }
        });
        List<Tour> tours = new ArrayList<>();
        each(root, "tours", (node, at) -> {
            if (has(node, "id") && has(node, "title")) {
                keep(new Tour(text(node, "id"), text(node, "title"), text(node, "description"), steps(node, at),
                        translations(node, Translations.TITLE, Translations.DESCRIPTION)), at, tours);
            }
        });
        String title = has(root, "title") ? text(root, "title") : Messages.get("data.untitled");
        return new Timeline(title, text(root, "description"), themes, sources, actors, relations, events, quotes, tours,
                translations(root, Translations.TITLE, Translations.DESCRIPTION));
    }

    /** One event, or null when it lacks what an event needs (the schema check reports that). */
    private Event event(JsonNode node, String at) {
        HistoricalDate when = has(node, "when") ? date(node, "when", at) : UNDATED;
        if (has(node, "id") && has(node, "title")) {
            return new Event(text(node, "id"), text(node, "title"), when, text(node, "summary"),
                    strings(node, "actors"), strings(node, "themes"), node.path("importance").asInt(2),
                    strings(node, "quotes"), text(node, "dateNote"), references(node),
                    translations(node, Translations.TITLE, Translations.SUMMARY, Translations.DATE_NOTE), "", Map.of());
        }
        return null;
    }

    /**
     * An event read token by token by {@link StreamingEvents}, built as {@link #event} builds it from a tree
     * (shared ids, shared dates); null if its date is not a date (the tree path then reports it).
     */
    Event streamedEvent(String id, String title, String when, String summary, List<String> actorIds,
                        List<String> themeIds, int importance, List<String> quoteIds, String dateNote,
                        List<Reference> references, Translations translations) {
        HistoricalDate date;
        try {
            date = parsedDates.computeIfAbsent(when, HistoricalDate::parse);
        } catch (DateFormatException bad) {
            return null;
        }
        return new Event(id, title, date, summary, sharedAll(actorIds), sharedAll(themeIds), importance,
                sharedAll(quoteIds), dateNote, references, translations, "", Map.of());
    }

    private List<String> sharedAll(List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            ids.set(i, shared(ids.get(i)));
        }
        return ids;
    }

    private interface ItemHandler {
        void handle(JsonNode node, String pointer);
    }

    private static void each(JsonNode root, String field, ItemHandler handler) {
        JsonNode array = root.path(field);
        if (!array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            if (node.isObject()) {
                handler.handle(node, "/" + field + "/" + i);
            }
        }
    }

    private <T> void keep(T item, String pointer, List<T> into) {
        pointers.put(item, pointer);
        into.add(item);
    }

    /**
     * Stands in for a date that is missing or invalid, so the item is still built and its references
     * checked too (every problem at once); its own date problem is reported, so this never reaches a view.
     */
    private static final HistoricalDate UNDATED = HistoricalDate.parse("0000");

    private HistoricalDate date(JsonNode node, String field, String at) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            return UNDATED; // the schema check reports the wrong type
        }
        try {
            // large files repeat dates a great deal; a HistoricalDate is immutable, so one instance serves all
            return parsedDates.computeIfAbsent(value.asText(), HistoricalDate::parse);
        } catch (DateFormatException bad) {
            String id = node.path("id").asText("");
            String who = id.isEmpty() ? Pointers.describe(at) : Pointers.describe(at) + " (\"" + id + "\")";
            problems.add(Problem.at(at + "/" + field,
                    Messages.get("data.date.invalid", who, value.asText(), bad.getMessage()), bad.hint()));
            return UNDATED;
        }
    }

    private static boolean has(JsonNode node, String field) {
        return !text(node, field).isEmpty();
    }

    /**
     * A field's text. A translatable field may be an object of language → text: its own text is then the
     * English one, else the first given (the others go to {@link #translations}).
     */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isObject()) {
            JsonNode english = value.path("en");
            if (english.isTextual()) {
                return english.asText();
            }
            for (JsonNode text : value) {
                if (text.isTextual()) {
                    return text.asText();
                }
            }
        }
        return "";
    }

    /** The fields given as objects of language → text (the schema has checked their shape). */
    private static Translations translations(JsonNode node, String... fields) {
        Map<String, Map<String, String>> byField = null;
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isObject()) {
                Map<String, String> texts = new LinkedHashMap<>();
                value.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual()) {
                        texts.put(e.getKey(), e.getValue().asText());
                    }
                });
                if (byField == null) {
                    byField = new LinkedHashMap<>();
                }
                byField.put(field, texts);
            }
        }
        return byField == null ? Translations.NONE : Translations.of(byField);
    }

    /**
     * A tour's steps: a plain event id (older files), or an object with the event and what the teacher
     * needs beside it. Each step remembers where it is, so a step naming an unknown event is located.
     */
    private List<TourStep> steps(JsonNode tour, String at) {
        JsonNode array = tour.path("steps");
        List<TourStep> steps = new ArrayList<>();
        if (!array.isArray()) {
            return steps; // the schema says where the list belongs
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            String pointer = at + "/steps/" + i;
            TourStep step = null;
            if (node.isTextual()) {
                step = TourStep.of(node.asText());
            } else if (node.isObject() && has(node, "event")) {
                HistoricalDate date = node.hasNonNull("date") ? date(node, "date", pointer) : null;
                step = new TourStep(text(node, "event"), text(node, "note"), text(node, "question"),
                        date == UNDATED ? null : date, strings(node, "actors"),
                        translations(node, Translations.NOTE, Translations.QUESTION));
            }
            if (step != null) {
                keep(step, pointer, steps);
            }
        }
        return steps;
    }

    private List<String> strings(JsonNode node, String field) {
        JsonNode array = node.path(field);
        List<String> values = new ArrayList<>(array.size());
        if (array.isArray()) {
            for (int i = 0; i < array.size(); i++) { // no iterator per list: a large file has millions
                addText(array.get(i), values);
            }
        } else {
            array.forEach(v -> addText(v, values)); // an object's values too, as this mapper always read them
        }
        return values;
    }

    private void addText(JsonNode value, List<String> into) {
        if (value.isTextual()) {
            into.add(shared(value.asText()));
        }
    }

    /**
     * Ids in lists (actors, themes, quotes of an event) repeat across thousands of items: one String per
     * distinct id instead of one per mention keeps a large timeline's heap, and the collector's work, small.
     */
    private final Map<String, String> sharedIds = new java.util.HashMap<>();

    private String shared(String id) {
        String known = sharedIds.putIfAbsent(id, id);
        return known != null ? known : id;
    }

    private static Map<String, String> names(JsonNode node) {
        Map<String, String> names = new LinkedHashMap<>();
        node.path("names").fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                names.put(e.getKey(), e.getValue().asText());
            }
        });
        return names;
    }

    private static List<Reference> references(JsonNode node) {
        List<Reference> references = new ArrayList<>();
        node.path("references").forEach(r -> {
            if (r.path("title").isTextual()) {
                references.add(new Reference(r.path("title").asText(), text(r, "url"), text(r, "date")));
            }
        });
        return references;
    }

    private static ActorKind kind(JsonNode node) {
        try {
            return ActorKind.fromJson(text(node, "kind"));
        } catch (IllegalArgumentException unknown) {
            return null; // the schema check reports the unknown value
        }
    }

    private static RelationType relationType(JsonNode node) {
        try {
            return RelationType.fromJson(text(node, "type"));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
