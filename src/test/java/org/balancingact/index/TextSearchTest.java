package org.balancingact.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineReader;
import org.balancingact.index.TextSearch.Hit;
import org.balancingact.index.TextSearch.Kind;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search over the bundled dataset: scripts, accents, case, ranking and grouping. */
class TextSearchTest {
    private static TextSearch search;

    @BeforeAll
    static void index() {
        Timeline timeline = ((ReadResult.Loaded) new TimelineReader().readBundled()).timeline();
        search = new TextSearch(timeline);
    }

    private static List<String> ids(String query, Kind kind) {
        return search.search(query, 50).stream().filter(h -> h.kind() == kind).map(Hit::id).toList();
    }

    private static String firstActor(String query) {
        List<String> actors = ids(query, Kind.ACTOR);
        return actors.isEmpty() ? "" : actors.get(0);
    }

    @Test
    void foldingRemovesCaseAccentsAndScript() {
        assertEquals("lukashenko", TextFolding.fold("Лукашенко"));
        assertEquals("lukashenka", TextFolding.fold("Лукашэнка"));
        assertEquals("lukasenka", TextFolding.fold("Łukašenka"));
        assertEquals("turkiye", TextFolding.fold("TÜRKIYE"));
        assertEquals("tsikhanouskaya", TextFolding.fold("Ціханоўская"));
    }

    @Test
    void lukashenkoIsFoundInCyrillicAndInEveryLatinSpelling() {
        for (String query : List.of("Лукашенко", "Лукашэнка", "Lukashenka", "Lukashenko", "lukashenko", "LUKASHENKA",
                "Alyaksandr Lukashenka", "Аляксандр")) {
            assertEquals("lukashenko", firstActor(query), query);
        }
    }

    @Test
    void anotherSpellingOfASurnameFindsTheEventsThatUseTheDatasetsSpelling() {
        assertEquals(ids("Lukashenko", Kind.EVENT), ids("Lukashenka", Kind.EVENT));
        assertEquals(ids("Lukashenko", Kind.EVENT), ids("Лукашэнка", Kind.EVENT));
        assertTrue(ids("Lukashenka", Kind.EVENT).contains("no-troops-vow"));
    }

    @Test
    void cyrillicFindsOtherActorsThroughTheirNames() {
        assertEquals("tikhanovskaya", firstActor("Тихановская"));
        assertEquals("tikhanovskaya", firstActor("Tsikhanouskaya"));
        assertEquals("makei", firstActor("Макей"));
        assertEquals("putin", firstActor("Путин"));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals("turkey", firstActor("türkiye"));
        assertEquals("turkey", firstActor("TURKIYE"));
        assertEquals(ids("invasion", Kind.EVENT), ids("INVÁSION", Kind.EVENT));
    }

    @Test
    void aWholeNameRanksAboveNamesThatOnlyContainIt() {
        assertEquals("russia", firstActor("Russia"));
        List<String> actors = ids("Lukashenko", Kind.ACTOR);
        assertEquals("lukashenko", actors.get(0));
        assertTrue(actors.contains("lukashenko-supporters"), actors::toString);
    }

    @Test
    void titlesRankAboveSummariesAndWordsAboveFragments() {
        List<String> events = ids("invasion", Kind.EVENT);
        assertTrue(events.indexOf("lukashenko-kept-in-dark") >= 0, events::toString);
        // "invasion" is a title word of these two; other events mention it only in their summaries
        assertTrue(events.subList(0, 2).containsAll(List.of("lukashenko-kept-in-dark", "balancing-act-resumes"))
                || events.subList(0, 2).contains("invasion"), events::toString);
        List<String> prefix = ids("invas", Kind.EVENT);
        assertEquals(events.get(0), prefix.get(0), "a word's beginning finds the same best event");
    }

    @Test
    void everyWordOfTheQueryMustOccur() {
        assertEquals("r-russia-invades-ukraine", ids("russia invades ukraine", Kind.RELATION).get(0));
        assertEquals(List.of("r-russia-invades-ukraine"), ids("russia invades ukraine", Kind.RELATION).subList(0, 1));
        assertTrue(ids("russia invades ukraine", Kind.RELATION).stream().allMatch(id -> id.contains("invade")));
        assertTrue(ids("russia invades ukraine", Kind.EVENT).contains("invasion"));
        assertTrue(ids("Lukashenko zebra", Kind.ACTOR).isEmpty());
    }

    @Test
    void resultsAreGroupedByKindInAFixedOrder() {
        List<Hit> hits = search.search("Lukashenko", 5);
        List<Kind> kinds = hits.stream().map(Hit::kind).distinct().toList();
        assertEquals(List.of(Kind.EVENT, Kind.ACTOR, Kind.RELATION, Kind.QUOTE), kinds);
        for (Kind kind : Kind.values()) {
            assertTrue(hits.stream().filter(h -> h.kind() == kind).count() <= 5, kind.name());
        }
    }

    @Test
    void quotesAreFoundByTheirWordsAndAnEmptyQueryFindsNothing() {
        assertTrue(ids("dragging on", Kind.QUOTE).size() >= 1);
        assertTrue(search.search("   ", 5).isEmpty());
        assertTrue(search.search(null, 5).isEmpty());
    }
}
