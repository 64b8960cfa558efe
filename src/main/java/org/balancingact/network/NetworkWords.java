package org.balancingact.network;

import java.time.LocalDate;
import java.util.List;
import org.balancingact.i18n.Messages;
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
        return date == null ? Messages.get("network.anyDate") : HistoricalDate.ofDay(date).inWords();
    }

    /** "Since 23 February 2022: began Russia — invades — Ukraine; ended …", or that nothing changed. */
    static String changes(Timeline timeline, LocalDate before, RelationsInForce.Changes changes) {
        if (changes.isEmpty()) {
            return Messages.get("network.changes.none", date(before));
        }
        if (changes.ended().isEmpty()) {
            return Messages.get("network.changes.began", date(before), listed(timeline, changes.began()));
        }
        if (changes.began().isEmpty()) {
            return Messages.get("network.changes.ended", date(before), listed(timeline, changes.ended()));
        }
        return Messages.get("network.changes.both", date(before), listed(timeline, changes.began()),
                listed(timeline, changes.ended()));
    }

    private static String listed(Timeline timeline, List<Relation> relations) {
        List<String> named = relations.stream().limit(LISTED).map(r -> EdgeNode.spelled(r, timeline)).toList();
        String joined = String.join(", ", named);
        return relations.size() > LISTED ? Messages.get("network.changes.more", joined, relations.size() - LISTED) : joined;
    }

    static String chain(Timeline timeline, ActorNetworkView.ChainEnds ends, ShortestChain.Chain chain) {
        if (chain == null) {
            return Messages.get("network.chain.none", timeline.actorName(ends.from()), timeline.actorName(ends.to()));
        }
        return Messages.get("network.chain", chain.spelled(timeline::actorName, r -> Messages.get("relation." + r.type().jsonValue())));
    }
}
