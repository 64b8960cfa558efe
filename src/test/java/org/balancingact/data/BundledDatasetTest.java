package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.balancingact.model.Actor;
import org.balancingact.model.ActorKind;
import org.balancingact.model.Event;
import org.balancingact.model.Quote;
import org.balancingact.model.Relation;
import org.balancingact.model.Source;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dataset the app ships with: honest to its one source, and as large as the issue asks. */
class BundledDatasetTest {
    private static Timeline timeline;

    @BeforeAll
    static void read() {
        ReadResult result = new TimelineReader().readBundled();
        timeline = assertInstanceOf(ReadResult.Loaded.class, result, result::toString).timeline();
    }

    @Test
    void theArticleIsTheSourceWithItsFullText() {
        assertEquals(1, timeline.sources().size());
        Source article = timeline.sources().get(0);
        assertEquals("Won't Get Fooled Again: Is Lukashenko Trying to Distance Himself From Russia?", article.title());
        assertEquals("Artyom Shraibman", article.author());
        assertEquals("Carnegie Endowment for International Peace", article.publisher());
        assertEquals("May 2022", article.publishedDate().orElseThrow().inWords());
        assertEquals(19, article.text().split("\n").length, "the article has 19 paragraphs");
        assertTrue(article.text().startsWith("Alexander Lukashenko, Belarus’s strongman leader"));
        assertTrue(article.text().endsWith("up until that moment arrives."));
    }

    @Test
    void everyQuoteOccursVerbatimInItsSource() {
        for (Quote quote : timeline.quotes()) {
            String text = timeline.source(quote.sourceId()).orElseThrow().text();
            assertTrue(text.contains(quote.text()), () -> quote.id() + " is not verbatim: " + quote.text());
        }
    }

    @Test
    void everyEventAndRelationCitesAQuoteThatExists() {
        for (Event event : timeline.events()) {
            assertFalse(event.quoteIds().isEmpty(), event.id());
            event.quoteIds().forEach(q -> assertTrue(timeline.quote(q).isPresent(), event.id() + " → " + q));
        }
        for (Relation relation : timeline.relations()) {
            assertFalse(relation.quoteIds().isEmpty(), relation.id());
            relation.quoteIds().forEach(q -> assertTrue(timeline.quote(q).isPresent(), relation.id() + " → " + q));
        }
    }

    @Test
    void countsMeetTheFoundationIssue() {
        assertTrue(timeline.events().size() >= 30, "events: " + timeline.events().size());
        assertTrue(timeline.actors().size() >= 25, "actors: " + timeline.actors().size());
        assertTrue(timeline.relations().size() >= 40, "relations: " + timeline.relations().size());
        Set<ActorKind> kinds = timeline.actors().stream().map(Actor::kind).collect(Collectors.toSet());
        assertEquals(Set.of(ActorKind.values()), kinds, "people, states, organisations and groups");
    }

    @Test
    void peopleAndStatesHaveBelarusianRussianAndUkrainianNames() {
        for (Actor actor : timeline.actors()) {
            if (actor.kind() == ActorKind.PERSON || actor.kind() == ActorKind.STATE) {
                assertTrue(actor.names().keySet().containsAll(List.of("be", "ru", "uk")), actor.id() + " " + actor.names());
            }
        }
        assertEquals("Аляксандр Лукашэнка", timeline.actor("lukashenko").orElseThrow().names().get("be"));
    }

    @Test
    void relationsAreTypedAndDated() {
        Set<String> types = timeline.relations().stream().map(r -> r.type().jsonValue()).collect(Collectors.toSet());
        assertTrue(types.containsAll(List.of("ally-of", "sanctions", "does-not-recognise", "hosts", "refuge-in",
                "negotiates-with", "invades", "opposes", "leads")), types::toString);
    }

    @Test
    void eventsHaveThemesAndImportance() {
        for (Event event : timeline.events()) {
            assertFalse(event.themeIds().isEmpty(), event.id());
            assertTrue(event.importance() >= 1 && event.importance() <= 3, event.id());
        }
        Set<String> themes = timeline.themes().stream().map(t -> t.id()).collect(Collectors.toSet());
        assertTrue(themes.containsAll(List.of("war", "diplomacy", "sanctions", "repression", "public-opinion", "economy", "military")));
    }

    @Test
    void datesRefinedBeyondTheArticleNameTheirSource() {
        // the article says "In 2015"; the record has Minsk I (2014) and Minsk II (2015): the note says so
        Event minsk = timeline.event("minsk-ii").orElseThrow();
        assertEquals("12 February 2015", minsk.when().inWords());
        assertTrue(minsk.dateNote().contains("2015") && minsk.dateNote().contains("2014"), minsk.dateNote());
        assertFalse(minsk.references().isEmpty());
        for (Event event : timeline.events()) {
            if (event.when().isExactDay() && !event.id().equals("invasion")) {
                assertFalse(event.dateNote().isEmpty(), event.id() + " is dated to the day but has no dateNote");
                assertFalse(event.references().isEmpty(), event.id() + " is dated to the day but names no reference");
            }
        }
    }

    @Test
    void theTourFollowsTheWholeArgumentInTheArticlesOrder() {
        assertFalse(timeline.tours().isEmpty());
        List<String> steps = timeline.tours().get(0).eventIds();
        assertTrue(steps.size() >= 17, "steps: " + steps.size());
        // the review's missing steps (D27): the co-aggressor complaint before the Minsk flashback, the sanctions
        // after it, and the demand for a seat at the talks before Makei's letter
        assertTrue(steps.indexOf("co-aggressor-label") == steps.indexOf("minsk-ii") - 1, steps::toString);
        assertTrue(steps.indexOf("western-sanctions-pile-up") == steps.indexOf("minsk-ii") + 1, steps::toString);
        assertTrue(steps.indexOf("demand-seat-at-talks") == steps.indexOf("makei-letter") - 1, steps::toString);
        // each step has a quote at or after the place in the article where the step before it was read
        String text = timeline.sources().get(0).text();
        int previous = -1;
        for (String step : steps) {
            Event event = timeline.event(step).orElseThrow();
            int from = previous;
            OptionalInt at = event.quoteIds().stream().map(q -> timeline.quote(q).orElseThrow().text())
                    .mapToInt(text::indexOf).filter(i -> i >= from).min();
            assertTrue(at.isPresent(), step + " comes earlier in the article than the step before it");
            previous = at.getAsInt();
        }
    }
}
