package org.balancingact.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Source;
import org.balancingact.model.Timeline;
import org.balancingact.quotes.Citations;
import org.junit.jupiter.api.Test;

/** What the handout says, before layout: events, worksheet, endnotes and their citations. */
class HandoutTest {

    @Test
    void everyQuoteAnEventRestsOnIsANumberedEndnoteInTheOrderTheChronologyCitesIt() {
        Timeline timeline = HandoutData.bundled();
        Handout handout = Handout.of(timeline);
        assertEquals(timeline.events().size(), handout.entries().size(), "every event, once");
        Set<String> cited = new HashSet<>();
        timeline.events().forEach(e -> cited.addAll(e.quoteIds()));
        assertEquals(cited.size(), handout.endnotes().size(), "one note per quote, however many events cite it");
        int next = 1;
        for (Handout.Entry entry : handout.entries()) {
            assertEquals(entry.notes().stream().sorted().toList(), entry.notes(), "an event's notes in order");
            for (int n : entry.notes()) {
                assertTrue(n <= next, "note " + n + " is numbered where the chronology first cites it");
                next = Math.max(next, n + 1);
            }
        }
        for (int i = 0; i < handout.endnotes().size(); i++) {
            assertEquals(i + 1, handout.endnotes().get(i).number());
        }
    }

    @Test
    void theFirstNoteCitesTheSourceInFullAndTheOthersInShortWithTheParagraph() {
        Handout handout = Handout.of(HandoutData.bundled());
        String first = handout.endnotes().get(0).citation();
        assertTrue(first.startsWith("Artyom Shraibman, “Won't Get Fooled Again: Is Lukashenko Trying to Distance Himself"
                + " from Russia?,” Carnegie Endowment for International Peace, May 2022, para. "), first);
        String second = handout.endnotes().get(1).citation();
        assertTrue(second.matches("Shraibman, para\\. \\d+\\."), "short form, one work by the author: " + second);
    }

    @Test
    void aFullNoteGivesTheParagraphBeforeTheUrl() {
        Source source = new Source("s", "article", "A Title", "Ann Author", "Site", HistoricalDate.parse("2022-05"),
                "https://example.org/a", "First paragraph.\nSecond, with the words.");
        Quote quote = new Quote("q", "s", "with the words", "");
        String note = Handout.fullNote(new Citations(Set.of()), source, quote);
        assertEquals("Ann Author, “A Title,” Site, May 2022, para. 2, https://example.org/a.", note);
        assertEquals("Author, “A Title,” para. 2.", Handout.shortNote(source, quote, false));
    }

    @Test
    void aTourWithoutQuestionsMakesNoWorksheet() {
        assertEquals(List.of(), Handout.of(HandoutData.withoutQuestions()).worksheets());
    }

    @Test
    void aTourWithQuestionsBecomesAWorksheetNumberedInStepOrder() {
        Timeline timeline = HandoutData.withQuestions();
        List<Handout.Worksheet> sheets = Handout.of(timeline).worksheets();
        assertEquals(1, sheets.size());
        List<Handout.Question> questions = sheets.get(0).questions();
        assertEquals(17, questions.size());
        Event firstEvent = timeline.event(timeline.tours().get(0).steps().get(0).eventId()).orElseThrow();
        assertEquals(new Handout.Question(1, HandoutData.question(timeline, 0), firstEvent.when().inWords(),
                firstEvent.title()), questions.get(0));
    }
}
