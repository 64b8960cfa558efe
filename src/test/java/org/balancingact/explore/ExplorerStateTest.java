package org.balancingact.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.balancingact.testing.SampleTimeline;
import org.junit.jupiter.api.Test;

class ExplorerStateTest {
    private final ExplorerState state = new ExplorerState();

    ExplorerStateTest() {
        state.setTimeline(SampleTimeline.create());
    }

    @Test
    void selectingRecomputesHighlights() {
        state.select(Selection.event("invasion"));
        assertEquals(Emphasis.SELECTED, state.getHighlights().ofEvent("invasion"));
        state.clearSelection();
        assertFalse(state.getHighlights().isActive());
    }

    @Test
    void backAndForwardWalkThroughSelections() {
        state.select(Selection.event("invasion"));
        state.select(Selection.actor("ru"));
        state.select(Selection.quote("q2"));
        assertTrue(state.canGoBackProperty().get());
        state.back();
        assertEquals(Selection.actor("ru"), state.getSelection());
        state.back();
        assertEquals(Selection.event("invasion"), state.getSelection());
        assertFalse(state.canGoBackProperty().get());
        state.forward();
        assertEquals(Selection.actor("ru"), state.getSelection());
        state.select(Selection.event("talk"));
        assertFalse(state.canGoForwardProperty().get(), "a new selection clears the forward stack");
    }

    @Test
    void reloadingKeepsASelectionWhoseIdStillExists() {
        state.select(Selection.actor("ru"));
        state.setTimeline(SampleTimeline.create());
        assertEquals(Selection.actor("ru"), state.getSelection());
    }

    @Test
    void loadingATimelineWithoutTheSelectedIdClearsTheSelection() {
        state.select(Selection.actor("ru"));
        state.setTimeline(org.balancingact.model.Timeline.empty());
        assertEquals(Selection.NONE, state.getSelection());
    }
}
