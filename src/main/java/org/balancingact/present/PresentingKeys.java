package org.balancingact.present;

import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of presenting, on the stage and on the console alike. Presentation clickers send Page Down
 * and Page Up (some Right, Left or B); keyboards add Space, the arrows, Backspace, Home and End.
 */
public final class PresentingKeys {
    /** What a key asks for. */
    public enum Command {
        NEXT, PREVIOUS, FIRST, LAST,
        /** Esc: ends the tour; without one, leaves presenting. */
        BACK_OUT,
        /** F5: presenting on or off. */
        TOGGLE_PRESENTING,
        /** S: the stage and the console change screens. */
        SWAP_SCREENS,
        /** N: the teacher's note shown on the stage or not (one screen). */
        TOGGLE_NOTE,
        /** The stage's buttons only: start the dataset's first tour, end the tour, leave presenting. */
        START_TOUR, END_TOUR, LEAVE
    }

    private PresentingKeys() {
    }

    /** The command of a key press; empty for keys presenting leaves to others (Ctrl+plus, Alt+Left, ...). */
    public static Optional<Command> of(KeyEvent e) {
        return of(e.getCode(), e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || e.isControlDown());
    }

    static Optional<Command> of(KeyCode code, boolean modified) {
        if (code == KeyCode.F5) {
            return Optional.of(Command.TOGGLE_PRESENTING);
        }
        if (modified) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (code) {
            case RIGHT, SPACE, PAGE_DOWN, DOWN -> Command.NEXT;
            case LEFT, PAGE_UP, UP, BACK_SPACE -> Command.PREVIOUS;
            case HOME -> Command.FIRST;
            case END -> Command.LAST;
            case ESCAPE -> Command.BACK_OUT;
            case S -> Command.SWAP_SCREENS;
            case N -> Command.TOGGLE_NOTE;
            default -> null;
        });
    }
}
