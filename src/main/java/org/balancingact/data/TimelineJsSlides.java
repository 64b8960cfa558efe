package org.balancingact.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.balancingact.model.Translations;

/**
 * Turns TimelineJS slides, from JSON or from the spreadsheet template, into events.
 *
 * <p>A TimelineJS file has no verbatim quotes. Rather than invent any, each slide's own words (its text,
 * or its headline when it has no text) become a quote whose source is the imported file itself, so a
 * reader always sees where the words come from. A {@code <blockquote>} used as media becomes a second
 * quote. Eras become background events (importance 3) under the theme "Eras"; groups become themes.
 * HTML is turned into plain text. A slide that cannot be used (no year, a date part that is not a number,
 * an impossible date) is left out with a warning. Years beyond four digits (TimelineJS's cosmological
 * scale) are errors: this app cannot show such a file at all, and leaving most of it out would mislead.
 */
final class TimelineJsSlides {
    static final String SOURCE_ID = "timelinejs-file";
    static final String ERA_THEME = "eras";

    /** Where the problems of a slide go: each format locates them its own way. */
    interface Problems {
        /** @param field "" for the slide itself, else e.g. "start_date/year", "unique_id" */
        void add(Slide slide, String field, Problem.Severity severity, String message, String hint);
    }

    private final Problems problems;
    private final Imported.Ids ids;
    private final Imported.Ids groupIds = new Imported.Ids("group");
    private final Map<String, String> givenIds = new HashMap<>();
    private final Map<String, HistoricalDate> dates;
    private final StringBuilder sourceText = new StringBuilder();
    private final List<String> slideOrder = new ArrayList<>();
    final List<Event> events;
    final List<Quote> quotes = new ArrayList<>();
    final Map<String, Theme> themes = new LinkedHashMap<>();
    int read;
    int leftOut;
    int unquoted;

    TimelineJsSlides(Problems problems) {
        this(problems, 0);
    }

    /** @param expected about how many slides there are: what grows by one per slide is sized once */
    TimelineJsSlides(Problems problems, int expected) {
        this.problems = problems;
        this.ids = new Imported.Ids("event", expected);
        this.dates = new HashMap<>(ConsistencyCheck.capacityFor(expected));
        this.events = new ArrayList<>(expected);
    }

    /** The event a slide gives, or null when it is left out (its problem said). */
    Event add(Slide slide, boolean era) {
        read++;
        HistoricalDate when = when(slide);
        if (when == null) {
            leftOut++;
            return null;
        }
        String headline = HtmlText.plain(slide.headline());
        String body = HtmlText.plain(slide.text());
        String id = id(slide, headline, era);
        String title = headline.isEmpty() ? (body.isEmpty() ? Messages.get("data.tljs.untitled") : firstWords(body)) : headline;

        List<String> quoteIds = new ArrayList<>(2);
        quote("q-" + id, body.isEmpty() ? headline : (headline.isEmpty() ? body : headline + "\n" + body),
                body.isEmpty() ? headline : body, quoteIds);
        String mediaUrl = slide.mediaUrl().strip();
        if (mediaUrl.regionMatches(true, 0, "<blockquote", 0, 11)) {
            String words = HtmlText.plain(mediaUrl);
            quote("q-" + id + "-media", words, words, quoteIds);
        }
        if (quoteIds.isEmpty()) {
            unquoted++;
        }
        Event event = new Event(id, title, when, era ? Messages.get("data.tljs.era.summary") : body, List.of(),
                themes(slide, era), era ? 3 : 2, quoteIds, dateNote(slide), references(slide, mediaUrl),
                Translations.NONE, time(slide), Map.of());
        events.add(event);
        if (!era) {
            slideOrder.add(id);
        }
        return event;
    }

