package org.balancingact.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Relation;
import org.balancingact.model.RelationType;
import org.junit.jupiter.api.Test;

/** Who is drawn, who waits on the shelf, and who are a featured actor's first neighbours. */
class NetworkCastTest {
    private static final List<String> ACTORS = List.of("by", "ru", "ua", "luka", "eu", "pl");

    private static Relation relation(String id, String from, String to) {
        return new Relation(id, from, to, RelationType.SUPPORTS, HistoricalDate.parse("2022"), "", List.of(), "", List.of());
    }

    private static final List<Relation> SHOWN = List.of(relation("a", "by", "ru"), relation("b", "ru", "ua"),
            relation("c", "eu", "ua"), relation("d", "ru", "eu"), relation("e", "by", "eu"));

    @Test
    void actorsWithNoRelationShownGoOnTheShelfInDatasetOrder() {
        NetworkCast cast = NetworkCast.of(ACTORS, SHOWN, List.of(), NetworkScope.WHOLE_NETWORK);
        assertEquals(List.of("by", "ru", "ua", "eu"), cast.drawn());
        assertEquals(List.of("luka", "pl"), cast.shelved());
    }

    @Test
    void aFeaturedActorIsDrawnFirstEvenWithNoRelationInForce() {
        NetworkCast cast = NetworkCast.of(ACTORS, SHOWN, List.of("luka", "nobody", "ru"), NetworkScope.WHOLE_NETWORK);
        assertEquals(List.of("luka", "ru"), cast.featured(), "ids the dataset does not know are left out");
        assertEquals(List.of("luka", "ru", "by", "ua", "eu"), cast.drawn());
        assertEquals(List.of("pl"), cast.shelved(), "a featured actor is never shelved");
    }

    @Test
    void theNeighbourhoodHoldsTheFeaturedActorsAndTheirFirstNeighboursMostTiedFirst() {
        // eu is tied to both featured actors (ru and by), ua to one of them (ru)
        NetworkCast cast = NetworkCast.of(ACTORS, SHOWN, List.of("ru", "by", "luka"), NetworkScope.FEATURED_NEIGHBOURHOOD);
        assertEquals(List.of("ru", "by", "luka"), cast.featured());
        assertEquals(List.of("eu", "ua"), cast.neighbours());
        assertEquals(List.of(), cast.shelved(), "no shelf in a neighbourhood: the others are not drawn at all");
        assertEquals(List.of(), cast.others());
    }

    @Test
    void theNeighbourhoodsRelationsAreThoseAmongItsMembers() {
        List<Relation> shown = List.of(relation("a", "by", "ru"), relation("b", "ru", "ua"), relation("f", "ua", "pl"),
                relation("g", "ua", "eu"));
        assertEquals(List.of("a"), ids(NetworkCast.neighbourhood(shown, List.of("by"))),
                "by's neighbourhood is by and ru: ru's own ties lead further out");
        assertEquals(List.of("a", "b", "g"), ids(NetworkCast.neighbourhood(shown, List.of("ru", "eu"))),
                "relations between two neighbours count too (ua–eu: eu is featured; ua a neighbour)");
        assertEquals(shown, NetworkCast.neighbourhood(shown, List.of()), "with no featured actor, everything");
    }

    @Test
    void withNoFeaturedActorTheNeighbourhoodIsTheWholeNetwork() {
        NetworkCast cast = NetworkCast.of(ACTORS, SHOWN, List.of(), NetworkScope.FEATURED_NEIGHBOURHOOD);
        assertEquals(List.of("luka", "pl"), cast.shelved());
        assertEquals(4, cast.drawn().size());
    }

    private static List<String> ids(List<Relation> relations) {
        return relations.stream().map(Relation::id).toList();
    }
}
