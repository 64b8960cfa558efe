package org.balancingact.ui.audit;

/**
 * One thing the layout audit found wrong, named so a reader can find it in the window: what kind of
 * problem, which node (class, id, style classes, text, bounds in the scene, the nearest ancestor with
 * an id) and what exactly is wrong with it.
 */
public record Finding(Kind kind, String node, String detail) {

    /** What is wrong; each kind is one rule of the audit. */
    public enum Kind {
        /** A visible {@code Labeled} whose skin shows less than its text: an ellipsis, or clipped. */
        CUT_TEXT("cut text"),
        /** A visible control that reaches beyond the scene (a clip or scroll viewport does not hide the part outside). */
        OUTSIDE_SCENE("outside the scene"),
        /** A tool bar that had to put some of its items into its "»" overflow menu. */
        TOOLBAR_OVERFLOW("tool bar overflows"),
        /** The selected or step event is not drawn on the timeline's canvas as an item with its whole title. */
        EVENT_NOT_DRAWN_WHOLE("event not drawn whole");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    @Override
    public String toString() {
        return kind + ": " + node + " — " + detail;
    }
}
