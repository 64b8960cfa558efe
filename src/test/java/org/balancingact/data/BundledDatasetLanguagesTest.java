package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Students in Minsk, Kyiv and Moscow read the dataset in their language (issue 16): every actor has a name in
 * Belarusian, Russian and Ukrainian written in that language's own letters, and every text a student reads has
 * a translation in each.
 */
class BundledDatasetLanguagesTest {
    static final List<String> LANGUAGES = List.of("be", "ru", "uk");

    /** Letters that belong to a neighbouring alphabet: their presence means the text is in the wrong language. */
    static final Map<String, String> FOREIGN_LETTERS = Map.of("be", "ищъ", "uk", "ыэёў", "ru", "іїєў");

    @Test
    void everyActorHasANameInBelarusianRussianAndUkrainian() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode actor : BundledDatasetJson.all("actors")) {
            for (String language : LANGUAGES) {
                String name = actor.path("names").path(language).asText("");
                String problem = name.isBlank() ? "missing" : scriptProblem(language, name, true);
                if (problem != null) {
                    wrong.add(actor.path("id").asText() + " " + language + " '" + name + "': " + problem);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theScriptCheckTellsTheLanguagesApart() {
        assertEquals(null, scriptProblem("be", "Аляксандр Лукашэнка", true));
        assertEquals(null, scriptProblem("uk", "політв’язні", true));
        assertEquals("letters foreign to be: и", scriptProblem("be", "Владимир Путин", true)); // Russian, not Belarusian
        assertEquals("letters foreign to uk: ы", scriptProblem("uk", "Беларусь мы", true));
        assertEquals("Latin letters: o", scriptProblem("ru", "Рoссия", true)); // a Latin o looks like the Cyrillic one
        assertEquals("apostrophe other than ’ (U+2019)", scriptProblem("uk", "політв'язні", true));
    }

    @Test
    void everyTextAStudentReadsHasBelarusianRussianAndUkrainianInCyrillic() {
        List<String> wrong = new ArrayList<>();
        JsonNode root = BundledDatasetJson.ROOT;
        check(wrong, "title", root.path("title"));
        check(wrong, "description", root.path("description"));
        for (JsonNode event : BundledDatasetJson.all("events")) {
            for (String field : List.of("title", "summary", "dateNote")) {
                check(wrong, event.path("id").asText() + "." + field, event.path(field));
            }
        }
        for (JsonNode relation : BundledDatasetJson.all("relations")) {
            for (String field : List.of("summary", "dateNote")) {
                check(wrong, relation.path("id").asText() + "." + field, relation.path(field));
            }
        }
        for (JsonNode theme : BundledDatasetJson.all("themes")) {
            for (String field : List.of("label", "description")) {
                check(wrong, theme.path("id").asText() + "." + field, theme.path(field));
            }
        }
        for (JsonNode actor : BundledDatasetJson.all("actors")) {
            check(wrong, actor.path("id").asText() + ".role", actor.path("role"));
        }
        for (JsonNode tour : BundledDatasetJson.all("tours")) {
            String id = tour.path("id").asText();
            check(wrong, id + ".title", tour.path("title"));
            check(wrong, id + ".description", tour.path("description"));
            for (JsonNode step : tour.path("steps")) {
                String at = id + "/" + BundledDatasetJson.stepEvent(step);
                check(wrong, at + ".note", step.path("note"));
                check(wrong, at + ".question", step.path("question"));
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theBundledDatasetOpensWithoutATranslationWarning() {
        var result = new TimelineFiles().readBundled();
        var loaded = org.junit.jupiter.api.Assertions.assertInstanceOf(ReadResult.Loaded.class, result, result::toString);
        assertEquals(List.of(), loaded.warnings(), "every translated text has en, be, ru and uk");
    }

    @Test
    void theDatasetSaysItsTranslationsAreTheTeamsAndWelcomeReview() {
        JsonNode description = BundledDatasetJson.ROOT.path("description");
        for (String language : List.of("en", "be", "ru", "uk")) {
            assertEquals(true, description.path(language).asText().contains("Balancing Act"),
                    () -> language + " description names who translated it");
        }
    }

    /** A missing field needs no translation; a plain string is English only; an object needs be, ru and uk. */
    private static void check(List<String> wrong, String where, JsonNode field) {
        if (field.isMissingNode() || field.isNull()) {
            return;
        }
        if (field.isTextual()) {
            wrong.add(where + ": English only");
            return;
        }
        String english = field.path("en").asText("");
        for (String language : LANGUAGES) {
            String text = field.path(language).asText("");
            String problem = text.isBlank() ? "missing"
                    : text.equals(english) ? "the same as the English"
                    : scriptProblem(language, text, false);
            if (problem != null) {
                wrong.add(where + " " + language + ": " + problem);
            }
        }
    }

    /**
     * Null when {@code text} is written in the letters of {@code language}. A name must be all Cyrillic; a longer
     * text may keep a few Latin names (FR4978, MiG-29, OSCE) but must be mostly Cyrillic.
     */
    static String scriptProblem(String language, String text, boolean allCyrillic) {
        StringBuilder latin = new StringBuilder();
        StringBuilder foreign = new StringBuilder();
        int cyrillic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic++;
                if (FOREIGN_LETTERS.get(language).indexOf(Character.toLowerCase(c)) >= 0 && foreign.indexOf(String.valueOf(c)) < 0) {
                    foreign.append(c);
                }
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                latin.append(c);
            } else if ((c == '\'' || c == '\u02BC') && betweenCyrillicLetters(text, i)) {
                return "apostrophe other than ’ (U+2019)";
            } else if (Character.getType(c) == Character.FORMAT) {
                return "invisible character U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
            }
        }
        if (foreign.length() > 0) {
            return "letters foreign to " + language + ": " + foreign;
        }
        if (allCyrillic ? latin.length() > 0 : latin.length() >= cyrillic) {
            return "Latin letters: " + latin;
        }
        return cyrillic == 0 ? "no Cyrillic letters" : null;
    }

    /** An apostrophe inside a word (політв’язні), not a quotation mark around one. */
    private static boolean betweenCyrillicLetters(String text, int at) {
        return at > 0 && at + 1 < text.length() && isCyrillicLetter(text.charAt(at - 1)) && isCyrillicLetter(text.charAt(at + 1));
    }

    private static boolean isCyrillicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }
}
