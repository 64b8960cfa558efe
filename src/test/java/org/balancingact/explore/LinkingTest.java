package org.balancingact.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.balancingact.model.Timeline;
import org.balancingact.testing.SampleTimeline;
import org.junit.jupiter.api.Test;

class LinkingTest {
    private final Timeline timeline = SampleTimeline.create();

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
