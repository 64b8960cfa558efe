package org.balancingact.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.balancingact.model.Event;
import org.balancingact.model.Quote;
import org.balancingact.model.Timeline;
import org.balancingact.quotes.Citation;

/**
 * What a printed handout says, before it is laid out on paper: the events in time order, each with
 * the numbers of its endnotes, and the endnotes themselves (the quote and where it comes from).
 * A quote cited by several events gets one number.
 */
public record Handout(String title, String subtitle, List<Entry> entries, List<Endnote> endnotes) {

    /** One event: when, what, and which endnotes back it. */
    public record Entry(String date, String title, String summary, List<Integer> notes) {
    }

    public record Endnote(int number, String quote, String citation) {
    }

    public static Handout of(Timeline timeline) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Event event : timeline.events()) {
            List<Integer> notes = new ArrayList<>();
            for (String quoteId : event.quoteIds()) {
                notes.add(numbers.computeIfAbsent(quoteId, id -> numbers.size() + 1));
            }
            entries.add(new Entry(DetailsPane.dateInWords(event.when()), event.title(), event.summary(), notes));
        }
        List<Endnote> endnotes = new ArrayList<>();
        numbers.forEach((quoteId, number) -> timeline.quote(quoteId).ifPresent(quote ->
                endnotes.add(new Endnote(number, quote.text(), citationOf(timeline, quote)))));
        String subtitle = timeline.sources().stream().map(Citation::shortForm).reduce((a, b) -> a + "; " + b).orElse("");
        return new Handout(timeline.title(), subtitle, entries, endnotes);
    }

    private static String citationOf(Timeline timeline, Quote quote) {
        return timeline.source(quote.sourceId()).map(Citation::shortForm).orElse(quote.sourceId());
    }

}
