package org.balancingact.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balancingact.model.DateFormatException;
import org.balancingact.model.HistoricalDate;
import org.junit.jupiter.api.Test;

/**
 * The bundled tour is projected in class (issue 16): every step carries a short note for the teacher and one
 * question for the class, and its date and actors are ones the network can show.
 */
class BundledDatasetTourTest {
    /** A note is read off the projector in a glance: two sentences at most. */
    static final int MAX_NOTE_SENTENCES = 2;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

    @Test
    void everyStepHasAShortNoteAndOneQuestion() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode tour : BundledDatasetJson.all("tours")) {
            for (JsonNode step : tour.path("steps")) {
                String at = tour.path("id").asText() + "/" + BundledDatasetJson.stepEvent(step);
                String note = english(step.path("note"));
                String question = english(step.path("question"));
                if (note.isBlank()) {
                    wrong.add(at + " has no note");
                } else if (sentences(note) > MAX_NOTE_SENTENCES) {
                    wrong.add(at + " has a note of " + sentences(note) + " sentences");
                }
                if (question.isBlank() || sentences(question) != 1 || !question.endsWith("?")) {
                    wrong.add(at + " needs one question ending in '?': " + question);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyStepShowsAnEventAndActorsThatExistAtADateThatReads() {
        Set<String> events = BundledDatasetJson.byId("events").keySet();
        Set<String> actors = BundledDatasetJson.byId("actors").keySet();
        List<String> wrong = new ArrayList<>();
        for (JsonNode tour : BundledDatasetJson.all("tours")) {
            assertFalse(tour.path("steps").isEmpty(), tour.path("id").asText());
            for (JsonNode step : tour.path("steps")) {
                String event = BundledDatasetJson.stepEvent(step);
                if (!events.contains(event)) {
                    wrong.add("unknown event " + event);
                }
                BundledDatasetJson.texts(step.path("actors")).stream().filter(a -> !actors.contains(a))
                        .forEach(a -> wrong.add(event + " brings forward unknown actor " + a));
                if (step.has("date")) {
                    try {
                        HistoricalDate.parse(step.path("date").asText());
                    } catch (DateFormatException e) {
                        wrong.add(event + " date: " + e.getMessage());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The English text of a translatable field: the plain string, or the object's "en". */
    static String english(JsonNode field) {
        return field.isTextual() ? field.asText() : field.path("en").asText("");
    }

    static int sentences(String text) {
        Matcher m = SENTENCE_END.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }
}
