package org.balancingact.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.balancingact.i18n.Messages;
import org.balancingact.model.DateFormatException;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Reference;
import org.balancingact.model.Source;
import org.balancingact.model.Theme;
import org.balancingact.model.Timeline;
import org.balancingact.model.Tour;

/**
 * Imports Knight Lab's TimelineJS JSON ({@code events[]} with {@code start_date}/{@code end_date},
 * {@code text}, {@code media}, {@code group}, {@code display_date}, {@code unique_id}, {@code eras[]},
 * {@code title}).
 *
 * <p>A TimelineJS file has no verbatim quotes. Rather than invent any, each event's own words (its text,
 * or its headline when it has no text) become a quote whose source is the imported file itself, so a
 * reader always sees where the words come from. A {@code <blockquote>} used as media becomes a second
 * quote. Eras become background events (importance 3) under the theme "Eras". HTML is turned into plain
 * text. Years beyond four digits (TimelineJS's cosmological scale) are refused, each with its own problem.
 */
final class TimelineJsImport {
    static final String SOURCE_ID = "timelinejs-file";
    static final String ERA_THEME = "eras";

    private final String fileName;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Object, String> pointers = new IdentityHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private final Set<String> usedQuoteIds = new HashSet<>();
    private final StringBuilder sourceText = new StringBuilder();
    private final List<Event> events = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final Map<String, Theme> themes = new LinkedHashMap<>();

    private TimelineJsImport(String fileName) {
        this.fileName = fileName;
    }

    /**
     * A JSON object without our {@code format} field whose {@code events} is a list, unless its events look
     * like ours ({@code when}, no {@code start_date}): that is our format with the header forgotten, and the
     * native reader says so better than a list of "no start_date" problems would.
     */
    static boolean recognises(JsonNode root) {
        if (root == null || !root.isObject() || root.has("format") || !root.path("events").isArray()) {
            return false;
        }
        JsonNode events = root.path("events");
        boolean startDates = false;
        boolean whens = false;
        for (int i = 0; i < Math.min(events.size(), 20); i++) {
            startDates |= events.get(i).has("start_date");
            whens |= events.get(i).has("when");
        }
        return startDates || !whens;
    }

    static ReadResult read(String fileName, String text, JsonNode root, TimelineReader reader) {
        TimelineJsImport importer = new TimelineJsImport(fileName);
        Timeline timeline = importer.build(root);
        List<Problem> problems = new ArrayList<>(importer.problems);
        Map<String, Set<String>> declared = Imported.declaredIds(timeline);
        problems.addAll(ConsistencyCheck.check(timeline, item -> importer.pointers.getOrDefault(item, ""),
                (kind, id) -> declared.getOrDefault(kind, Set.of()).contains(id)));
        if (!problems.isEmpty()) {
            return TimelineReader.failed(fileName, reader.locate(fileName, text, TimelineReader.withoutEchoes(problems)));
        }
        return new ReadResult.Loaded(timeline);
    }

