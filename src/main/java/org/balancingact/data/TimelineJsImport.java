package org.balancingact.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Timeline;

/**
 * Imports Knight Lab's TimelineJS JSON ({@code events[]} with {@code start_date}/{@code end_date},
 * {@code text}, {@code media}, {@code group}, {@code display_date}, {@code unique_id}, {@code eras[]},
 * {@code title}): each slide is read into a {@link Slide} and turned into an event by
 * {@link TimelineJsSlides}, as the spreadsheet template's rows are. Problems point at the JSON value.
 */
final class TimelineJsImport {
    static final String SOURCE_ID = TimelineJsSlides.SOURCE_ID;
    static final String ERA_THEME = TimelineJsSlides.ERA_THEME;

    private TimelineJsImport() {
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

    /** @param utf8 the bytes {@code text} was decoded from as UTF-8, or null (for the garbled-text check) */
    static ReadResult read(String fileName, String text, byte[] utf8, JsonNode root, TimelineReader reader) {
        List<Problem> problems = new ArrayList<>();
        JsonNode list = root.path("events");
        TimelineJsSlides slides = slides(problems, list.size());
        for (int i = 0; i < list.size(); i++) {
            slide(list.get(i), "/events/" + i, false, slides, problems);
        }
        eras(root.path("eras"), slides, problems);
        return finish(fileName, text, utf8, reader, slides, problems, root.path("title"));
    }

    /**
     * The same, streaming the slides one by one instead of building the tree of the whole file first:
     * what a file of a hundred thousand slides needs. Empty when the text is not TimelineJS (our own
     * format, another JSON) or cannot be streamed (a syntax error, a key given twice): the caller then
     * reads it the ordinary way, which says what is wrong and where.
     */
    static Optional<ReadResult> stream(String fileName, String text, byte[] utf8, TimelineReader reader) {
        List<Problem> problems = new ArrayList<>();
        // a slide is rarely under 150 chars (a date object, a headline and a text): a guess on the large side
        TimelineJsSlides slides = slides(problems, Imported.expectedItems(text.length(), 150));
        JsonNode title = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        JsonNode eras = com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        boolean events = false;
        com.fasterxml.jackson.databind.ObjectMapper mapper = reader.mapper();
        // as in StreamingTimelineReader: duplicate keys are found as each slide's small tree is built
        com.fasterxml.jackson.databind.ObjectReader trees = mapper.reader()
                .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        java.util.Set<String> fields = new java.util.HashSet<>();
        TimelineJsSlideTokens tokens = new TimelineJsSlideTokens(trees);
        try (JsonParser parser = mapper.createParser(text)) {
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!fields.add(field) || field.equals("format")) {
                    return Optional.empty();
                }
                if (field.equals("events")) {
                    if (value != JsonToken.START_ARRAY) {
                        return Optional.empty();
                    }
                    events = true;
                    boolean startDates = false;
                    boolean whens = false;
                    for (int i = 0; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                        if (i == 20 && whens && !startDates) {
                            return Optional.empty(); // our own format's events: see recognises()
                        }
                        if (parser.currentToken() != JsonToken.START_OBJECT) {
                            slide(trees.readTree(parser), "/events/" + i, false, slides, problems); // said to be no slide
                            continue;
                        }
                        // "events[i]", as Pointers.describe says "/events/i"
                        Slide slide = tokens.read(parser, "events[" + i + "]", "/events/" + i);
                        if (i < 20) {
                            startDates |= tokens.hasStartDate;
                            whens |= tokens.hasWhen;
                        }
                        slides.add(slide, false);
                    }
                    if (whens && !startDates) {
                        return Optional.empty();
                    }
                } else if (field.equals("title")) {
                    title = trees.readTree(parser);
                } else if (field.equals("eras")) {
                    eras = trees.readTree(parser); // few, and read after the events, as from the tree
                } else {
                    parser.skipChildren();
                }
            }
        } catch (java.io.IOException | RuntimeException notStreamable) {
            return Optional.empty();
        }
        if (!events) {
            return Optional.empty();
        }
        eras(eras, slides, problems);
        return Optional.of(finish(fileName, text, utf8, reader, slides, problems, title));
    }

    private static TimelineJsSlides slides(List<Problem> problems, int expected) {
        return new TimelineJsSlides((slide, field, severity, message, hint) -> problems.add(
                new Problem("", 0, 0, field.isEmpty() ? slide.pointer() : slide.pointer() + "/" + field, message, hint, severity)),
                expected);
    }

    private static void eras(JsonNode eras, TimelineJsSlides slides, List<Problem> problems) {
        if (!eras.isMissingNode() && !eras.isNull() && !eras.isArray()) {
            problems.add(Problem.warningAt("/eras", Messages.get("data.tljs.eras.notList", Pointers.kindOf(eras)),
                    Messages.get("data.tljs.eras.notList.hint")));
        }
        for (int i = 0; eras.isArray() && i < eras.size(); i++) {
            slide(eras.get(i), "/eras/" + i, true, slides, problems);
        }
    }

    private static ReadResult finish(String fileName, String text, byte[] utf8, TimelineReader reader, TimelineJsSlides slides,
                                     List<Problem> problems, JsonNode titleSlide) {
        JsonNode titleText = titleSlide.path("text");
        String title = HtmlText.plain(text(titleText.path("headline")));
        if (title.isEmpty()) {
            title = Imported.baseName(fileName);
        }
        String description = HtmlText.plain(text(titleText.path("text")));
        Timeline timeline = slides.timeline(title, description);
        List<Problem> located = problems.isEmpty() ? problems : reader.locate(fileName, text, problems);
        List<Problem> warnings = new ArrayList<>();
        Problem garbled = Mojibake.warning(fileName, text, utf8);
        if (garbled != null) {
            warnings.add(garbled);
        }
        warnings.addAll(located);
        boolean errors = located.stream().anyMatch(p -> !p.isWarning());
        return slides.result(fileName, timeline, warnings, errors,
                new Problem(fileName, 1, 1, "", Messages.get("data.tljs.noEvents", slides.read), Messages.get("data.tljs.noEvents.hint")),
                new ImportReport(ImportReport.Kind.TIMELINEJS, slides.read, slides.leftOut, "UTF-8", List.of(),
                        Optional.empty(), Optional.empty()));
    }

    private static void slide(JsonNode node, String at, boolean era, TimelineJsSlides slides, List<Problem> problems) {
        if (!node.isObject()) {
            slides.read++;
            slides.leftOut++;
            problems.add(Problem.warningAt(at, Messages.get(era ? "data.tljs.era.notObject" : "data.tljs.event.notObject",
                    Pointers.describe(at), Pointers.kindOf(node)), Messages.get("data.tljs.notObject.hint")));
            return;
        }
        JsonNode text = node.path("text");
        JsonNode media = node.path("media");
        slides.add(new Slide(Pointers.describe(at), at, parts(node.path("start_date")), endParts(node.path("end_date")),
                text(text.path("headline")), text(text.path("text")), text(media.path("url")),
                text(media.path("caption")), text(media.path("credit")), text(node.path("group")),
                text(node.path("display_date")), text(node.path("unique_id")), ""), era);
    }

    /** A start_date object as parts; null when there is none (the slide is then left out with a warning). */
    private static Slide.Parts parts(JsonNode date) {
        if (!date.isObject()) {
            return null;
        }
        return new Slide.Parts(scalar(date.path("year")), scalar(date.path("month")), scalar(date.path("day")), time(date));
    }

    private static Slide.Parts endParts(JsonNode date) {
        Slide.Parts parts = parts(date);
        return parts == null ? Slide.Parts.NONE : parts;
    }

    /** "hour", "minute", "second" as TimelineJS writes a time: 16:10 or 16:10:34. */
    private static String time(JsonNode date) {
        return time(scalar(date.path("hour")), scalar(date.path("minute")), scalar(date.path("second")));
    }

    /** The time of a date's parts, each as {@link #scalar} gives it. */
    static String time(String hourPart, String minutePart, String secondPart) {
        String hour = hourPart.strip();
        if (hour.isEmpty()) {
            return "";
        }
        String minute = minutePart.strip();
        String second = secondPart.strip();
        StringBuilder time = new StringBuilder(hour.length() == 1 ? "0" + hour : hour).append(':');
        time.append(minute.isEmpty() ? "00" : minute.length() == 1 ? "0" + minute : minute);
        if (!second.isEmpty()) {
            time.append(':').append(second.length() == 1 ? "0" + second : second);
        }
        return time.toString();
    }

    /** A text or number as written; anything else is no text. */
    static String text(JsonNode value) {
        return value != null && (value.isTextual() || value.isNumber()) ? value.asText() : "";
    }

    /** A text or number as written; another value as its JSON (so {@code true} is "not a whole number"). */
    static String scalar(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isTextual() || value.isNumber() ? value.asText() : value.toString();
    }
}