    /**
     * The end of a TimelineJS import, the JSON file's or the sheet's: refused with its problems when any is
     * an error, when no event came through or when the timeline breaks a rule of the format; otherwise
     * loaded, with a warning when events quote no source.
     *
     * @param errors   whether {@code warnings} hold an error
     * @param noEvents what to say when no event came through
     */
    ReadResult result(String fileName, Timeline timeline, List<Problem> warnings, boolean errors, Problem noEvents,
                      ImportReport report) {
        if (errors || timeline.events().isEmpty()) {
            if (!errors) {
                warnings.add(noEvents);
            }
            return new ReadResult.Failed(fileName, warnings);
        }
        List<Problem> broken = TableImport.check(fileName, timeline);
        if (!broken.isEmpty()) {
            warnings.addAll(broken);
            return new ReadResult.Failed(fileName, warnings);
        }
        if (unquoted > 0) {
            warnings.add(new Problem(fileName, 0, 0, "", Messages.get("data.import.noQuotes", unquoted,
                    timeline.events().size()), Messages.get("data.import.noQuotes.hint.timelinejs"), Problem.Severity.WARNING));
        }
        return new ReadResult.Loaded(timeline, warnings, report);
    }

    Timeline timeline(String title, String description) {
        Source file = new Source(SOURCE_ID, "other", Messages.get("data.tljs.sourceTitle", title), "", "", null, "",
                sourceText.toString());
        List<Tour> tours = slideOrder.isEmpty() ? List.of()
                : List.of(Tour.ofEvents("timelinejs-slides", Messages.get("data.tljs.tour.title"),
                        Messages.get("data.tljs.tour.description"), slideOrder));
        return new Timeline(title, description, List.copyOf(themes.values()), List.of(file), List.of(), List.of(),
                events, quotes, tours);
    }

    private List<String> themes(Slide slide, boolean era) {
        if (era) {
            themes.computeIfAbsent(ERA_THEME, k -> new Theme(k, Messages.get("data.tljs.eras.label"), Messages.get("data.tljs.eras.description")));
            return List.of(ERA_THEME);
        }
        String group = HtmlText.plain(slide.group());
        if (group.isEmpty()) {
            return List.of();
        }
        String themeId = groupIds.of(group);
        themes.computeIfAbsent(themeId, k -> new Theme(k, group, ""));
        return List.of(themeId);
    }

    private static String dateNote(Slide slide) {
        String displayDate = HtmlText.plain(slide.displayDate());
        return displayDate.isEmpty() ? "" : Messages.get("data.tljs.dateNote", displayDate);
    }

    /** The media as a link (web addresses only), with its caption and credit as the link's words. */
    private static List<Reference> references(Slide slide, String mediaUrl) {
        String caption = HtmlText.plain(slide.mediaCaption());
        String credit = HtmlText.plain(slide.mediaCredit());
        String safeUrl = isWebAddress(mediaUrl) ? mediaUrl : "";
        if (caption.isEmpty() && credit.isEmpty() && safeUrl.isEmpty()) {
            return List.of();
        }
        String label = caption.isEmpty() ? Messages.get("data.tljs.media") : caption;
        return List.of(new Reference(credit.isEmpty() ? label : label + " — " + credit, safeUrl, ""));
    }

