package org.balancingact.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The projector theme must be readable from the back of a room: every text colour it defines reaches
 * a WCAG 2 contrast ratio of at least 7:1 (level AAA) against every background it defines in the same
 * rule. The ratios are computed from the stylesheet itself, so changing a colour re-checks it.
 */
class ProjectorContrastTest {
    static final double AAA = 7.0;
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern TOKEN = Pattern.compile("(-[\\w-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

    /** A text or line token: names with "text", "fg", "selected", "related" or an edge family. */
    private static boolean isForeground(String name) {
        return name.matches(".*(text|fg|selected|related|cursor|cooperation|hostility|governance|diplomacy|support|event-fill|node-stroke).*");
    }

    private static boolean isBackground(String name) {
        return name.matches(".*(bg|lane|node-fill).*");
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theFormulaMatchesWcagReferenceValues() {
        assertTrue(Math.abs(contrast("#000000", "#ffffff") - 21.0) < 0.01);
        assertTrue(Math.abs(contrast("#777777", "#ffffff") - 4.48) < 0.01);
    }

    @Test
    void everyProjectorTextColourReachesSevenToOne() throws IOException {
        String css;
        try (InputStream in = Theme.class.getResourceAsStream("themes/projector.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        List<String> failures = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            Map<String, String> tokens = new LinkedHashMap<>();
            Matcher token = TOKEN.matcher(rule.group(2));
            while (token.find()) {
                tokens.put(token.group(1), token.group(2));
            }
            for (Map.Entry<String, String> fg : tokens.entrySet()) {
                for (Map.Entry<String, String> bg : tokens.entrySet()) {
                    if (isForeground(fg.getKey()) && isBackground(bg.getKey())) {
                        double ratio = contrast(fg.getValue(), bg.getValue());
                        String line = String.format("%s %s on %s = %.2f:1", rule.group(1).trim(), fg.getKey(), bg.getKey(), ratio);
                        checked.add(line);
                        if (ratio < AAA) {
                            failures.add(line);
                        }
                    }
                }
            }
        }
        System.out.println("Projector theme contrast ratios:\n  " + String.join("\n  ", checked));
        assertFalse(checked.isEmpty(), "the projector theme defines text and background colours");
        assertTrue(failures.isEmpty(), "below 7:1: " + failures);
    }
}
