package org.balancingact.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.explore.TourPlayer;
import org.balancingact.i18n.Messages;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Timeline;
import org.balancingact.model.Tour;
import org.balancingact.model.TourStep;
import org.balancingact.model.Translations;
import org.balancingact.testing.SampleTimeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the stage says for a tour step or a selection, in the interface language, and when it says it in English. */
class StageTextTest {
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(before);
    }

    /** The sample timeline with a two-step tour: the invasion (note and question in en and ru), then the talk. */
    static Timeline withTour() {
        Timeline sample = SampleTimeline.create();
        Translations words = Translations.of(Map.of(
                Translations.NOTE, Map.of("en", "Point at the date.", "ru", "Покажите на дату."),
                Translations.QUESTION, Map.of("en", "Who moved first?", "ru", "Кто начал первым?")));
        TourStep invasion = new TourStep("invasion", "Point at the date.", "Who moved first?", null, List.of("luka"), words);
        TourStep talk = new TourStep("talk", "", "", HistoricalDate.parse("2022-05-20"), List.of(), Translations.NONE);
        List<Quote> quotes = sample.quotes().stream()
                .map(q -> q.id().equals("q1") ? new Quote("q1", "s", "alpha", "", "en") : q).toList();
        return new Timeline(sample.title(), "", sample.themes(), sample.sources(), sample.actors(), sample.relations(),
                sample.events(), quotes, List.of(new Tour("lesson", "Lesson", "", List.of(invasion, talk), Translations.NONE)));
    }

    private static ExplorerState stateWith(Timeline timeline) {
        ExplorerState state = new ExplorerState();
        state.setTimeline(timeline);
        return state;
    }

    @Test
    void aStepSaysItsEventsDateTitleQuoteAndSourceAndBringsItsActorsForward() {
        ExplorerState state = stateWith(withTour());
        TourPlayer tour = new TourPlayer(state);
        tour.start("lesson");
        StageText text = StageText.of(state, tour);
        assertEquals("24 February 2022", text.date());
        assertEquals("Invasion", text.title());
        assertEquals("alpha", text.quote());
        assertEquals("A, P", text.attribution(), "a short source line: author and publisher (the sample source has no date)");
        assertEquals("Point at the date.", text.note());
        assertEquals("Who moved first?", text.question());
        assertEquals("invasion", text.eventId());
        assertEquals(List.of("ru", "ua", "luka"), text.actorIds(), "the event's actors, then the step's own");
        assertEquals("", text.quoteLanguage(), "an English quote on an English screen needs no tag");
    }

    @Test
    void onARussianScreenTheNoteIsRussianAndTheEnglishQuoteIsTaggedEn() {
        Messages.setLocale(Locale.forLanguageTag("ru"));
        ExplorerState state = stateWith(withTour());
        TourPlayer tour = new TourPlayer(state);
        tour.start("lesson");
        StageText text = StageText.of(state, tour);
        assertEquals("Покажите на дату.", text.note());
        assertFalse(text.noteInEnglish());
        assertEquals("EN", text.quoteLanguage(), "the quote stays in its own words, and says so");
        assertEquals("24 февраля 2022", text.date().replace(" г.", ""), "the date is said in Russian");
    }

    @Test
    void onAUkrainianScreenANoteGivenOnlyInEnglishAndRussianIsShownInEnglishAndMarked() {
        Messages.setLocale(Locale.forLanguageTag("uk"));
        ExplorerState state = stateWith(withTour());
        TourPlayer tour = new TourPlayer(state);
        tour.start("lesson");
        StageText text = StageText.of(state, tour);
        assertEquals("Point at the date.", text.note());
        assertTrue(text.noteInEnglish(), "the stage tags it EN");
        assertTrue(text.questionInEnglish());
        assertFalse(text.titleInEnglish(), "a plain-string title is the same in every language: no tag");
    }

    @Test
    void withoutATourTheStageSaysTheSelection() {
        ExplorerState state = stateWith(withTour());
        TourPlayer tour = new TourPlayer(state);
        state.select(Selection.event("talk"));
        StageText event = StageText.of(state, tour);
        assertEquals("Talk", event.title());
        assertEquals("gamma", event.quote());
        assertEquals("Lukashenko · A, P", event.attribution(), "the speaker, then the source");
        assertEquals(List.of("luka"), event.actorIds());
        assertFalse(event.hasNote());

        state.select(Selection.relation("inv"));
        StageText relation = StageText.of(state, tour);
        assertEquals("Russia — invades — Ukraine", relation.title());
        assertEquals(List.of("ru", "ua"), relation.actorIds());
        assertEquals("", relation.eventId(), "no event to frame in the strip");

        state.select(Selection.NONE);
        StageText nothing = StageText.of(state, tour);
        assertEquals("t", nothing.title(), "nothing selected: the dataset's title");
        assertFalse(nothing.hasQuote());
    }
}
