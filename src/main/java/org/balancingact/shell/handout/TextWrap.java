package org.balancingact.shell.handout;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;

/** Text broken into lines that fit a width, measured in the font it will be drawn in. */
public final class TextWrap {
    private TextWrap() {
    }

    /**
     * Greedy line breaking at spaces (the text's own line breaks are kept); a word wider than the line
     * (a long URL) is broken where it must. Never returns an empty list.
     */
    public static List<String> wrap(String text, BaseFont font, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getWidthPoint(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (font.getWidthPoint(rest, size) > width && rest.length() > 1) {
                    int cut = fitting(rest, font, size, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text itself when it fits, else as much as fits followed by "…". */
    public static String fit(String text, BaseFont font, float size, float width) {
        if (font.getWidthPoint(text, size) <= width) {
            return text;
        }
        String ellipsis = "…";
        int cut = fitting(text, font, size, width - font.getWidthPoint(ellipsis, size));
        return text.substring(0, cut).stripTrailing() + ellipsis;
    }

    /** How many leading characters fit the width (at least one, so that breaking always advances). */
    private static int fitting(String text, BaseFont font, float size, float width) {
        int lo = 1;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (font.getWidthPoint(text.substring(0, mid), size) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo < text.length() && Character.isLowSurrogate(text.charAt(lo))) {
            lo = lo > 1 ? lo - 1 : lo + 1; // never split a surrogate pair
        }
        return lo;
    }
}
