package org.balancingact.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineReader;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;
import org.balancingact.model.Tour;
import org.balancingact.model.TourStep;
import org.balancingact.model.Translations;

/**
 * Datasets for the handout's tests: the bundled one as it is, one without any question, and one whose
 * tour has 17 steps that all ask a question in English and Russian, longer than the bundled ones. The
 * questions are made from the events' titles: they test layout, they state no fact.
 */
final class HandoutData {
    /** Events to add when the bundled tour has fewer than {@link #STEPS} steps. */
    private static final List<String> MORE_STEPS = List.of("minsk-protocol", "ryanair-forced-landing", "talks-in-belarus");
    /** The most steps the dataset issue foresees for the bundled tour (14–17). */
    static final int STEPS = 17;
    static final String TRANSLATED_EVENT = "invasion";
    static final String RUSSIAN_TITLE = "Россия вторгается в Украину";

    private HandoutData() {
    }

    static Timeline bundled() {
        ReadResult result = new TimelineReader().readBundled();
        return ((ReadResult.Loaded) result).timeline();
    }

    /** The bundled dataset with no question in any tour step. */
    static Timeline withoutQuestions() {
        Timeline t = bundled();
        List<Tour> tours = t.tours().stream()
                .map(tour -> Tour.ofEvents(tour.id(), tour.title(), tour.description(), tour.eventIds())).toList();
        return copy(t, t.events(), tours);
    }

    /**
     * The bundled dataset with a tour of 17 steps, each with a question in English and Russian, and
     * the invasion's title translated into Russian.
     */
    static Timeline withQuestions() {
        Timeline t = bundled();
        Tour tour = t.tours().get(0);
        List<String> eventIds = new ArrayList<>(tour.eventIds());
        for (String more : MORE_STEPS) {
            if (eventIds.size() < STEPS && !eventIds.contains(more)) {
                eventIds.add(more);
            }
        }
        eventIds = eventIds.subList(0, Math.min(STEPS, eventIds.size()));
        List<TourStep> steps = new ArrayList<>();
        for (String id : eventIds) {
            String title = t.event(id).orElseThrow().title();
            String en = "What does the article say about “" + title + "”, and which quote in the notes shows it best?";
            String ru = "Что говорится в статье о событии «" + title + "» и какая цитата из примечаний показывает это лучше всего?";
            steps.add(new TourStep(id, "", en, null, List.of(),
                    Translations.of(Map.of(Translations.QUESTION, Map.of("en", en, "ru", ru)))));
        }
        List<Event> events = t.events().stream().map(e -> e.id().equals(TRANSLATED_EVENT) ? withRussianTitle(e) : e).toList();
        return copy(t, events, List.of(new Tour(tour.id(), tour.title(), tour.description(), steps, tour.translations())));
    }

    static String question(Timeline t, int step) {
        return t.tours().get(0).steps().get(step).question();
    }

    private static Event withRussianTitle(Event e) {
        return new Event(e.id(), e.title(), e.when(), e.summary(), e.actorIds(), e.themeIds(), e.importance(), e.quoteIds(),
                e.dateNote(), e.references(), Translations.of(Map.of(Translations.TITLE, Map.of("en", e.title(), "ru", RUSSIAN_TITLE))),
                e.timeOfDay(), e.moreFields());
    }

    private static Timeline copy(Timeline t, List<Event> events, List<Tour> tours) {
        return new Timeline(t.title(), t.description(), t.themes(), t.sources(), t.actors(), t.relations(), events,
                t.quotes(), tours, t.translations());
    }
}
