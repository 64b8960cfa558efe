package org.balancingact.present;

import org.balancingact.model.Timeline;

/** The sample timeline with a two-step tour whose first step has a note and a question, for UI tests elsewhere. */
public final class StageTextFixture {
    private StageTextFixture() {
    }

    public static Timeline withTour() {
        return StageTextTest.withTour();
    }
}