    private Timeline build(JsonNode root) {
        JsonNode titleText = root.path("title").path("text");
        String title = HtmlText.plain(titleText.path("headline").asText(""));
        if (title.isEmpty()) {
            title = Imported.baseName(fileName);
        }
        String description = HtmlText.plain(titleText.path("text").asText(""));
        JsonNode list = root.path("events");
        List<String> slides = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Event event = slide(list.get(i), "/events/" + i, false);
            if (event != null) {
                slides.add(event.id());
            }
        }
        JsonNode eras = root.path("eras");
        if (!eras.isMissingNode() && !eras.isNull() && !eras.isArray()) {
            problems.add(Problem.at("/eras", Messages.get("data.tljs.eras.notList", Pointers.kindOf(eras)),
                    Messages.get("data.tljs.eras.notList.hint")));
        }
        for (int i = 0; i < eras.size() && eras.isArray(); i++) {
            slide(eras.get(i), "/eras/" + i, true);
        }
        Source file = new Source(SOURCE_ID, "other", Messages.get("data.tljs.sourceTitle", title), "", "", null, "",
                sourceText.toString());
        List<Tour> tours = slides.isEmpty() ? List.of()
                : List.of(Tour.ofEvents("timelinejs-slides", Messages.get("data.tljs.tour.title"), Messages.get("data.tljs.tour.description"), slides));
        return new Timeline(title, description, List.copyOf(themes.values()), List.of(file), List.of(), List.of(),
                events, quotes, tours);
    }

    private Event slide(JsonNode node, String at, boolean era) {
        if (!node.isObject()) {
            problems.add(Problem.at(at, Messages.get(era ? "data.tljs.era.notObject" : "data.tljs.event.notObject", Pointers.describe(at), Pointers.kindOf(node)),
                    Messages.get("data.tljs.notObject.hint")));
            return null;
        }
        HistoricalDate when = when(node, at);
        String headline = HtmlText.plain(node.path("text").path("headline").asText(""));
        String body = HtmlText.plain(node.path("text").path("text").asText(""));
        String id = id(node, headline, at, era);
        String title = headline.isEmpty() ? (body.isEmpty() ? "(untitled)" : firstWords(body)) : headline;

        List<String> quoteIds = new ArrayList<>();
        quote(id, "q-" + id, body.isEmpty() ? headline : (headline.isEmpty() ? body : headline + "\n" + body),
                body.isEmpty() ? headline : body, quoteIds);
        JsonNode media = node.path("media");
        String mediaUrl = media.path("url").asText("");
        if (mediaUrl.trim().toLowerCase(Locale.ROOT).startsWith("<blockquote")) {
            String words = HtmlText.plain(mediaUrl);
            quote(id, "q-" + id + "-media", words, words, quoteIds);
        }
        List<Reference> references = new ArrayList<>();
        String caption = HtmlText.plain(media.path("caption").asText(""));
        String credit = HtmlText.plain(media.path("credit").asText(""));
        String safeUrl = mediaUrl.matches("(?i)https?://\\S+") ? mediaUrl : "";
        if (!caption.isEmpty() || !credit.isEmpty() || !safeUrl.isEmpty()) {
            String label = caption.isEmpty() ? Messages.get("data.tljs.media") : caption;
            references.add(new Reference(credit.isEmpty() ? label : label + " — " + credit, safeUrl, ""));
        }
        List<String> themeIds = new ArrayList<>();
        String group = HtmlText.plain(node.path("group").asText(""));
        if (era) {
            themes.putIfAbsent(ERA_THEME, new Theme(ERA_THEME, Messages.get("data.tljs.eras.label"), Messages.get("data.tljs.eras.description")));
            themeIds.add(ERA_THEME);
        } else if (!group.isEmpty()) {
            String themeId = Imported.slug(group, "group");
            themes.putIfAbsent(themeId, new Theme(themeId, group, ""));
            themeIds.add(themeId);
        }
        String displayDate = HtmlText.plain(node.path("display_date").asText(""));
        String dateNote = displayDate.isEmpty() ? "" : Messages.get("data.tljs.dateNote", displayDate);
        if (when == null) {
            return null;
        }
        Event event = new Event(id, title, when, era ? Messages.get("data.tljs.era.summary") : body, List.of(), themeIds,
                era ? 3 : 2, quoteIds, dateNote, references);
        pointers.put(event, at);
        events.add(event);
        return event;
    }

    /** Adds the words to the file's text and cites them: by construction a verbatim quote of the file. */
    private void quote(String eventId, String quoteId, String block, String words, List<String> into) {
        if (words.isEmpty()) {
            return;
        }
        sourceText.append(block).append("\n\n");
        String unique = quoteId;
        for (int n = 2; !usedQuoteIds.add(unique); n++) {
            unique = quoteId + "-" + n; // the event's duplicate id is reported; its quote is not a second problem
        }
        Quote quote = new Quote(unique, SOURCE_ID, words, "");
        quotes.add(quote);
        pointers.put(quote, "");
        into.add(unique);
    }

    private String id(JsonNode node, String headline, String at, boolean era) {
        JsonNode unique = node.path("unique_id");
        if (unique.isTextual() && !unique.asText().isBlank()) {
            String id = unique.asText().trim();
            usedIds.add(id);
            return id; // kept as written: a duplicate is reported by the consistency check
        }
        String base = (era ? "era-" : "") + Imported.slug(headline, era ? "era" : "event");
        String id = base;
        for (int n = 2; !usedIds.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private HistoricalDate when(JsonNode node, String at) {
        JsonNode start = node.path("start_date");
        if (!start.isObject()) {
            problems.add(Problem.at(at, Messages.get("data.tljs.noStart", Pointers.describe(at)),
                    Messages.get("data.tljs.noStart.hint")));
            return null;
        }
        String from = edtf(start, at + "/start_date");
        JsonNode end = node.path("end_date");
        String to = end.isObject() && !end.path("year").asText("").isBlank() ? edtf(end, at + "/end_date") : "";
        if (from == null || to == null) {
            return null;
        }
        String text = to.isEmpty() ? from : from + "/" + to;
        try {
            return HistoricalDate.parse(text);
        } catch (DateFormatException bad) {
            problems.add(Problem.at(to.isEmpty() ? at + "/start_date" : at + "/end_date",
                    Messages.get("data.tljs.badDate", Pointers.describe(at), text, bad.getMessage()), bad.hint()));
            return null;
        }
    }

    /** {"year": "1943", "month": "7", "day": ""} → "1943-07"; null (and a problem) when a part is wrong. */
    private String edtf(JsonNode date, String at) {
        Long year = part(date, "year", at, true);
        Long month = part(date, "month", at, false);
        Long day = month == null ? null : part(date, "day", at, false);
        if (year == null) {
            return null;
        }
        if (Math.abs(year) > 9999) {
            problems.add(Problem.at(at + "/year", Messages.get("data.tljs.yearRange", String.valueOf(year)),
                    Messages.get("data.tljs.yearRange.hint")));
            return null;
        }
        if (month != null && month == Long.MIN_VALUE || day != null && day == Long.MIN_VALUE) {
            return null;
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s%04d", year < 0 ? "-" : "", Math.abs(year)));
        if (month != null) {
            text.append(String.format(Locale.ROOT, "-%02d", Math.max(0, Math.min(99, month))));
            if (day != null) {
                text.append(String.format(Locale.ROOT, "-%02d", Math.max(0, Math.min(99, day))));
            }
        }
        return text.toString();
    }

    /** A date part written as a number or a string; empty means absent. Long.MIN_VALUE marks a reported problem. */
    private Long part(JsonNode date, String field, String at, boolean required) {
        JsonNode value = date.path(field);
        String text = value.isNumber() || value.isTextual() ? value.asText().trim() : "";
        if (text.isEmpty() && (value.isMissingNode() || value.isNull() || value.isTextual())) {
            if (required) {
                problems.add(Problem.at(at, Messages.get("data.tljs.noYear", Pointers.describe(at)), Messages.get("data.tljs.noYear.hint")));
                return null;
            }
            return null;
        }
        if (text.matches("[-+]?\\d{1,18}")) {
            return Long.parseLong(text);
        }
        problems.add(Problem.at(at + "/" + field, Messages.get("data.tljs.notWhole", Pointers.describe(at), field, Pointers.kindOf(value)),
                Messages.get("data.tljs.notWhole.hint", field)));
        return required ? null : Long.MIN_VALUE;
    }

    private static String firstWords(String text) {
        String line = text.lines().findFirst().orElse(text);
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
