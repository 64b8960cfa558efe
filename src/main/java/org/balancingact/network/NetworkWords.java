package org.balancingact.network;

import java.time.LocalDate;
import java.util.List;
import org.balancingact.index.RelationsInForce;
import org.balancingact.index.ShortestChain;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/** The sentences the network header says: what changed since the last date, and a chain spelled out. */
final class NetworkWords {
    /** More than this many relations in one line stop being read; the rest are counted. */
    static final int LISTED = 3;

    private NetworkWords() {
    }

    static String date(LocalDate date) {
        return date == null ? "any date" : HistoricalDate.ofDay(date).inWords();
    }

    /** "Since 23 February 2022: began Russia — invades — Ukraine; ended …", or that nothing changed. */
    static String changes(Timeline timeline, LocalDate before, RelationsInForce.Changes changes) {
        if (changes.isEmpty()) {
            return "No relation began or ended since " + date(before) + ".";
        }
        StringBuilder text = new StringBuilder("Since " + date(before) + ":");
        if (!changes.began().isEmpty()) {
            text.append(" began ").append(listed(timeline, changes.began()));
        }
        if (!changes.ended().isEmpty()) {
            text.append(changes.began().isEmpty() ? " ended " : "; ended ").append(listed(timeline, changes.ended()));
        }
        return text.append('.').toString();
    }

    private static String listed(Timeline timeline, List<Relation> relations) {
        List<String> named = relations.stream().limit(LISTED).map(r -> EdgeNode.spelled(r, timeline)).toList();
        String more = relations.size() > LISTED ? " and " + (relations.size() - LISTED) + " more" : "";
        return String.join(", ", named) + more;
    }

    static String chain(Timeline timeline, ActorNetworkView.ChainEnds ends, ShortestChain.Chain chain) {
        if (chain == null) {
            return "No chain of relations shown links " + timeline.actorName(ends.from()) + " and "
                    + timeline.actorName(ends.to()) + ".";
        }
        return "Chain: " + chain.spelled(timeline::actorName, r -> r.type().label());
    }
}
