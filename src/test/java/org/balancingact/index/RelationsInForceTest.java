package org.balancingact.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.balancingact.testing.SampleTimeline;
import org.balancingact.model.Relation;
import org.junit.jupiter.api.Test;

class RelationsInForceTest {
    private final RelationsInForce relations = new RelationsInForce(SampleTimeline.create().relations());

    private static List<String> ids(List<Relation> relations) {
        return relations.stream().map(Relation::id).toList();
    }

    @Test
    void openEndedRelationsHoldEveryDayAfterTheyBegin() {
        assertEquals(List.of("ally"), ids(relations.at(LocalDate.of(2022, 2, 23))));
        assertEquals(List.of("ally", "inv"), ids(relations.at(LocalDate.of(2022, 2, 24))));
    }

    @Test
    void aYearPreciseRelationHoldsAllThatYear() {
        assertEquals(List.of("ally", "old"), ids(relations.at(LocalDate.of(2015, 12, 31))));
        assertEquals(List.of("ally"), ids(relations.at(LocalDate.of(2016, 1, 1))));
    }

    @Test
    void overARangeAnyRelationHoldingOnSomeDayCounts() {
        assertEquals(List.of("ally", "inv", "old"), ids(relations.during(LocalDate.of(2015, 6, 1), LocalDate.of(2022, 3, 1))));
    }

    @Test
    void changesListWhatBeganAndWhatEnded() {
        RelationsInForce.Changes changes = relations.between(LocalDate.of(2015, 6, 1), LocalDate.of(2022, 3, 1));
        assertEquals(List.of("inv"), ids(changes.began()));
        assertEquals(List.of("old"), ids(changes.ended()));
    }

    @Test
    void inTheBundledDatasetTheInvasionBeginsOn24February2022() {
        RelationsInForce bundled = new RelationsInForce(((org.balancingact.data.ReadResult.Loaded)
                new org.balancingact.data.TimelineFiles().readBundled()).timeline().relations());
        assertEquals(false, ids(bundled.at(LocalDate.of(2022, 2, 23))).contains("r-russia-invades-ukraine"));
        assertEquals(true, ids(bundled.at(LocalDate.of(2022, 2, 24))).contains("r-russia-invades-ukraine"));
        assertEquals(true, ids(bundled.between(LocalDate.of(2022, 2, 23), LocalDate.of(2022, 2, 24)).began())
                .contains("r-russia-invades-ukraine"));
        assertEquals(true, ids(bundled.during(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31)))
                .contains("r-lukashenko-mediates-ukraine"), "Minsk talks of 2014 are in force some time that year");
    }
}
