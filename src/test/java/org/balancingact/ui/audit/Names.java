package org.balancingact.ui.audit;

import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

/** How a finding names a node, so a reader can find it: class, id, style classes, text, where it is. */
final class Names {
    private static final int LONGEST_TEXT = 60;

    private Names() {
    }

    /** {@code Button#tour-next.button "Next ▶" (812,730 96×28) in #tour-panel}. */
    static String of(Node node) {
        StringBuilder name = new StringBuilder(brief(node));
        Bounds b = node.localToScene(node.getLayoutBounds());
        name.append(String.format(Locale.ROOT, " (%.0f,%.0f %.0f×%.0f)", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null && !up.getId().isBlank()) {
                name.append(" in #").append(up.getId());
                break;
            }
        }
        return name.toString();
    }

    /** Class, id, style classes and text, without the bounds. */
    static String brief(Node node) {
        StringBuilder name = new StringBuilder(className(node));
        if (node.getId() != null && !node.getId().isBlank()) {
            name.append('#').append(node.getId());
        }
        for (String styleClass : node.getStyleClass()) {
            name.append('.').append(styleClass);
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            name.append(" \"").append(clip(labeled.getText())).append('"');
        }
        return name.toString();
    }

    /** A long text shortened for a one-line finding, line breaks shown as "⏎". */
    static String clip(String text) {
        String oneLine = text.replace("\n", "⏎");
        return oneLine.length() > LONGEST_TEXT ? oneLine.substring(0, LONGEST_TEXT) + "[…]" : oneLine;
    }

    /**
     * {@code shows "Next..." of "Next ▶"}; with long texts, from a little before where they part, so the
     * cut can be seen: {@code shows "[…]resumes bal..." of "[…]resumes balancing act"}.
     */
    static String shownOf(String shown, String full) {
        int common = 0;
        while (common < shown.length() && common < full.length() && shown.charAt(common) == full.charAt(common)) {
            common++;
        }
        int from = common > LONGEST_TEXT - 20 ? common - 20 : 0;
        String lead = from > 0 ? "[…]" : "";
        return "shows \"" + lead + clip(shown.substring(from)) + "\" of \"" + lead + clip(full.substring(from)) + "\"";
    }

    private static String className(Node node) {
        Class<?> type = node.getClass();
        while (type.getSimpleName().isEmpty()) {
            type = type.getSuperclass(); // anonymous classes say what they extend
        }
        return type.getSimpleName();
    }
}
