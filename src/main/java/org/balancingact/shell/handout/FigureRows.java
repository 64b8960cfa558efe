package org.balancingact.shell.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows for the marks of one lane, each mark with its whole label: right of the mark where the label
 * fits before the plot's right edge, else left of it, else (a long period with no room on either side)
 * on the row above, starting where the mark starts, so that the label hides nothing of the mark. Marks
 * go in the given order into the first row where mark and label touch nothing already there. Pure
 * arithmetic, so that "no label overlaps another" is tested without drawing.
 */
public final class FigureRows {
    /** Between a mark and its label. */
    static final float PAD = 2.5f;
    /** Between two items of one row. */
    static final float GAP = 5;

    public enum Side { RIGHT, LEFT, ABOVE }

    /** Where a mark [x0, x1] with a label of this width wants to go. */
    public record Item(float x0, float x1, float labelWidth) {
    }

    /**
     * Where an item went: the label's row and left edge, the mark's row (the row below the label's for
     * {@link Side#ABOVE}, else the same), and the side.
     */
    public record Placement(int labelRow, float labelX, int markRow, Side side) {
    }

    /** What an option takes: a stretch of a row, counted from the option's first row. */
    private record Taken(int rowOffset, float x0, float x1) {
    }

    private record Option(Side side, float labelX, List<Taken> taken) {
    }

    private FigureRows() {
    }

    public static List<Placement> pack(List<Item> items, float plotX0, float plotX1) {
        List<List<float[]>> rows = new ArrayList<>();
        List<Placement> out = new ArrayList<>();
        for (Item item : items) {
            List<Option> options = options(item, plotX0, plotX1);
            for (int r = 0; ; r++) {
                Option fitting = null;
                for (Option option : options) {
                    if (fits(rows, r, option)) {
                        fitting = option;
                        break;
                    }
                }
                if (fitting != null) {
                    for (Taken t : fitting.taken()) {
                        while (rows.size() <= r + t.rowOffset()) {
                            rows.add(new ArrayList<>());
                        }
                        rows.get(r + t.rowOffset()).add(new float[] {t.x0(), t.x1()});
                    }
                    int markRow = fitting.side() == Side.ABOVE ? r + 1 : r;
                    out.add(new Placement(r, fitting.labelX(), markRow, fitting.side()));
                    break;
                }
            }
        }
        return out;
    }

    public static int rowCount(List<Placement> placements) {
        return placements.stream().mapToInt(p -> Math.max(p.labelRow(), p.markRow())).max().orElse(-1) + 1;
    }

    private static List<Option> options(Item item, float plotX0, float plotX1) {
        List<Option> options = new ArrayList<>();
        float w = item.labelWidth();
        if (item.x1() + PAD + w <= plotX1) {
            float x = item.x1() + PAD;
            options.add(new Option(Side.RIGHT, x, List.of(new Taken(0, item.x0(), x + w))));
        }
        if (item.x0() - PAD - w >= plotX0) {
            float x = item.x0() - PAD - w;
            options.add(new Option(Side.LEFT, x, List.of(new Taken(0, x, item.x1()))));
        }
        if (options.isEmpty()) {
            float x = Math.max(plotX0, Math.min(item.x0(), plotX1 - w));
            options.add(new Option(Side.ABOVE, x, List.of(new Taken(0, x, x + w), new Taken(1, item.x0(), item.x1()))));
        }
        return options;
    }

    private static boolean fits(List<List<float[]>> rows, int r, Option option) {
        for (Taken t : option.taken()) {
            int row = r + t.rowOffset();
            if (row >= rows.size()) {
                continue;
            }
            for (float[] taken : rows.get(row)) {
                if (t.x0() < taken[1] + GAP && taken[0] < t.x1() + GAP) {
                    return false;
                }
            }
        }
        return true;
    }
}
