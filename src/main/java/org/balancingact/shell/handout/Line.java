package org.balancingact.shell.handout;

import com.lowagie.text.pdf.BaseFont;
import java.util.List;

/**
 * One line of set text: its height (the leading), the runs of text on it, and whether a rule is drawn
 * along its foot (a line to write an answer on). Lines are what pages and columns are filled with, so
 * a page break only ever falls between two lines.
 *
 * A shaded line has a light grey ground (every other row of a long table, to guide the eye across).
 *
 * @param section what part of the handout the line belongs to ("chronology", "worksheet", ...), kept
 *                with every text drawn so that checks can find it
 */
public record Line(String section, float height, List<Run> runs, boolean ruled, boolean shaded) {
    public Line {
        runs = List.copyOf(runs);
    }

    /** A run of text at {@code dx} from the line's start, in a font, a size (points) and a grey (0 black, 1 white). */
    public record Run(String text, BaseFont font, float size, float dx, float gray) {
        public float width() {
            return font.getWidthPoint(text, size);
        }
    }

    public static Line of(String section, float height, Run... runs) {
        return new Line(section, height, List.of(runs), false, false);
    }

    /** The same line on a light grey ground. */
    public Line onGrey() {
        return new Line(section, height, runs, ruled, true);
    }

    /** An empty line with a rule to write on. */
    public static Line rule(String section, float height) {
        return new Line(section, height, List.of(), true, false);
    }

    /**
     * Where text of {@code size} sits in a line of {@code height}: its baseline, measured down from the
     * line's top. The x-height is centred, which keeps capitals and descenders inside the leading.
     */
    static float baseline(float height, float size) {
        return height / 2 + 0.3f * size;
    }
}
