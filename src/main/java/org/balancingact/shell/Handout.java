package org.balancingact.shell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Source;
import org.balancingact.model.Theme;
import org.balancingact.model.Timeline;
import org.balancingact.model.Tour;
import org.balancingact.model.TourStep;
import org.balancingact.quotes.Citation;
import org.balancingact.quotes.CitationStyle;
import org.balancingact.quotes.Citations;

/**
 * What a printed handout says, in the interface language, before it is laid out on paper: the events in
 * time order (each with the numbers of its endnotes and the lane the figure puts it in), the tours'
 * questions as worksheets, and the endnotes: every quote an event rests on, numbered in the order the
 * chronology first cites it, with its citation. The first note from a source cites it in full (Chicago
 * notes style), later ones in short form, each with the paragraph of the source the words are in.
 * Quotes stay in the language of their source.
 */
public record Handout(String title, String source, List<Entry> entries, List<String> lanes,
                      List<Worksheet> worksheets, List<Endnote> endnotes) {

    /**
     * One event: its date in words, its title, the figure's lane (its first theme), whether it is a key
     * event (importance 1), and the endnotes that back it.
     */
    public record Entry(String eventId, HistoricalDate when, String date, String title, String lane, boolean key,
                        List<Integer> notes) {
    }

    /** The questions of one tour, numbered, each with the event it is asked about. */
    public record Worksheet(String tour, String description, List<Question> questions) {
    }

    public record Question(int number, String text, String eventDate, String eventTitle) {
    }

    /** A quote, who said it (empty when the source's author), and where it is in its source. */
    public record Endnote(int number, String quote, String speaker, String citation) {
    }

    public static Handout of(Timeline timeline) {
        String other = Messages.get("handout.lane.other");
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Event event : timeline.events()) {
            List<Integer> notes = new ArrayList<>();
            for (String quoteId : event.quoteIds()) {
                if (timeline.quote(quoteId).isPresent()) {
                    notes.add(numbers.computeIfAbsent(quoteId, id -> numbers.size() + 1));
                }
            }
            String lane = event.themeIds().isEmpty() ? other : timeline.themeLabel(event.themeIds().get(0));
            notes.sort(null);
            entries.add(new Entry(event.id(), event.when(), event.when().inWords(), event.title(), lane,
                    event.importance() == 1, List.copyOf(notes)));
        }
        Set<String> lanes = new java.util.LinkedHashSet<>(timeline.themes().stream().map(Theme::label).toList());
        lanes.add(other);
        String source = timeline.sources().stream().map(Citation::shortForm).reduce((a, b) -> a + "; " + b).orElse("");
        return new Handout(timeline.title(), source, entries, List.copyOf(lanes), worksheets(timeline),
                endnotes(timeline, numbers));
    }

    private static List<Worksheet> worksheets(Timeline timeline) {
        List<Worksheet> sheets = new ArrayList<>();
        for (Tour tour : timeline.tours()) {
            List<Question> questions = new ArrayList<>();
            for (TourStep step : tour.steps()) {
                if (step.question().isBlank()) {
                    continue;
                }
                Event event = timeline.event(step.eventId()).orElse(null);
                questions.add(new Question(questions.size() + 1, step.question().strip(),
                        event == null ? "" : event.when().inWords(), event == null ? step.eventId() : event.title()));
            }
            if (!questions.isEmpty()) {
                sheets.add(new Worksheet(tour.title(), tour.description(), questions));
            }
        }
        return sheets;
    }

    private static List<Endnote> endnotes(Timeline timeline, Map<String, Integer> numbers) {
        Citations citations = Citations.forTimeline(timeline);
        Set<String> citedInFull = new HashSet<>();
        Map<String, Long> worksByAuthor = new java.util.HashMap<>();
        timeline.sources().forEach(s -> worksByAuthor.merge(s.author(), 1L, Long::sum));
        List<Endnote> endnotes = new ArrayList<>();
        numbers.forEach((quoteId, number) -> {
            Quote quote = timeline.quote(quoteId).orElseThrow();
            Source source = timeline.source(quote.sourceId()).orElse(null);
            String citation = source == null ? quote.sourceId()
                    : citedInFull.add(source.id()) ? fullNote(citations, source, quote)
                    : shortNote(source, quote, worksByAuthor.getOrDefault(source.author(), 0L) == 1);
            String speaker = quote.hasSpeaker() ? timeline.actorName(quote.speakerId()) : "";
            endnotes.add(new Endnote(number, quote.text(), speaker, citation));
        });
        return endnotes;
    }

    /** Chicago's first note of a source, with the paragraph as its locator (before the URL, if any). */
    static String fullNote(Citations citations, Source source, Quote quote) {
        String note = citations.entry(source, CitationStyle.CHICAGO_NOTE).plain().replaceFirst("^1\\. ", "");
        String locator = locator(source, quote);
        if (locator.isEmpty()) {
            return note;
        }
        String url = source.url().isEmpty() ? null : ", " + source.url();
        if (url != null && note.contains(url)) {
            return note.replace(url, ", " + locator + url);
        }
        return note.replaceFirst("\\.$", "") + ", " + locator + ".";
    }

    /**
     * Chicago's shortened note: "Shraibman, “Won't Get Fooled Again,” para. 7." The short title is left
     * out when the dataset has no other work by the author ("Shraibman, para. 7."): the first note
     * names the work in full, and a handout of some sixty notes gains a page.
     */
    static String shortNote(Source source, Quote quote, boolean onlyWorkOfAuthor) {
        String locator = locator(source, quote);
        String title = "“" + source.title().split("[:?]")[0].strip() + (locator.isEmpty() ? ".”" : ",”");
        if (source.author().isEmpty()) {
            return title + (locator.isEmpty() ? "" : " " + locator + ".");
        }
        String author = surname(source.author());
        if (onlyWorkOfAuthor) {
            return author + (locator.isEmpty() ? "." : ", " + locator + ".");
        }
        return author + ", " + title + (locator.isEmpty() ? "" : " " + locator + ".");
    }

    private static String locator(Source source, Quote quote) {
        int paragraph = Citations.paragraphOf(source, quote);
        return paragraph > 0 ? Messages.get("handout.note.paragraph", paragraph) : "";
    }

    private static String surname(String author) {
        String[] parts = author.strip().split("\\s+");
        return parts[parts.length - 1];
    }
}
