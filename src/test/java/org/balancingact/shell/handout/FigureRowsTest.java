package org.balancingact.shell.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Packing marks and labels into rows: nothing overlaps, nothing leaves the plot, every label whole. */
class FigureRowsTest {
    private static final float X0 = 100;
    private static final float X1 = 800;

    @Test
    void noMarkOrLabelTouchesAnotherAndNoLabelLeavesThePlot() {
        Random random = new Random(14); // fixed seed: the same items every run
        List<FigureRows.Item> items = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            float x0 = X0 + 5 + random.nextFloat() * 680;
            float x1 = Math.min(X1 - 5, x0 + (random.nextBoolean() ? 6 : random.nextFloat() * 400));
            items.add(new FigureRows.Item(x0, x1, 40 + random.nextFloat() * 220));
        }
        items.sort(Comparator.comparingDouble(FigureRows.Item::x0));
        List<FigureRows.Placement> placements = FigureRows.pack(items, X0, X1);
        assertEquals(items.size(), placements.size());
        List<float[]> taken = new ArrayList<>(); // {row, x0, x1}
        for (int i = 0; i < items.size(); i++) {
            FigureRows.Item item = items.get(i);
            FigureRows.Placement p = placements.get(i);
            assertTrue(p.labelX() >= X0 && p.labelX() + item.labelWidth() <= X1, "label " + i + " inside the plot: " + p);
            taken.add(new float[] {p.labelRow(), p.labelX(), p.labelX() + item.labelWidth()});
            taken.add(new float[] {p.markRow(), item.x0(), item.x1()});
            if (p.side() == FigureRows.Side.RIGHT) {
                assertTrue(p.labelX() >= item.x1(), "a label on the right starts after its mark");
            } else if (p.side() == FigureRows.Side.LEFT) {
                assertTrue(p.labelX() + item.labelWidth() <= item.x0(), "a label on the left ends before its mark");
            } else {
                assertEquals(p.labelRow() + 1, p.markRow(), "a label above sits on the row over its mark");
            }
        }
        for (int a = 0; a < taken.size(); a++) {
            for (int b = a + 1; b < taken.size(); b++) {
                float[] s = taken.get(a);
                float[] t = taken.get(b);
                if (s[0] == t[0]) {
                    assertTrue(s[2] <= t[1] || t[2] <= s[1], "overlap in row " + (int) s[0] + ": "
                            + s[1] + "–" + s[2] + " and " + t[1] + "–" + t[2]);
                }
            }
        }
    }

    @Test
    void aLabelGoesLeftWhenTheRightEdgeIsNear() {
        List<FigureRows.Placement> p = FigureRows.pack(List.of(new FigureRows.Item(780, 786, 120)), X0, X1);
        assertEquals(FigureRows.Side.LEFT, p.get(0).side());
    }

    @Test
    void aPeriodAcrossThePlotHasItsLabelAboveItNotOverIt() {
        List<FigureRows.Placement> p = FigureRows.pack(List.of(
                new FigureRows.Item(150, 790, 200), new FigureRows.Item(300, 306, 80)), X0, X1);
        assertEquals(FigureRows.Side.ABOVE, p.get(0).side(), "no room beside a period across the plot");
        assertEquals(150, p.get(0).labelX(), 0.01, "the label starts where the period starts");
        assertEquals(1, p.get(0).markRow());
        assertEquals(2, FigureRows.rowCount(p.subList(0, 1)));
    }
}
