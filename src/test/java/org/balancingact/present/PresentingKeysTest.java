package org.balancingact.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.balancingact.present.PresentingKeys.Command;
import org.junit.jupiter.api.Test;

/** The keys a teacher and a presentation clicker press while presenting. */
class PresentingKeysTest {
    @Test
    void clickerAndKeyboardKeysMoveOn() {
        for (KeyCode key : new KeyCode[] {KeyCode.RIGHT, KeyCode.SPACE, KeyCode.PAGE_DOWN, KeyCode.DOWN}) {
            assertEquals(Optional.of(Command.NEXT), PresentingKeys.of(key, false), key + " moves to the next step");
        }
    }

    @Test
    void clickerAndKeyboardKeysGoBack() {
        for (KeyCode key : new KeyCode[] {KeyCode.LEFT, KeyCode.PAGE_UP, KeyCode.UP, KeyCode.BACK_SPACE}) {
            assertEquals(Optional.of(Command.PREVIOUS), PresentingKeys.of(key, false), key + " goes back a step");
        }
    }

    @Test
    void homeAndEndJumpToTheFirstAndTheLastStep() {
        assertEquals(Optional.of(Command.FIRST), PresentingKeys.of(KeyCode.HOME, false));
        assertEquals(Optional.of(Command.LAST), PresentingKeys.of(KeyCode.END, false));
    }

    @Test
    void escapeBacksOutF5TogglesSSwapsAndNShowsTheNote() {
        assertEquals(Optional.of(Command.BACK_OUT), PresentingKeys.of(KeyCode.ESCAPE, false));
        assertEquals(Optional.of(Command.TOGGLE_PRESENTING), PresentingKeys.of(KeyCode.F5, false));
        assertEquals(Optional.of(Command.SWAP_SCREENS), PresentingKeys.of(KeyCode.S, false));
        assertEquals(Optional.of(Command.TOGGLE_NOTE), PresentingKeys.of(KeyCode.N, false));
    }

    @Test
    void keysWithModifiersAreLeftToTheWindowExceptF5() {
        assertTrue(PresentingKeys.of(KeyCode.LEFT, true).isEmpty(), "Alt+Left walks the history, not the tour");
        assertTrue(PresentingKeys.of(KeyCode.S, true).isEmpty(), "Ctrl+S is not a swap");
        assertEquals(Optional.of(Command.TOGGLE_PRESENTING), PresentingKeys.of(KeyCode.F5, true));
        assertTrue(PresentingKeys.of(KeyCode.A, false).isEmpty());
    }
}
