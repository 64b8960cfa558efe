package org.balancingact.present;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.explore.TourPlayer;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Source;
import org.balancingact.model.Timeline;
import org.balancingact.model.TourStep;
import org.balancingact.model.Translations;

/**
 * What the stage says now, in the interface language: the tour's step, or without a tour the
 * selection. Worked out from the explorer state and the tour player alone, so it is tested without a
 * toolkit; the stage only lays it out.
 *
 * @param date           the date in words ("24 February 2022", "about March 2022")
 * @param title          the step's event's title, or the selection's name
 * @param titleInEnglish whether the title is shown in English because the file does not translate it
 * @param quote          the key quote's words, without quotation marks; empty when there is none
 * @param quoteLanguage  the quote's language tag ("EN") when it is not the interface language; else empty
 * @param attribution    who said it and where, short: "Alexander Lukashenko · Artyom Shraibman, Carnegie …, May 2022"
 * @param note           the teacher's note (empty without one)
 * @param noteInEnglish  whether the note is shown in English for want of a translation
 * @param question       the question for the class (empty without one)
 * @param questionInEnglish whether the question is shown in English for want of a translation
 * @param eventId        the event the timeline strip frames; empty when the selection is not an event
 * @param actorIds       the actors the network brings forward: the event's, then the step's own
 */
public record StageText(String date, String title, boolean titleInEnglish, String quote, String quoteLanguage,
                        String attribution, String note, boolean noteInEnglish, String question,
                        boolean questionInEnglish, String eventId, List<String> actorIds) {

    public static StageText of(ExplorerState state, TourPlayer tour) {
        Timeline timeline = state.getTimeline();
        if (tour.isPlaying()) {
            Optional<TourStep> step = tour.currentStep();
            Optional<Event> event = tour.currentEvent();
            if (step.isPresent() && event.isPresent()) {
                TourStep s = step.get();
                Translations words = s.translations();
                return ofEvent(timeline, event.get(), s.note(), words.fallsBack(Translations.NOTE) && !s.note().isEmpty(),
                        s.question(), words.fallsBack(Translations.QUESTION) && !s.question().isEmpty(), tour.stepActors());
            }
        }
        Selection selection = state.getSelection();
        if (selection instanceof Selection.OfEvent e && timeline.event(e.id()).isPresent()) {
            Event event = timeline.event(e.id()).get();
            return ofEvent(timeline, event, "", false, "", false, event.actorIds());
        }
        if (selection instanceof Selection.OfActor a && timeline.actor(a.id()).isPresent()) {
            Optional<Quote> said = timeline.quotes().stream().filter(q -> q.speakerId().equals(a.id())).findFirst();
            return new StageText(dateOf(state), timeline.actorName(a.id()), false, said.map(Quote::text).orElse(""),
                    said.map(StageText::languageTag).orElse(""), said.map(q -> attribution(timeline, q)).orElse(""),
                    "", false, "", false, "", List.of(a.id()));
        }
        if (selection instanceof Selection.OfRelation r && timeline.relation(r.id()).isPresent()) {
            var relation = timeline.relation(r.id()).get();
            Optional<Quote> quote = relation.quoteIds().stream().findFirst().flatMap(timeline::quote);
            String title = timeline.actorName(relation.fromId()) + " — " + Messages.get("relation." + relation.type().jsonValue())
                    + " — " + timeline.actorName(relation.toId());
            return new StageText(relation.when().inWords(), title, false, quote.map(Quote::text).orElse(""),
                    quote.map(StageText::languageTag).orElse(""), quote.map(q -> attribution(timeline, q)).orElse(""),
                    "", false, "", false, "", List.of(relation.fromId(), relation.toId()));
        }
        if (selection instanceof Selection.OfQuote q && timeline.quote(q.id()).isPresent()) {
            Quote quote = timeline.quote(q.id()).get();
            Optional<Event> citing = timeline.events().stream().filter(e -> e.quoteIds().contains(quote.id())).findFirst();
            Set<String> actors = new LinkedHashSet<>(citing.map(Event::actorIds).orElse(List.of()));
            if (quote.hasSpeaker()) {
                actors.add(quote.speakerId());
            }
            return new StageText(citing.map(e -> e.when().inWords()).orElse(dateOf(state)),
                    citing.map(Event::title).orElse(timeline.title()),
                    citing.map(e -> e.translations().fallsBack(Translations.TITLE)).orElse(false),
                    quote.text(), languageTag(quote), attribution(timeline, quote), "", false, "", false,
                    citing.map(Event::id).orElse(""), List.copyOf(actors));
        }
        return new StageText(dateOf(state), timeline.title(), timeline.translations().fallsBack(Translations.TITLE),
                "", "", "", "", false, "", false, "", List.of());
    }

    private static StageText ofEvent(Timeline timeline, Event event, String note, boolean noteInEnglish, String question,
                                     boolean questionInEnglish, List<String> actors) {
        Optional<Quote> quote = event.quoteIds().stream().findFirst().flatMap(timeline::quote);
        return new StageText(event.when().inWords(), event.title(), event.translations().fallsBack(Translations.TITLE),
                quote.map(Quote::text).orElse(""), quote.map(StageText::languageTag).orElse(""),
                quote.map(q -> attribution(timeline, q)).orElse(""), note, noteInEnglish, question, questionInEnglish,
                event.id(), List.copyOf(actors));
    }

    /** The network's date in words: what the stage says when the selection has no date of its own. */
    private static String dateOf(ExplorerState state) {
        LocalDate focus = state.getFocusDate();
        return focus == null ? "" : HistoricalDate.ofDay(focus).inWords();
    }

    /** "EN" for words in English on a screen in another language; empty when the languages agree or are unknown. */
    static String languageTag(Quote quote) {
        return Messages.isForeign(quote.lang()) ? quote.lang().toUpperCase(java.util.Locale.ROOT) : "";
    }

    /** The speaker, then a short source line: author, publisher, date (the full citation is in the workbench). */
    static String attribution(Timeline timeline, Quote quote) {
        StringBuilder line = new StringBuilder();
        if (quote.hasSpeaker()) {
            line.append(timeline.actorName(quote.speakerId()));
        }
        timeline.source(quote.sourceId()).map(StageText::shortSource).filter(s -> !s.isEmpty()).ifPresent(source -> {
            if (!line.isEmpty()) {
                line.append(" · ");
            }
            line.append(source);
        });
        return line.toString();
    }

    /** "Artyom Shraibman, Carnegie Endowment for International Peace, May 2022": no title, which the workbench gives. */
    static String shortSource(Source source) {
        List<String> parts = new java.util.ArrayList<>();
        if (!source.author().isEmpty()) {
            parts.add(source.author());
        }
        if (!source.publisher().isEmpty()) {
            parts.add(source.publisher());
        }
        if (parts.isEmpty()) {
            parts.add(source.title());
        }
        source.publishedDate().map(HistoricalDate::inWords).ifPresent(parts::add);
        return String.join(", ", parts);
    }

    public boolean hasQuote() {
        return !quote.isEmpty();
    }

    public boolean hasNote() {
        return !note.isEmpty() || !question.isEmpty();
    }
}
