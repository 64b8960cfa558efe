package org.balancingact.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineFiles;
import org.balancingact.model.Timeline;
import org.junit.jupiter.api.Test;

class TourPlayerTest {
    private final ExplorerState state = new ExplorerState();
    private final TourPlayer player = new TourPlayer(state);
    private final Timeline timeline;

    TourPlayerTest() {
        timeline = ((ReadResult.Loaded) new TimelineFiles().readBundled()).timeline();
        state.setTimeline(timeline);
    }

    @Test
    void startingATourSelectsItsFirstEventAndSetsTheNetworkDate() {
        assertTrue(player.start("lukashenko-balancing-act"));
        List<String> steps = timeline.tour("lukashenko-balancing-act").orElseThrow().eventIds();
        assertEquals(Selection.event(steps.get(0)), state.getSelection());
        assertTrue(timeline.event(steps.get(0)).orElseThrow().when().contains(state.getFocusDate()));
        assertEquals("1 / " + steps.size(), player.progress());
    }

    @Test
    void nextAndPreviousWalkTheStepsAndStopAtTheEnds() {
        player.start("lukashenko-balancing-act");
        List<String> steps = timeline.tour("lukashenko-balancing-act").orElseThrow().eventIds();
        player.previous();
        assertEquals(0, player.stepProperty().get(), "no step before the first");
        player.next();
        player.next();
        assertEquals(Selection.event(steps.get(2)), state.getSelection());
        assertEquals("3 / " + steps.size(), player.progress());
        player.previous();
        assertEquals(Selection.event(steps.get(1)), state.getSelection());
        player.go(steps.size() - 1);
        player.next();
        assertEquals(steps.size() - 1, player.stepProperty().get(), "no step after the last");
    }

    @Test
    void aStepsOwnDateAndActorsSetTheNetwork() {
        Timeline withSteps = new Timeline("t", "", List.of(), List.of(), timeline.actors(), timeline.relations(),
                timeline.events(), timeline.quotes(), List.of(new org.balancingact.model.Tour("lesson", "Lesson", "",
                        List.of(new org.balancingact.model.TourStep("invasion", "Point at the border.", "Why here?",
                                org.balancingact.model.HistoricalDate.parse("2022-03-15"), List.of("makei"),
                                org.balancingact.model.Translations.NONE),
                                org.balancingact.model.TourStep.of("invasion")),
                        org.balancingact.model.Translations.NONE)));
        state.setTimeline(withSteps);
        player.start("lesson");
        assertEquals(LocalDate.of(2022, 3, 15), state.getFocusDate(), "the step's own network date");
        List<String> actors = player.stepActors();
        assertTrue(actors.containsAll(withSteps.event("invasion").orElseThrow().actorIds()), actors::toString);
        assertEquals("makei", actors.get(actors.size() - 1), "the step's own actors come after the event's");
        assertEquals("Point at the border.", player.currentStep().orElseThrow().note());
        assertEquals("invasion", player.nextStep().orElseThrow().eventId());
        player.next();
        assertEquals(LocalDate.of(2022, 2, 24), state.getFocusDate(), "without a date of its own: the event's start");
        assertTrue(player.nextStep().isEmpty(), "no step after the last");
    }

    @Test
    void theKeyQuoteIsTheStepEventsFirstQuote() {
        player.start("lukashenko-balancing-act");
        String first = player.currentEvent().orElseThrow().quoteIds().get(0);
        assertEquals(first, player.keyQuote().orElseThrow().id());
    }

    @Test
    void anUnknownTourDoesNotStart() {
        assertFalse(player.start("no-such-tour"));
        assertFalse(player.isPlaying());
        assertEquals("", player.progress());
    }

    @Test
    void theFocusDateOfAnOpenEndedEventIsItsStart() {
        player.start("lukashenko-balancing-act");
        assertEquals(LocalDate.of(2022, 2, 24), TourPlayer.focusDateOf(timeline.event("invasion").orElseThrow()));
    }

    @Test
    void spotlightDimsEverythingButTheSelection() {
        state.select(Selection.event("invasion"));
        assertEquals(Emphasis.RELATED, state.getHighlights().ofActor("russia"));
        state.setSpotlight(true);
        assertEquals(Emphasis.SELECTED, state.getHighlights().ofEvent("invasion"));
        assertEquals(Emphasis.DIMMED, state.getHighlights().ofActor("russia"));
        state.setSpotlight(false);
        assertEquals(Emphasis.RELATED, state.getHighlights().ofActor("russia"));
    }
}