    static boolean isWebAddress(String url) {
        boolean scheme = url.regionMatches(true, 0, "http://", 0, 7) || url.regionMatches(true, 0, "https://", 0, 8);
        if (!scheme || url.length() <= 8) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            if (Character.isWhitespace(url.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Adds the words to the file's text and cites them: by construction a verbatim quote of the file. */
    private void quote(String quoteId, String block, String words, List<String> into) {
        if (words.isEmpty()) {
            return;
        }
        sourceText.append(block).append("\n\n");
        Quote quote = new Quote(quoteId, SOURCE_ID, words, "");
        quotes.add(quote);
        into.add(quoteId);
    }

    /** The slide's unique_id (a repeated one gets a suffix and a warning), else one made from the headline. */
    private String id(Slide slide, String headline, boolean era) {
        String given = slide.uniqueId().strip();
        if (given.isEmpty()) {
            return ids.unique((era ? "era-" : "") + Imported.slug(headline, era ? "era" : "event"));
        }
        String id = ids.unique(given);
        String earlier = givenIds.putIfAbsent(given, slide.where());
        if (earlier != null) {
            problems.add(slide, "unique_id", Problem.Severity.WARNING, Messages.get("data.tljs.slide.idTwice", slide.where(),
                    given, earlier, id), Messages.get("data.tljs.slide.idTwice.hint"));
        }
        return id;
    }

    private static String time(Slide slide) {
        String from = slide.start().time().strip();
        String to = slide.end().year().isBlank() ? "" : slide.end().time().strip();
        return to.isEmpty() ? from : (from.isEmpty() ? "…" : from) + " – " + to;
    }

    private HistoricalDate when(Slide slide) {
        if (slide.start() == null) {
            problems.add(slide, "", Problem.Severity.WARNING, Messages.get("data.tljs.slide.noStart", slide.where()),
                    Messages.get("data.tljs.noStart.hint"));
            return null;
        }
        HistoricalDate from = date(slide, slide.start(), "start_date");
        boolean hasEnd = !slide.end().year().isBlank();
        HistoricalDate to = hasEnd ? date(slide, slide.end(), "end_date") : null; // both said, if both are wrong
        if (from == null || hasEnd && to == null) {
            return null;
        }
        if (!hasEnd) {
            return from;
        }
        try {
            return HistoricalDate.interval(from, to);
        } catch (DateFormatException reversed) {
            problems.add(slide, "end_date", Problem.Severity.WARNING, Messages.get("data.tljs.slide.badDate", slide.where(),
                    from.edtf() + "/" + to.edtf(), reversed.getMessage()), reversed.hint());
            return null;
        }
    }

    /** {"year": "1943", "month": "7", "day": ""} → 1943-07; null (and a problem) when a part is wrong. */
    private HistoricalDate date(Slide slide, Slide.Parts parts, String field) {
        String yearText = wholeNumberText(parts.year());
        if (yearText.isEmpty()) {
            problems.add(slide, field, Problem.Severity.WARNING, Messages.get("data.tljs.slide.noYear", slide.where()),
                    Messages.get("data.tljs.slide.noYear.hint"));
            return null;
        }
        long year = number(slide, field, "year", yearText);
        long month = parts.month().isBlank() ? 0 : number(slide, field, "month", wholeNumberText(parts.month()));
        long day = month <= 0 || parts.day().isBlank() ? 0 : number(slide, field, "day", wholeNumberText(parts.day()));
        if (year == Long.MIN_VALUE || month == Long.MIN_VALUE || day == Long.MIN_VALUE) {
            return null;
        }
        if (Math.abs(year) > 9999) {
            problems.add(slide, field + "/year", Problem.Severity.ERROR, Messages.get("data.tljs.yearRange", String.valueOf(year)),
                    Messages.get("data.tljs.yearRange.hint"));
            return null;
        }
        StringBuilder edtf = new StringBuilder(11);
        if (year < 0) {
            edtf.append('-');
        }
        pad(edtf, Math.abs(year), 4);
        if (month != 0) {
            edtf.append('-');
            pad(edtf, Math.max(0, Math.min(99, month)), 2);
            if (day != 0) {
                edtf.append('-');
                pad(edtf, Math.max(0, Math.min(99, day)), 2);
            }
        }
        String text = edtf.toString();
        HistoricalDate known = dates.get(text);
        if (known == null) {
            try {
                known = HistoricalDate.parse(text);
            } catch (DateFormatException bad) {
                // the parser says where in "2022-13-01" it stopped: point at that part's cell or value
                int at = bad.offset() - (year < 0 ? 1 : 0);
                String part = at >= 8 ? "/day" : at >= 5 ? "/month" : "/year";
                problems.add(slide, field + part, Problem.Severity.WARNING, Messages.get("data.tljs.slide.badDate", slide.where(), text,
                        bad.getMessage()), bad.hint());
                return null;
            }
            dates.put(text, known);
        }
        return known;
    }

    /** TimelineJS reads "1,815" and " 12 " as numbers: spaces and commas are dropped. */
    private static String wholeNumberText(String text) {
        String stripped = text.strip();
        if (stripped.indexOf(',') < 0 && stripped.indexOf(' ') < 0) {
            return stripped;
        }
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c != ',' && !Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole number of at most 18 digits, with an optional sign; Long.MIN_VALUE (and a problem) otherwise. */
    private long number(Slide slide, String field, String part, String text) {
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        boolean digits = text.length() > start && text.length() - start <= 18;
        for (int i = start; digits && i < text.length(); i++) {
            digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
        }
        if (!digits) {
            problems.add(slide, field + "/" + part, Problem.Severity.WARNING, Messages.get("data.tljs.slide.notWhole",
                    slide.where(), part, text), Messages.get("data.tljs.notWhole.hint", part));
            return Long.MIN_VALUE;
        }
        return Long.parseLong(text);
    }

    private static void pad(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    private static String firstWords(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}
