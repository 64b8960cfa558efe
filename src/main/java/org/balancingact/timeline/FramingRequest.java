package org.balancingact.timeline;

import java.util.List;

/**
 * What a {@link TimelineView} asks its skin to frame at the next layout, when the skin knows its real
 * size: events to show readable (none: the opening view, the most titles of all). {@code keepFirst}: the
 * first is never clustered (a tour's step); {@code animate}: glide there.
 */
record FramingRequest(List<String> eventIds, boolean keepFirst, boolean animate) {
    static final FramingRequest OPENING = new FramingRequest(List.of(), false, false);

    boolean isOpening() {
        return eventIds.isEmpty();
    }
}
