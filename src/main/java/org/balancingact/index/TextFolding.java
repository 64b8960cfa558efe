package org.balancingact.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Folds text to the form search compares: lower case, accents removed, Cyrillic spelled in Latin
 * letters. "Лукашенко", "Łukašenka" and "LUKASHENKO" then share most of their letters, and names the
 * dataset spells in Belarusian, Russian or Ukrainian are found by their Latin spelling.
 */
public final class TextFolding {
    /*
     * A simple, reversible-enough romanisation (close to the BGN/PCGN tables for Russian, Belarusian
     * and Ukrainian, without diacritics): search needs letters to meet, not a scholarly transliteration.
     */
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('ґ', "g"), Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"),
            Map.entry('є', "ye"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ў', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"),
            Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"),
            Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('’', ""), Map.entry('\'', ""));

    private TextFolding() {
    }

    /** The folded form of {@code text}: what an index stores and a query is turned into. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            String latin = CYRILLIC.get(c);
            if (latin != null) {
                out.append(latin);
            } else if (c == 'ł') {
                out.append('l'); // Polish/Belarusian Łacinka ł does not decompose into l + accent
            } else if (c == 'ß') {
                out.append("ss");
            } else {
                out.append(c);
            }
        }
        // "é" becomes "e" + a combining accent, which is then dropped
        return Normalizer.normalize(out, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
