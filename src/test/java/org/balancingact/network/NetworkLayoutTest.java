package org.balancingact.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.balancingact.model.Timeline;
import org.balancingact.testing.SampleTimeline;
import org.junit.jupiter.api.Test;

class NetworkLayoutTest {
    private final Timeline timeline = SampleTimeline.create();

    @Test
    void theSeededLayoutIsTheSameEveryRun() {
        NetworkLayout a = NetworkLayout.of(timeline);
        NetworkLayout b = NetworkLayout.of(timeline);
        for (String id : new String[] {"by", "ru", "ua", "luka"}) {
            assertArrayEquals(a.positionOf(id), b.positionOf(id), 0.0, id);
        }
    }

    @Test
    void aDraggedActorIsPinnedWhereItWasDropped() {
        NetworkLayout moved = NetworkLayout.of(timeline).with("ru", 0.25, 2.0);
        assertTrue(moved.isPinned("ru"));
        assertFalse(moved.isPinned("by"));
        assertArrayEquals(new double[] {0.25, 1.0}, moved.positionOf("ru"), 0.0, "kept inside the unit square");
    }

    @Test
    void arrowsGoToTheNearestActorInThatDirection() {
        Map<String, double[]> centres = Map.of(
                "here", new double[] {100, 100},
                "right-near", new double[] {150, 130},
                "right-far", new double[] {300, 100},
                "up", new double[] {100, 20},
                "behind", new double[] {40, 100});
        assertEquals(Optional.of("right-near"), DirectionalNeighbour.next("here", DirectionalNeighbour.Direction.RIGHT, centres));
        assertEquals(Optional.of("up"), DirectionalNeighbour.next("here", DirectionalNeighbour.Direction.UP, centres));
        assertEquals(Optional.of("behind"), DirectionalNeighbour.next("here", DirectionalNeighbour.Direction.LEFT, centres));
        assertEquals(Optional.empty(), DirectionalNeighbour.next("up", DirectionalNeighbour.Direction.UP, centres));
    }
}
