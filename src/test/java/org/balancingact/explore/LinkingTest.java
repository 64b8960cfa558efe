package org.balancingact.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balancingact.model.Actor;
import org.balancingact.model.ActorKind;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Relation;
import org.balancingact.model.RelationType;
import org.balancingact.model.Source;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.Test;

class LinkingTest {
    static Timeline sample() {
        Source source = new Source("s", "article", "T", "A", "P", null, "", "alpha beta gamma delta");
        List<Actor> actors = List.of(
                new Actor("by", ActorKind.STATE, "Belarus", Map.of(), List.of(), "", "", ""),
                new Actor("ru", ActorKind.STATE, "Russia", Map.of(), List.of(), "", "", ""),
                new Actor("ua", ActorKind.STATE, "Ukraine", Map.of(), List.of(), "", "", ""),
                new Actor("luka", ActorKind.PERSON, "Lukashenko", Map.of(), List.of(), "", "by", ""));
        List<Quote> quotes = List.of(new Quote("q1", "s", "alpha", ""), new Quote("q2", "s", "beta", ""),
                new Quote("q3", "s", "gamma", "luka"), new Quote("q4", "s", "delta", ""));
        List<Relation> relations = List.of(
                new Relation("ally", "by", "ru", RelationType.ALLY_OF, HistoricalDate.parse("1999/.."), "", List.of("q2"), "", List.of()),
                new Relation("inv", "ru", "ua", RelationType.INVADES, HistoricalDate.parse("2022-02-24/.."), "", List.of("q1"), "", List.of()),
                new Relation("old", "ru", "ua", RelationType.NEGOTIATES_WITH, HistoricalDate.parse("2015"), "", List.of("q4"), "", List.of()));
        List<Event> events = List.of(
                new Event("invasion", "Invasion", HistoricalDate.parse("2022-02-24"), "", List.of("ru", "ua"), List.of("war"), 1,
                        List.of("q1"), "", List.of()),
                new Event("exercise", "Exercise", HistoricalDate.parse("2022-01"), "", List.of("ru", "by"), List.of("military"), 2,
                        List.of("q2"), "", List.of()),
                new Event("talk", "Talk", HistoricalDate.parse("2022-05"), "", List.of("luka"), List.of("diplomacy"), 3,
                        List.of("q3"), "", List.of()));
        return new Timeline("t", "", List.of(), List.of(source), actors, relations, events, quotes, List.of());
    }

    private final Timeline timeline = sample();

    @Test
    void noSelectionHighlightsNothingAndDimsNothing() {
        Highlights h = Linking.highlightsFor(timeline, Selection.NONE, Filter.NONE);
        assertFalse(h.isActive());
        assertEquals(Emphasis.NORMAL, h.ofEvent("invasion"));
        assertEquals(Emphasis.NORMAL, h.ofActor("ru"));
    }

    @Test
    void anEventHighlightsItsActorsQuotesAndTheRelationsAmongThemThen() {
        Highlights h = Linking.highlightsFor(timeline, Selection.event("invasion"), Filter.NONE);
        assertEquals(Emphasis.SELECTED, h.ofEvent("invasion"));
        assertEquals(Set.of("ru", "ua"), h.actors());
        assertEquals(Set.of("q1"), h.quotes());
        assertEquals(Set.of("inv"), h.relations(), "the 2015 talks did not hold on 24 February 2022");
        assertEquals(Emphasis.DIMMED, h.ofEvent("exercise"));
        assertEquals(Emphasis.RELATED, h.ofActor("ru"));
        assertEquals(Emphasis.DIMMED, h.ofActor("by"));
    }

    @Test
    void anActorHighlightsItsEventsRelationsNeighboursAndQuotes() {
        Highlights h = Linking.highlightsFor(timeline, Selection.actor("ru"), Filter.NONE);
        assertEquals(Emphasis.SELECTED, h.ofActor("ru"));
        assertEquals(Set.of("invasion", "exercise"), h.events());
        assertEquals(Set.of("ally", "inv", "old"), h.relations());
        assertTrue(h.actors().containsAll(Set.of("by", "ua")));
        assertTrue(h.quotes().containsAll(Set.of("q1", "q2", "q4")));
    }

    @Test
    void anActorHighlightsTheQuotesItSpeaks() {
        Highlights h = Linking.highlightsFor(timeline, Selection.actor("luka"), Filter.NONE);
        assertTrue(h.quotes().contains("q3"));
    }

    @Test
    void aRelationHighlightsItsEndsQuotesAndTheEventsOfBothEndsInItsTime() {
        Highlights h = Linking.highlightsFor(timeline, Selection.relation("inv"), Filter.NONE);
        assertEquals(Emphasis.SELECTED, h.ofRelation("inv"));
        assertEquals(Set.of("ru", "ua"), h.actors());
        assertEquals(Set.of("q1"), h.quotes());
        assertEquals(Set.of("invasion"), h.events());
    }

    @Test
    void aQuoteHighlightsWhatItSupports() {
        Highlights h = Linking.highlightsFor(timeline, Selection.quote("q2"), Filter.NONE);
        assertEquals(Emphasis.SELECTED, h.ofQuote("q2"));
        assertEquals(Set.of("exercise"), h.events());
        assertEquals(Set.of("ally"), h.relations());
        assertEquals(Set.of("by", "ru"), h.actors());
    }

    @Test
    void anUnknownIdHighlightsNothing() {
        Highlights h = Linking.highlightsFor(timeline, Selection.event("gone"), Filter.NONE);
        assertFalse(h.isActive());
    }

    @Test
    void theFilterKeepsHiddenItemsOutOfTheHighlights() {
        Filter onlyWar = new Filter(Set.of("war"), Set.of(), 3, null, null);
        Highlights h = Linking.highlightsFor(timeline, Selection.actor("ru"), onlyWar);
        assertEquals(Set.of("invasion"), h.events());
    }
}
