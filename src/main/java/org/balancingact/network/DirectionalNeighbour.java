package org.balancingact.network;

import java.util.Map;
import java.util.Optional;

/**
 * Where an arrow key goes from the actor the keyboard is on: the nearest drawn actor in that
 * direction, within 60° either side of it. Distance off the axis counts double, so "right" prefers a
 * node straight to the right over a nearer one far up.
 */
final class DirectionalNeighbour {
    enum Direction { LEFT, RIGHT, UP, DOWN }

    private DirectionalNeighbour() {
    }

    static Optional<String> next(String from, Direction direction, Map<String, double[]> centres) {
        double[] origin = centres.get(from);
        if (origin == null) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (Map.Entry<String, double[]> entry : centres.entrySet()) {
            if (entry.getKey().equals(from)) {
                continue;
            }
            double dx = entry.getValue()[0] - origin[0];
            double dy = entry.getValue()[1] - origin[1];
            double along = switch (direction) {
                case LEFT -> -dx;
                case RIGHT -> dx;
                case UP -> -dy;
                case DOWN -> dy;
            };
            double across = Math.abs(direction == Direction.LEFT || direction == Direction.RIGHT ? dy : dx);
            if (along <= 0 || across > along * Math.tan(Math.toRadians(60))) {
                continue;
            }
            double score = along + 2 * across;
            if (score < bestScore || (score == bestScore && entry.getKey().compareTo(best) < 0)) {
                bestScore = score;
                best = entry.getKey();
            }
        }
        return Optional.ofNullable(best);
    }
}
