package org.balancingact.shell;

import javafx.scene.control.SplitPane;

/**
 * How the main window's height is shared between the timeline (above) and the network with the quotes
 * (below). A tall window gives the timeline more (58 %): the rows it needs to show thirty titles at
 * once at 1920×1080. A short one gives the network the room it had before the toolbar moved into the
 * menu bar's row (740×322 at 1280×720, where its names are placed without hiding any; the timeline gets
 * the rows that move saved). Once the user drags the divider, their choice stays.
 */
final class ViewShares {
    /** Below this much room for the views, {@link #SHORT_SHARE}; above {@link #TALL}, {@link #TIMELINE_FIRST}. */
    static final double SHORT = 640;
    static final double TALL = 760;
    static final double SHORT_SHARE = 0.476;
    static final double TIMELINE_FIRST = 0.58;

    private final SplitPane split;
    private boolean userMoved;
    private boolean setting;

    ViewShares(SplitPane split) {
        this.split = split;
        split.heightProperty().addListener((obs, was, now) -> follow());
        split.getDividers().get(0).positionProperty().addListener((obs, was, now) -> {
            if (!setting && split.getHeight() > 0 && Math.abs(now.doubleValue() - share(split.getHeight())) > 0.01) {
                userMoved = true;
            }
        });
        set(TIMELINE_FIRST);
    }

    /** The timeline's share of {@code height} pixels. */
    static double share(double height) {
        if (height <= SHORT) {
            return SHORT_SHARE;
        }
        if (height >= TALL) {
            return TIMELINE_FIRST;
        }
        return SHORT_SHARE + (TIMELINE_FIRST - SHORT_SHARE) * (height - SHORT) / (TALL - SHORT);
    }

    private void follow() {
        if (!userMoved && split.getHeight() > 0) {
            set(share(split.getHeight()));
        }
    }

    private void set(double share) {
        setting = true;
        try {
            split.setDividerPositions(share);
        } finally {
            setting = false;
        }
    }
}
