package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.balancingact.model.DateFormatException;
import org.balancingact.model.HistoricalDate;
import org.junit.jupiter.api.Test;

/**
 * The independent review's mechanical checks of the shipped dataset (issue 16), kept as tests so that a later
 * edit cannot quietly undo them: quotes are verbatim and unambiguous, every claim rests on a quote, no date runs
 * backwards, and no reference points at a wiki mirror or a news aggregator.
 */
class BundledDatasetIntegrityTest {

    /**
     * Copies of Wikipedia and sites that republish others' news without their own reporting. The review found
     * these in the dataset; a reference must name the original publisher or record instead.
     */
    static final List<String> MIRRORS_AND_AGGREGATORS = List.of(
            "ipfs.io", "dweb.link", "wikimili.com", "iwiki.icu", "wiki.x.io", "perceptioro.com",
            "the-uncensored-wiki.com", "absoluteastronomy.com", "dokumen.tips",
            "outride.rs", "emergenza24.org", "worldairlinenews.com", "republicworld.com", "en.armradio.am",
            "oreanda.ru", "thefrontierpost.com", "devdiscourse.com", "urdupoint.com", "strategicstudyindia.com",
            "spamchronicles.com", "thisdaystory.com", "griwkor.pl", "txtreport.com", "marketscreener.com",
            "panafricannews.blogspot.com", "news-pravda.com", "pledgetimes.com");

    @Test
    void everyQuoteOccursExactlyOnceInItsSource() {
        Map<String, String> sources = BundledDatasetJson.sourceTexts();
        List<String> wrong = new ArrayList<>();
        for (JsonNode quote : BundledDatasetJson.all("quotes")) {
            String source = sources.get(quote.path("source").asText());
            String text = quote.path("text").asText();
            int count = source == null ? -1 : occurrences(source, text);
            if (count != 1) {
                wrong.add(quote.path("id").asText() + (count < 0 ? " has no source" : " occurs " + count + " times"));
            }
        }
        assertEquals(List.of(), wrong, "a quote must be found exactly once, or the quote panel cannot place it");
    }

    @Test
    void everyEventAndRelationCitesAtLeastOneQuoteThatExists() {
        Set<String> quotes = BundledDatasetJson.byId("quotes").keySet();
        List<String> wrong = new ArrayList<>();
        for (String array : List.of("events", "relations")) {
            for (JsonNode item : BundledDatasetJson.all(array)) {
                List<String> cited = BundledDatasetJson.texts(item.path("quotes"));
                if (cited.isEmpty()) {
                    wrong.add(item.path("id").asText() + " cites no quote");
                }
                cited.stream().filter(q -> !quotes.contains(q)).forEach(q -> wrong.add(item.path("id").asText() + " cites missing " + q));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyQuoteIsEvidenceForSomething() {
        Set<String> unused = new HashSet<>(BundledDatasetJson.byId("quotes").keySet());
        for (String array : List.of("events", "relations")) {
            BundledDatasetJson.all(array).forEach(item -> unused.removeAll(BundledDatasetJson.texts(item.path("quotes"))));
        }
        assertEquals(Set.of(), unused, "quotes no event or relation cites are never shown");
    }

    @Test
    void noIntervalRunsBackwards() {
        List<String> wrong = new ArrayList<>();
        for (String array : List.of("events", "relations")) {
            for (JsonNode item : BundledDatasetJson.all(array)) {
                String when = item.path("when").asText();
                String problem = backwards(when);
                if (problem != null) {
                    wrong.add(item.path("id").asText() + " " + when + ": " + problem);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Null when the date reads and its start comes no later than its end in either bound. */
    private static String backwards(String when) {
        try {
            HistoricalDate.parse(when);
            String[] sides = when.split("/", -1);
            if (sides.length != 2 || sides[0].equals("..") || sides[1].equals("..")) {
                return null;
            }
            HistoricalDate start = HistoricalDate.parse(sides[0]);
            HistoricalDate end = HistoricalDate.parse(sides[1]);
            if (start.earliest().isAfter(end.earliest()) || start.latest().isAfter(end.latest())) {
                return "starts after it ends";
            }
            return null;
        } catch (DateFormatException e) {
            return e.getMessage();
        }
    }

    @Test
    void theWatchListCatchesMirrorsAndAggregators() {
        assertTrue(isMirrorOrAggregator("https://bafybeiaysi4s6lnjev27ln5icwm6tueaw2vdykrtjkwiphwekaywqhcjze.ipfs.dweb.link/wiki/Minsk_Protocol"));
        assertTrue(isMirrorOrAggregator("https://www.emergenza24.org/guerra-russia-ucraina-2022/"));
        assertTrue(isMirrorOrAggregator("https://EN.ARMRADIO.AM/2020/08/11/x/"));
        assertFalse(isMirrorOrAggregator("https://tass.com/world/1191615"));
        assertFalse(isMirrorOrAggregator("https://www.reuters.com/world/europe/x/"));
    }

    @Test
    void noReferenceUsesAWikiMirrorOrAnAggregator() {
        List<String> wrong = new ArrayList<>();
        for (String array : List.of("events", "relations")) {
            for (JsonNode item : BundledDatasetJson.all(array)) {
                for (JsonNode reference : item.path("references")) {
                    String url = reference.path("url").asText();
                    if (isMirrorOrAggregator(url)) {
                        wrong.add(item.path("id").asText() + " → " + url);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "cite the original publisher or the primary record");
    }

    @Test
    void everyReferenceNamesAWebAddressAndNothingIsLeftToBeAdded() {
        List<String> wrong = new ArrayList<>();
        for (String array : List.of("events", "relations")) {
            for (JsonNode item : BundledDatasetJson.all(array)) {
                for (JsonNode reference : item.path("references")) {
                    String url = reference.path("url").asText("");
                    String all = (reference.path("title").asText("") + " " + url).toLowerCase(Locale.ROOT);
                    if (!url.startsWith("https://") && !url.startsWith("http://")) {
                        wrong.add(item.path("id").asText() + " has a reference without a web address: " + reference);
                    }
                    if (all.contains("to be added") || all.contains("todo") || all.contains("tbd")) {
                        wrong.add(item.path("id").asText() + " has a placeholder reference: " + reference);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    static boolean isMirrorOrAggregator(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.contains("ipfs") || MIRRORS_AND_AGGREGATORS.stream().anyMatch(bad -> h.equals(bad) || h.endsWith("." + bad));
    }

    private static int occurrences(String text, String part) {
        if (part.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
