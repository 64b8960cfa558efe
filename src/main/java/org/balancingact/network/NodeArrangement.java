package org.balancingact.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balancingact.model.Relation;

/**
 * Where the drawn actors and their names go in the drawing area: the layout's places (in the unit
 * square) mapped into the area, then {@link LabelPlacement} so that no name covers another name or a
 * node. A network too large for that pass writes the names of its most important actors only.
 */
final class NodeArrangement {
    /** In a network too large to place every name, how many names are written (the most important first). */
    static final int LABELLED_AT_MOST = 60;

    private NodeArrangement() {
    }

    /** From the unit square of the layout to the drawing area: {@code x = left + u * width}. */
    record Mapping(double left, double top, double width, double height) {
        double x(double u) {
            return left + u * width;
        }

        double y(double v) {
            return top + v * height;
        }

        /** The unit-square point under the drawing's point (x, y): where a dragged actor is pinned. */
        double[] unit(double x, double y) {
            return new double[] {(x - left) / width, (y - top) / height};
        }
    }

    /**
     * The mapping for an area of {@code w × h} pixels. With {@code fitTo} given (a featured
     * neighbourhood), the box around those actors' places fills the area, so a few actors use the room
     * a whole network would; otherwise the whole unit square does, so actors keep their places as the
     * date moves. The margins leave room for names at the edges.
     */
    static Mapping mapping(NetworkLayout layout, List<String> fitTo, double w, double h, double em) {
        double padX = em * 2;
        double padTop = em * 1.2;
        double padBottom = em * 2;
        double areaW = Math.max(10, w - 2 * padX);
        double areaH = Math.max(10, h - padTop - padBottom);
        if (fitTo == null || fitTo.isEmpty()) {
            return new Mapping(padX, padTop, areaW, areaH);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String id : fitTo) {
            double[] p = layout.positionOf(id);
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        // a lone actor or a line of them sits in the middle rather than being stretched to a wall
        double spanX = Math.max(maxX - minX, 0.05);
        double spanY = Math.max(maxY - minY, 0.05);
        double midX = (minX + maxX) / 2;
        double midY = (minY + maxY) / 2;
        double sx = maxX - minX < 0.05 ? areaW / 2 / 0.5 : areaW / spanX;
        double sy = maxY - minY < 0.05 ? areaH / 2 / 0.5 : areaH / spanY;
        return new Mapping(padX + areaW / 2 - midX * sx, padTop + areaH / 2 - midY * sy, sx, sy);
    }

    /**
     * Places {@code nodes} (most important first), each wanted at {@code wanted[i]}, in a {@code w × h}
     * area, with {@code relations} drawn between them (names keep off the sides they leave by); returns, per node, whether it is drawn (false only for an {@code optional} node whose name
     * found no room). Names are placed on a side of their node, shortened, or hidden to hover as
     * {@link LabelPlacement} decides. Positions are whole pixels: each node is a cached picture, which
     * the software pipeline copies at a whole pixel and resamples, several times slower, elsewhere.
     */
    static boolean[] arrange(List<ActorNode> nodes, double[][] wanted, boolean[] pinned, boolean[] optional,
            List<Relation> relations, double w, double h, double em) {
        boolean[] drawn = new boolean[nodes.size()];
        double pad = LabelPlacement.pad(em);
        if (nodes.size() > LabelPlacement.MAX_ITEMS) {
            for (int i = 0; i < nodes.size(); i++) {
                ActorNode node = nodes.get(i);
                node.setLayoutX(Math.round(wanted[i][0]));
                node.setLayoutY(Math.round(wanted[i][1]));
                node.placeLabel(LabelPlacement.Side.BELOW, node.reach() + pad, false);
                node.setCrowded(i >= LABELLED_AT_MOST);
                drawn[i] = true;
            }
            return drawn;
        }
        List<LabelPlacement.Item> items = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            ActorNode node = nodes.get(i);
            double[] full = node.fullLabelSize();
            double[] brief = node.shortLabelSize();
            items.add(new LabelPlacement.Item(wanted[i][0], wanted[i][1], node.reach(), full[0], full[1], brief[0], brief[1],
                    pinned[i], optional[i]));
        }
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < nodes.size(); k++) {
            index.put(nodes.get(k).actor().id(), k);
        }
        for (Relation r : relations) {
            Integer from = index.get(r.fromId());
            Integer to = index.get(r.toId());
            if (from == null || to == null) {
                continue;
            }
            int[] edge = {from, to};
            double dx = wanted[edge[1]][0] - wanted[edge[0]][0];
            double dy = wanted[edge[1]][1] - wanted[edge[0]][1];
            if (dx != 0 || dy != 0) {
                items.get(edge[0]).edgeDirections.add(Math.atan2(dy, dx));
                items.get(edge[1]).edgeDirections.add(Math.atan2(-dy, -dx));
            }
        }
        LabelPlacement.place(items, w, h, em);
        for (int i = 0; i < nodes.size(); i++) {
            ActorNode node = nodes.get(i);
            LabelPlacement.Item item = items.get(i);
            drawn[i] = item.fit != LabelPlacement.Fit.DROPPED;
            if (!drawn[i]) {
                continue;
            }
            node.setLayoutX(Math.round(item.x));
            node.setLayoutY(Math.round(item.y));
            node.placeLabel(item.side, node.reach() + pad, item.fit == LabelPlacement.Fit.SHORT);
            node.setCrowded(item.fit == LabelPlacement.Fit.HIDDEN);
        }
        return drawn;
    }
}
