package org.balancingact.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.balancingact.network.LabelPlacement.Fit;
import org.balancingact.network.LabelPlacement.Item;
import org.balancingact.network.LabelPlacement.Side;
import org.junit.jupiter.api.Test;

/** Names placed so that none overlaps another name or another node, on a projector-sized pane. */
class LabelPlacementTest {
    private static final double EM = 14;

    private static Item item(double x, double y, double labelWidth) {
        return new Item(x, y, 12, labelWidth, EM * 1.2, labelWidth * 0.6, EM * 2.4, false, false);
    }

    @Test
    void thirtyNodesCrowdedInTheMiddleEndUpWithNamesThatOverlapNothing() {
        Random random = new Random(7);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // a force layout's clump: everyone within 200 × 100 px of the middle of a 740 × 300 pane
            items.add(item(270 + random.nextDouble() * 200, 100 + random.nextDouble() * 100, 50 + random.nextInt(80)));
        }
        LabelPlacement.place(items, 740, 300, EM);
        List<double[]> names = new ArrayList<>();
        List<double[]> shapes = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (Item it : items) {
            shapes.add(new double[] {it.x - it.reach, it.y - it.reach, it.x + it.reach, it.y + it.reach});
            if (it.fit == Fit.FULL || it.fit == Fit.SHORT) {
                double[] o = it.labelOffset(LabelPlacement.pad(EM));
                names.add(new double[] {it.x + o[0], it.y + o[1], it.x + o[0] + it.labelWidth(), it.y + o[1] + it.labelHeight()});
                owners.add(items.indexOf(it));
            }
        }
        long written = items.stream().filter(it -> it.fit == Fit.FULL || it.fit == Fit.SHORT).count();
        assertTrue(written >= 27, "most names find room: " + written + " of 30");
        for (int a = 0; a < names.size(); a++) {
            double[] name = names.get(a);
            assertTrue(name[0] >= 0 && name[1] >= 0 && name[2] <= 740 && name[3] <= 300, "inside the pane");
            for (int b = 0; b < names.size(); b++) {
                assertTrue(a == b || !overlap(name, names.get(b)), "name " + a + " overlaps name " + b);
            }
            for (int n = 0; n < shapes.size(); n++) {
                assertTrue(n == owners.get(a) || !overlap(name, shapes.get(n)), "name " + a + " overlaps node " + n);
            }
        }
        for (int a = 0; a < shapes.size(); a++) {
            for (int b = a + 1; b < shapes.size(); b++) {
                assertTrue(!overlap(shapes.get(a), shapes.get(b)), "nodes " + a + " and " + b + " overlap");
            }
        }
    }

    @Test
    void aNodeWithRoomKeepsItsPlaceAndItsNameGoesBelowIt() {
        Item lone = item(300, 100, 80);
        LabelPlacement.place(List.of(lone), 740, 300, EM);
        assertEquals(300, lone.x);
        assertEquals(100, lone.y);
        assertEquals(Side.BELOW, lone.side);
        assertEquals(Fit.FULL, lone.fit);
    }

    @Test
    void aNameStaysOffTheSideItsRelationsLeaveBy() {
        Item node = item(300, 100, 80);
        node.edgeDirections.add(Math.PI / 2); // a relation leaves straight down
        LabelPlacement.place(List.of(node), 740, 300, EM);
        assertEquals(Side.RIGHT, node.side, "below would lie on the line: the next side is taken");
        assertEquals(300, node.x, "without moving the node");
    }

    @Test
    void aNameBlockedBelowMovesToAnotherSideBeforeTheNodeMoves() {
        Item blocker = item(300, 128, 80); // more important, placed first: its shape is where the name would go
        Item node = item(300, 100, 80);
        LabelPlacement.place(List.of(blocker, node), 740, 300, EM);
        assertEquals(Fit.FULL, node.fit);
        assertEquals(Side.RIGHT, node.side);
        assertEquals(300, node.x, "the node stays where the layout put it");
        assertEquals(100, node.y);
    }

    @Test
    void twoNamesStraightOneAboveTheOtherKeepAWiderGapThanNamesOffsetSideways() {
        // the upper node's name goes below it (to y 130.5); the lower node's relations leave down, right and
        // left, so its name would go above it, 7 px under the upper name: enough beside it, not straight under
        Item upper = new Item(300, 100, 12, 80, EM * 1.2, 80, EM * 1.2, true, false);
        Item under = new Item(300, 168, 12, 80, EM * 1.2, 80, EM * 1.2, true, false);
        under.edgeDirections.addAll(List.of(Math.PI / 2, 0.0, Math.PI));
        LabelPlacement.place(List.of(upper, under), 740, 300, EM);
        assertEquals(Side.BELOW, upper.side);
        assertNotEquals(Side.ABOVE, under.side, "straight under the other name it would read as its second line");

        Item aside = new Item(390, 168, 12, 80, EM * 1.2, 80, EM * 1.2, true, false);
        aside.edgeDirections.addAll(List.of(Math.PI / 2, 0.0, Math.PI));
        LabelPlacement.place(List.of(new Item(300, 100, 12, 80, EM * 1.2, 80, EM * 1.2, true, false), aside), 740, 300, EM);
        assertEquals(Side.ABOVE, aside.side, "offset sideways by more than half a name, the same gap is enough");
    }

    @Test
    void aPinnedNodeNeverMovesOnlyItsNameDoes() {
        Item other = item(300, 100, 80);
        Item pinned = new Item(305, 102, 12, 80, EM * 1.2, 48, EM * 2.4, true, false);
        LabelPlacement.place(List.of(other, pinned), 740, 300, EM);
        assertEquals(305, pinned.x);
        assertEquals(102, pinned.y);
    }

    @Test
    void withNoRoomAnOptionalNodeIsLeftOutAndAnyOtherKeepsItsShapeWithItsNameOnHover() {
        // a pane hardly larger than one node with its name
        Item first = item(60, 30, 80);
        Item optional = new Item(60, 30, 12, 80, EM * 1.2, 80, EM * 1.2, false, true);
        Item required = item(60, 30, 80);
        LabelPlacement.place(List.of(first, optional, required), 130, 60, EM);
        assertEquals(Fit.FULL, first.fit);
        assertEquals(Fit.DROPPED, optional.fit);
        assertEquals(Fit.HIDDEN, required.fit);
    }

    @Test
    void theNarrowFormIsTriedBeforeTheNameIsHidden() {
        // room beside the node for a narrow name only: the wall of the pane is close on every side
        Item node = new Item(50, 45, 12, 200, EM * 1.2, 70, EM * 2.4, true, false);
        LabelPlacement.place(List.of(node), 150, 100, EM);
        assertEquals(Fit.SHORT, node.fit);
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }
}
