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

    /**
     * What changed from the date {@code before} to the date {@code now}, as {@link RelationsInForce#between}
     * gives it ({@code began}: in force now and not before; {@code ended}: in force before and not now), in
     * words that read right whichever way time moved. Forwards: "Since 23 February 2022: began Russia —
     * invades — Ukraine; ended …". Backwards a relation in force before and not now has not ended, it had
     * not begun yet, and one in force now and not before was still in force: "Going back from 24 February
     * 2022: not yet in force: Russia — invades — Ukraine; still in force then: …".
     */
    static String changes(Timeline timeline, LocalDate before, LocalDate now, RelationsInForce.Changes changes) {
        boolean back = now.isBefore(before);
        String prefix = back ? "network.changes.back" : "network.changes";
        if (changes.isEmpty()) {
            return Messages.get(prefix + ".none", date(before));
        }
        // forwards "began" and "ended"; backwards the same two lists are "still in force then" and "not yet in force"
        List<Relation> first = back ? changes.ended() : changes.began();
        List<Relation> second = back ? changes.began() : changes.ended();
        String firstKey = back ? ".notYet" : ".began";
        String secondKey = back ? ".stillThen" : ".ended";
        if (second.isEmpty()) {
            return Messages.get(prefix + firstKey, date(before), listed(timeline, first));
        }
        if (first.isEmpty()) {
            return Messages.get(prefix + secondKey, date(before), listed(timeline, second));
        }
        return Messages.get(prefix + ".both", date(before), listed(timeline, first), listed(timeline, second));
    }

    /** An actor's name in the interface language where the dataset gives one. */
    static String name(Timeline timeline, String actorId) {
        return timeline.actorName(actorId);
    }

    private static String listed(Timeline timeline, List<Relation> relations) {
        List<String> named = relations.stream().limit(LISTED).map(r -> EdgeNode.spelled(r, timeline)).toList();
        String joined = String.join(", ", named);
        return relations.size() > LISTED ? Messages.get("network.changes.more", joined, relations.size() - LISTED) : joined;
    }

    static String chain(Timeline timeline, ActorNetworkView.ChainEnds ends, ShortestChain.Chain chain) {
        if (chain == null) {
            return Messages.get("network.chain.none", name(timeline, ends.from()), name(timeline, ends.to()));
        }
        return Messages.get("network.chain", chain.spelled(id -> name(timeline, id), r -> Messages.get("relation." + r.type().jsonValue())));
    }
}
