package org.balancingact.explore;

import java.util.LinkedHashSet;
import java.util.Set;
import org.balancingact.index.TimeSpan;
import org.balancingact.model.Event;
import org.balancingact.model.Quote;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/**
 * From a selection to what the other views highlight. A pure function: the same timeline, selection
 * and filter always give the same highlights, which is what makes the linking testable without a UI.
 * Items the filter hides are never highlighted.
 */
public final class Linking {
    private Linking() {
    }

    public static Highlights highlightsFor(Timeline timeline, Selection selection, Filter filter) {
        Set<String> events = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>();
        Set<String> relations = new LinkedHashSet<>();
        Set<String> quotes = new LinkedHashSet<>();
        if (selection instanceof Selection.OfEvent e) {
            timeline.event(e.id()).ifPresent(event -> {
                events.add(event.id());
                actors.addAll(event.actorIds());
                quotes.addAll(event.quoteIds());
                // the relations among the event's actors that held while it happened explain it
                for (Relation relation : timeline.relations()) {
                    if (event.actorIds().contains(relation.fromId()) && event.actorIds().contains(relation.toId())
                            && overlaps(relation, event) && filter.accepts(relation)) {
                        relations.add(relation.id());
                    }
                }
            });
        } else if (selection instanceof Selection.OfActor a) {
            timeline.actor(a.id()).ifPresent(actor -> {
                actors.add(actor.id());
                for (Event event : timeline.events()) {
                    if (event.actorIds().contains(actor.id()) && filter.accepts(event)) {
                        events.add(event.id());
                        quotes.addAll(event.quoteIds());
                    }
                }
                for (Relation relation : timeline.relations()) {
                    if (relation.involves(actor.id()) && filter.accepts(relation)) {
                        relations.add(relation.id());
                        actors.add(relation.otherEnd(actor.id()));
                        quotes.addAll(relation.quoteIds());
                    }
                }
                for (Quote quote : timeline.quotes()) {
                    if (quote.speakerId().equals(actor.id())) {
                        quotes.add(quote.id());
                    }
                }
            });
        } else if (selection instanceof Selection.OfRelation r) {
            timeline.relation(r.id()).ifPresent(relation -> {
                relations.add(relation.id());
                actors.add(relation.fromId());
                actors.add(relation.toId());
                quotes.addAll(relation.quoteIds());
                for (Event event : timeline.events()) {
                    if (event.actorIds().contains(relation.fromId()) && event.actorIds().contains(relation.toId())
                            && overlaps(relation, event) && filter.accepts(event)) {
                        events.add(event.id());
                    }
                }
            });
        } else if (selection instanceof Selection.OfQuote q) {
            timeline.quote(q.id()).ifPresent(quote -> {
                quotes.add(quote.id());
                if (quote.hasSpeaker()) {
                    actors.add(quote.speakerId());
                }
                for (Event event : timeline.events()) {
                    if (event.quoteIds().contains(quote.id()) && filter.accepts(event)) {
                        events.add(event.id());
                        actors.addAll(event.actorIds());
                    }
                }
                for (Relation relation : timeline.relations()) {
                    if (relation.quoteIds().contains(quote.id()) && filter.accepts(relation)) {
                        relations.add(relation.id());
                        actors.add(relation.fromId());
                        actors.add(relation.toId());
                    }
                }
            });
        }
        if (events.isEmpty() && actors.isEmpty() && relations.isEmpty() && quotes.isEmpty()) {
            return Highlights.NONE; // an id this timeline does not have (e.g. after a reload)
        }
        return new Highlights(selection, events, actors, relations, quotes);
    }

    private static boolean overlaps(Relation relation, Event event) {
        return TimeSpan.startDay(relation.when()) <= TimeSpan.endDay(event.when())
                && TimeSpan.endDay(relation.when()) >= TimeSpan.startDay(event.when());
    }
}
