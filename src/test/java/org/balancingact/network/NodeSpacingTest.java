package org.balancingact.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NodeSpacingTest {
    @Test
    void crowdedNamesOnAProjectorSizedPaneEndUpApart() {
        Random random = new Random(7);
        List<NodeSpacing.Box> boxes = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            // a cluster in the middle, as force layouts make them
            boxes.add(new NodeSpacing.Box(300 + random.nextGaussian() * 80, 130 + random.nextGaussian() * 40,
                    40 + random.nextInt(30), 10, 45, false));
        }
        NodeSpacing.spread(boxes, 740, 270, 10, 3);
        int overlaps = 0;
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                NodeSpacing.Box a = boxes.get(i);
                NodeSpacing.Box b = boxes.get(j);
                if (!a.crowded && !b.crowded && a.cx - a.left < b.cx + b.right && b.cx - b.left < a.cx + a.right
                        && a.cy - a.up < b.cy + b.down && b.cy - b.up < a.cy + a.down) {
                    overlaps++;
                }
            }
            NodeSpacing.Box a = boxes.get(i);
            assertTrue(a.crowded || a.cx - a.left >= -1e-6 && a.cx + a.right <= 740 + 1e-6 && a.cy - a.up >= -1e-6
                    && a.cy + a.down <= 270 + 1e-6, "inside the pane");
        }
        assertEquals(0, overlaps, "names that are shown never overlap");
        long crowded = boxes.stream().filter(b -> b.crowded).count();
        assertTrue(crowded <= 1, crowded + " names had no room");
    }

    @Test
    void aPinnedNodeStaysPut() {
        NodeSpacing.Box pinned = new NodeSpacing.Box(100, 100, 40, 10, 40, true);
        NodeSpacing.Box free = new NodeSpacing.Box(105, 100, 40, 10, 40, false);
        NodeSpacing.spread(List.of(pinned, free), 400, 300, 4, 4);
        assertEquals(100, pinned.cx);
        assertEquals(100, pinned.cy);
        assertTrue(Math.abs(free.cx - 100) >= 84 || Math.abs(free.cy - 100) >= 54);
    }

    @Test
    void aNodeWithNoRoomForItsNameStillGetsRoomForItsShape() {
        // three wide names in a pane with room for two: the third loses its name, not its place
        List<NodeSpacing.Box> boxes = List.of(new NodeSpacing.Box(100, 50, 90, 10, 30, false),
                new NodeSpacing.Box(105, 50, 90, 10, 30, false), new NodeSpacing.Box(110, 50, 90, 10, 30, false));
        NodeSpacing.spread(boxes, 400, 100, 4, 4);
        NodeSpacing.Box third = boxes.get(2);
        assertTrue(third.crowded, "no room for a third name");
        for (NodeSpacing.Box other : boxes.subList(0, 2)) {
            boolean apart = Math.abs(third.cx - other.cx) >= 10 + other.left || third.cy + 10 <= other.cy - other.up
                    || third.cy - 10 >= other.cy + other.down;
            assertTrue(apart, "its shape is clear of the others' boxes: " + third.cx + "," + third.cy);
        }
    }
}
