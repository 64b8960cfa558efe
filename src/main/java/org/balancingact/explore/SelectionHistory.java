package org.balancingact.explore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Back and forward through selections, like a browser: a new selection clears the forward stack. */
final class SelectionHistory {
    private static final int LIMIT = 200;
    private final Deque<Selection> back = new ArrayDeque<>();
    private final Deque<Selection> forward = new ArrayDeque<>();

    void recordLeaving(Selection previous) {
        if (previous instanceof Selection.None) {
            return;
        }
        back.push(previous);
        if (back.size() > LIMIT) {
            back.removeLast();
        }
        forward.clear();
    }

    Optional<Selection> back(Selection current) {
        if (back.isEmpty()) {
            return Optional.empty();
        }
        forward.push(current);
        return Optional.of(back.pop());
    }

    Optional<Selection> forward(Selection current) {
        if (forward.isEmpty()) {
            return Optional.empty();
        }
        back.push(current);
        return Optional.of(forward.pop());
    }

    boolean canGoBack() {
        return !back.isEmpty();
    }

    boolean canGoForward() {
        return !forward.isEmpty();
    }

    void clear() {
        back.clear();
        forward.clear();
    }
}
