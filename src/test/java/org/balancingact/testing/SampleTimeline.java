package org.balancingact.testing;

import java.util.List;
import java.util.Map;
import org.balancingact.model.Actor;
import org.balancingact.model.ActorKind;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Relation;
import org.balancingact.model.RelationType;
import org.balancingact.model.Source;
import org.balancingact.model.Timeline;

/** A tiny hand-made timeline for unit tests that need known ids and dates. */
public final class SampleTimeline {
    private SampleTimeline() {
    }

    /** Belarus, Russia, Ukraine and Lukashenko; three events, three relations, four quotes. */
    public static Timeline create() {
        Source source = new Source("s", "article", "T", "A", "P", null, "", "alpha beta gamma delta");
        List<Actor> actors = List.of(
                new Actor("by", ActorKind.STATE, "Belarus", Map.of(), List.of(), "", "", ""),
                new Actor("ru", ActorKind.STATE, "Russia", Map.of(), List.of(), "", "", ""),
                new Actor("ua", ActorKind.STATE, "Ukraine", Map.of(), List.of(), "", "", ""),
                new Actor("luka", ActorKind.PERSON, "Lukashenko", Map.of(), List.of(), "", "by", ""));
        List<Quote> quotes = List.of(new Quote("q1", "s", "alpha", ""), new Quote("q2", "s", "beta", ""),
                new Quote("q3", "s", "gamma", "luka"), new Quote("q4", "s", "delta", ""));
        List<Relation> relations = List.of(
                new Relation("ally", "by", "ru", RelationType.ALLY_OF, HistoricalDate.parse("1999/.."), "", List.of("q2"), "", List.of()),
                new Relation("inv", "ru", "ua", RelationType.INVADES, HistoricalDate.parse("2022-02-24/.."), "", List.of("q1"), "", List.of()),
                new Relation("old", "ru", "ua", RelationType.NEGOTIATES_WITH, HistoricalDate.parse("2015"), "", List.of("q4"), "", List.of()));
        List<Event> events = List.of(
                new Event("invasion", "Invasion", HistoricalDate.parse("2022-02-24"), "", List.of("ru", "ua"), List.of("war"), 1,
                        List.of("q1"), "", List.of()),
                new Event("exercise", "Exercise", HistoricalDate.parse("2022-01"), "", List.of("ru", "by"), List.of("military"), 2,
                        List.of("q2"), "", List.of()),
                new Event("talk", "Talk", HistoricalDate.parse("2022-05"), "", List.of("luka"), List.of("diplomacy"), 3,
                        List.of("q3"), "", List.of()));
        return new Timeline("t", "", List.of(), List.of(source), actors, relations, events, quotes, List.of());
    }

}
