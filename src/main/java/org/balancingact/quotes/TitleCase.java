package org.balancingact.quotes;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Title case (MLA 9 §2.90, Chicago 17 §8.159) and sentence case (APA 7 §6.17) of a title. Both keep
 * the first word, the first word after a colon and words with inner capitals ("EU") as they are.
 */
final class TitleCase {
    /* Articles, prepositions (of any length: both MLA 9 and Chicago 17 lowercase them), coordinating conjunctions, "to" and "as". */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "and", "but", "for", "nor", "or", "so", "yet",
            "as", "at", "by", "from", "in", "into", "of", "off", "on", "onto", "over", "per", "to", "up", "upon",
            "via", "with", "within", "without", "about", "above", "across", "after", "against", "along", "among",
            "around", "before", "behind", "below", "beneath", "beside", "between", "beyond", "during", "except",
            "inside", "near", "outside", "since", "through", "toward", "towards", "under", "until", "versus");

    private TitleCase() {
    }

    static boolean isMinor(String word) {
        return MINOR.contains(word.toLowerCase());
    }

    /** "Distance Himself From Russia?" → "Distance Himself from Russia?". */
    static String title(String title) {
        String[] words = title.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean edge = i == 0 || i == words.length - 1 || words[i - 1].endsWith(":");
            String bare = letters(word);
            if (!edge && isMinor(bare) && !hasInnerCapital(word)) {
                word = word.toLowerCase();
            } else if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            out.append(i == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }

    /** "Is Lukashenko Trying to Distance" → "Is Lukashenko trying to distance", keeping the proper nouns given. */
    static String sentence(String title, Predicate<String> properNoun) {
        String[] words = title.split(" ");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean first = i == 0 || words[i - 1].endsWith(":") || words[i - 1].endsWith("?");
            String bare = letters(word);
            if (!first && !properNoun.test(bare) && !hasInnerCapital(word) && !bare.equals("I")) {
                word = word.toLowerCase();
            }
            out.append(i == 0 ? "" : " ").append(word);
        }
        return out.toString();
    }

    private static String letters(String word) {
        return word.replaceAll("^[^\\p{L}]+|[^\\p{L}'’]+$", "").replaceAll("['’]s$", "");
    }

    private static boolean hasInnerCapital(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
