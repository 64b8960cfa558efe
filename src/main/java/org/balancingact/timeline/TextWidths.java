package org.balancingact.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Widths of label texts, as the sum of their characters' advances. JavaFX lays out simple scripts
 * (Latin, Greek, Cyrillic) glyph by glyph without kerning, so that sum is exactly the width a
 * {@link Text} reports; measuring each character once per font makes a label's width a table
 * look-up per character instead of a text layout per label (zooming in lays out dozens of new
 * labels a frame). Any other character (complex scripts, surrogate pairs) falls back to a real layout.
 */
final class TextWidths {
    /** Characters below this are simple-script (up to the end of Cyrillic Supplement). */
    private static final int SIMPLE_LIMIT = 0x0530;

    private final Text measure = new Text();
    private final Map<Font, double[]> advances = new HashMap<>();
    private Font lastFont;
    private double[] lastAdvances;

    double width(String text, Font font) {
        double[] table = tableOf(font);
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= SIMPLE_LIMIT && c != '…') {
                return layoutWidth(text, font);
            }
            int slot = c == '…' ? SIMPLE_LIMIT : c;
            double advance = table[slot];
            if (advance < 0) {
                advance = layoutWidth(String.valueOf(c), font);
                table[slot] = advance;
            }
            sum += advance;
        }
        return sum;
    }

    private double[] tableOf(Font font) {
        if (font != lastFont) {
            lastAdvances = advances.computeIfAbsent(font, f -> {
                double[] table = new double[SIMPLE_LIMIT + 1];
                java.util.Arrays.fill(table, -1);
                prefill(table, f);
                return table;
            });
            lastFont = font;
        }
        return lastAdvances;
    }

    /** Printable ASCII and the Cyrillic letters: what labels are mostly made of. */
    private static final String COMMON = common();

    private static String common() {
        StringBuilder chars = new StringBuilder();
        for (char c = 0x20; c < 0x7F; c++) {
            chars.append(c);
        }
        for (char c = 0x0400; c < 0x0460; c++) {
            chars.append(c);
        }
        return chars.append('…').toString();
    }

    /**
     * Fills the common characters' advances from one layout of all of them (the caret stops are the
     * running sums), instead of a layout per character as a zoom first meets them.
     */
    private void prefill(double[] table, Font font) {
        measure.setFont(font);
        measure.setText(COMMON);
        double previous = caretX(0);
        for (int i = 0; i < COMMON.length(); i++) {
            double next = caretX(i + 1);
            char c = COMMON.charAt(i);
            if (next - previous >= 0) { // NaN (no caret stop) leaves the character to be measured alone
                table[c == '…' ? SIMPLE_LIMIT : c] = next - previous;
            }
            previous = next;
        }
    }

    private double caretX(int index) {
        measure.setCaretPosition(index);
        return measure.getCaretShape()[0] instanceof MoveTo move ? move.getX() : Double.NaN;
    }

    /** The width a text node gives the whole text. */
    double layoutWidth(String text, Font font) {
        measure.setFont(font);
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
