package org.balancingact.quotes;

import org.balancingact.explore.Filter;
import org.balancingact.model.Quote;
import org.balancingact.model.Timeline;

/**
 * Whether a quote stays visible under a filter: when at least one event or relation it supports
 * passes the filter, so the quote panel hides exactly what the timeline and the network hide. A
 * quote that supports nothing (only attributed to a speaker) is hidden by an actor filter without
 * its speaker. Pure Java.
 */
public final class QuoteFiltering {
    private QuoteFiltering() {
    }

    public static boolean accepts(Timeline timeline, Filter filter, Quote quote) {
        if (!filter.isActive()) {
            return true;
        }
        boolean supportsAnything = false;
        for (var event : timeline.events()) {
            if (event.quoteIds().contains(quote.id())) {
                supportsAnything = true;
                if (filter.accepts(event)) {
                    return true;
                }
            }
        }
        for (var relation : timeline.relations()) {
            if (relation.quoteIds().contains(quote.id())) {
                supportsAnything = true;
                if (filter.accepts(relation)) {
                    return true;
                }
            }
        }
        return !supportsAnything && (filter.actorIds().isEmpty() || filter.actorIds().contains(quote.speakerId()));
    }
}
