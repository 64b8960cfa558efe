package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.balancingact.i18n.Messages;
import org.balancingact.index.TextSearch;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;
import org.balancingact.model.TourStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The format's four-language texts and tour steps, as a student in Minsk or a teacher preparing a lesson
 * meets them: the interface language's words where the file has them, English (marked) where it does not,
 * a tour step's note and question, and older files with plain texts and plain steps still opening.
 */
class TranslatedTextsTest {
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(before);
    }

    private static ReadResult read(String json) {
        return new TimelineReader().read("lesson.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static ReadResult.Loaded loaded(String json) {
        ReadResult result = read(json);
        return assertInstanceOf(ReadResult.Loaded.class, result, () -> "did not open: " + result);
    }

    private static final String TRANSLATED_TITLE = Fixtures.replace("\"title\": \"Invasion\"",
            "\"title\": {\"en\": \"Invasion\", \"be\": \"Уварванне\", \"ru\": \"Вторжение\", \"uk\": \"Вторгнення\"},"
                    + " \"summary\": {\"en\": \"Russia attacks.\", \"ru\": \"Россия нападает.\"}");

    @Test
    void aTranslatedTitleShowsInTheInterfaceLanguage() {
        Timeline timeline = loaded(TRANSLATED_TITLE).timeline();
        Event invasion = timeline.event("invasion").orElseThrow();
        Messages.setLocale(Locale.forLanguageTag("uk"));
        assertEquals("Вторгнення", invasion.title());
        Messages.setLocale(Locale.forLanguageTag("ru"));
        assertEquals("Вторжение", invasion.title());
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Invasion", invasion.title());
    }

    @Test
    void aMissingTranslationFallsBackToEnglishAndSaysSo() {
        Event invasion = loaded(TRANSLATED_TITLE).timeline().event("invasion").orElseThrow();
        Messages.setLocale(Locale.forLanguageTag("be"));
        assertEquals("Russia attacks.", invasion.summary());
        assertTrue(invasion.translations().fallsBack("summary"), "the summary is English on a Belarusian screen");
        assertFalse(invasion.translations().fallsBack("title"), "the title is Belarusian");
    }

    @Test
    void aPlainTextIsTheSameInEveryLanguageAndNeverMarked() {
        Event invasion = loaded(Fixtures.MINIMAL).timeline().event("invasion").orElseThrow();
        Messages.setLocale(Locale.forLanguageTag("ru"));
        assertEquals("Invasion", invasion.title());
        assertFalse(invasion.translations().fallsBack("title"));
    }

    @Test
    void aTranslationMissingInOneLanguageIsAWarningThatSaysWhereAndWhich() {
        ReadResult.Loaded result = loaded(TRANSLATED_TITLE);
        assertEquals(1, result.warnings().size(), () -> "one warning, for the summary: " + result.warnings());
        Problem warning = result.warnings().get(0);
        assertTrue(warning.isWarning());
        assertEquals(17, warning.line(), warning::format);
        assertTrue(warning.message().contains("events[0].summary"), warning.message());
        assertTrue(warning.message().contains("be, uk"), warning.message());
        assertTrue(warning.format().startsWith("lesson.json:17:"), warning.format());
        assertTrue(warning.format().contains(": warning: "), warning.format());
    }

    @Test
    void theStreamingReaderForLargeFilesReadsTranslationsAndWarnsTheSame() {
        TimelineReader streaming = new TimelineReader(TimelineReader.DEFAULT_MAX_BYTES, 0); // streams every file
        byte[] bytes = TRANSLATED_TITLE.getBytes(StandardCharsets.UTF_8);
        ReadResult.Loaded result = assertInstanceOf(ReadResult.Loaded.class, streaming.read("lesson.json", bytes));
        assertEquals(loaded(TRANSLATED_TITLE).warnings(), result.warnings(), "the missing be and uk summary, located");
        String complete = TRANSLATED_TITLE.replace("\"ru\": \"Россия нападает.\"}",
                "\"ru\": \"Россия нападает.\", \"be\": \"Расія нападае.\", \"uk\": \"Росія нападає.\"}");
        assertEquals(java.util.Optional.of(loaded(complete).timeline().events()),
                streaming.readStreamed(complete).map(Timeline::events), "streamed to the tree's events, translations included");
    }

    @Test
    void searchFindsAnEventByItsTitleInAnotherLanguage() {
        Timeline timeline = loaded(TRANSLATED_TITLE).timeline();
        Messages.setLocale(Locale.ENGLISH);
        List<TextSearch.Hit> hits = new TextSearch(timeline).search("вторжение", 10);
        assertEquals("invasion", hits.get(0).id());
        assertEquals("Invasion", hits.get(0).label(), "the hit is named in the interface language");
    }

    @Test
    void aTourStepCarriesItsNoteQuestionDateAndActors() {
        String json = Fixtures.replace("\"steps\": [\"invasion\"]",
                "\"steps\": [{\"event\": \"invasion\", \"note\": {\"en\": \"Point at the cursor.\", \"ru\": \"Покажите курсор.\"},"
                        + " \"question\": \"Who moved first?\", \"date\": \"2022-03-01\", \"actors\": [\"russia\"]}, \"invasion\"]");
        Timeline timeline = loaded(json).timeline();
        List<TourStep> steps = timeline.tour("t1").orElseThrow().steps();
        assertEquals(2, steps.size());
        TourStep first = steps.get(0);
        Messages.setLocale(Locale.forLanguageTag("ru"));
        assertEquals("Покажите курсор.", first.note());
        assertEquals("Who moved first?", first.question());
        assertEquals("2022-03-01", first.networkDate().orElseThrow().toString());
        assertEquals(List.of("russia"), first.actorIds());
        TourStep plain = steps.get(1);
        assertEquals("invasion", plain.eventId());
        assertEquals("", plain.note());
        assertTrue(plain.networkDate().isEmpty());
    }

    @Test
    void aStepNamingAnUnknownEventOrActorIsLocated() {
        String json = Fixtures.replace("\"steps\": [\"invasion\"]",
                "\"steps\": [\"invasion\",\n {\"event\": \"annexation\", \"actors\": [\"belarus\"]}]");
        List<Problem> problems = assertInstanceOf(ReadResult.Failed.class, read(json)).problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.line() == 24), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("annexation")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("belarus")), problems::toString);
    }

    @Test
    void aTranslatedTextThatIsNotTextIsRefusedWithItsPlace() {
        String json = Fixtures.replace("\"title\": \"Invasion\"", "\"title\": {\"en\": \"Invasion\", \"ru\": 7}");
        List<Problem> problems = assertInstanceOf(ReadResult.Failed.class, read(json)).problems();
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/events/0/title/ru") && p.line() == 17),
                problems::toString);
    }

    @Test
    void aQuoteSaysWhichLanguageItIsIn() {
        String json = Fixtures.replace("\"text\": \"From February 24, when the invasion began\"}",
                "\"text\": \"From February 24, when the invasion began\", \"lang\": \"en\"}");
        assertEquals("en", loaded(json).timeline().quote("q1").orElseThrow().lang());
    }
}
