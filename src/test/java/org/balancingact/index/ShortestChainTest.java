package org.balancingact.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.balancingact.model.Relation;
import org.balancingact.model.RelationType;
import org.balancingact.model.Timeline;
import org.balancingact.testing.SampleTimeline;
import org.junit.jupiter.api.Test;

class ShortestChainTest {
    private final Timeline timeline = SampleTimeline.create();
    private final RelationsInForce inForce = new RelationsInForce(timeline.relations());

    private String spell(ShortestChain.Chain chain) {
        return chain.spelled(timeline::actorName, r -> r.type().label());
    }

    @Test
    void afterTheInvasionBelarusReachesUkraineThroughRussia() {
        ShortestChain.Chain chain = ShortestChain.between(inForce.at(LocalDate.of(2022, 3, 1)), "by", "ua").orElseThrow();
        assertEquals(List.of("by", "ru", "ua"), chain.actorIds());
        assertEquals(List.of("ally", "inv"), chain.relationIds());
        assertEquals("Belarus — ally of — Russia — invades — Ukraine", spell(chain));
    }

    @Test
    void walkingAgainstADirectedRelationKeepsWhoDoesWhat() {
        ShortestChain.Chain chain = ShortestChain.between(inForce.at(LocalDate.of(2022, 3, 1)), "ua", "by").orElseThrow();
        assertEquals("Ukraine ← invades — Russia — ally of — Belarus", spell(chain));
    }

    @Test
    void beforeTheInvasionThereIsNoChain() {
        assertTrue(ShortestChain.between(inForce.at(LocalDate.of(2020, 1, 1)), "by", "ua").isEmpty());
        assertTrue(ShortestChain.between(inForce.at(LocalDate.of(2020, 1, 1)), "by", "by").isEmpty());
        assertTrue(ShortestChain.between(inForce.at(LocalDate.of(2020, 1, 1)), "by", "luka").isEmpty(), "no relation touches him");
    }

    @Test
    void theFewestRelationsWinOverALongerWay() {
        List<Relation> relations = List.of(
                relation("a-b", "a", "b"), relation("b-c", "b", "c"), relation("c-d", "c", "d"), relation("a-d", "d", "a"));
        assertEquals(List.of("a-d"), ShortestChain.between(relations, "a", "d").orElseThrow().relationIds());
    }

    @Test
    void degreeCountsRelationsInForceTouchingEachActor() {
        assertEquals(Map.of("by", 1, "ru", 2, "ua", 1), Centrality.degrees(inForce.at(LocalDate.of(2022, 3, 1))));
    }

    private static Relation relation(String id, String from, String to) {
        return new Relation(id, from, to, RelationType.ALLY_OF, org.balancingact.model.HistoricalDate.parse("2000/.."),
                "", List.of(), "", List.of());
    }
}
