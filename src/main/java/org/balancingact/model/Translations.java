package org.balancingact.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balancingact.i18n.Messages;

/**
 * The texts of an item's translatable fields in other languages: field name ("title", "summary",
 * "dateNote", "role", "label", "description", "note", "question") → language tag → text. A file gives a
 * field either as a plain string (no entry here: the same words in every language) or as an object of
 * language → text (an entry here with every language it gives, English included).
 *
 * <p>The language is resolved here, once, for every view: {@link #in(String, String)} answers in the
 * interface language ({@link Messages#locale()}), falling back to English, then to the item's own text.
 * Most files have no translations at all, so {@link #NONE} answers with the item's own text at the cost
 * of one comparison, and a million events share it.
 */
public final class Translations {
    /** No field translated: every field shows the item's own text. */
    public static final Translations NONE = new Translations(Map.of());
    static final String ENGLISH = "en";

    /** The translatable fields, named as in the file. */
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String DATE_NOTE = "dateNote";
    public static final String ROLE = "role";
    public static final String LABEL = "label";
    public static final String DESCRIPTION = "description";
    public static final String NOTE = "note";
    public static final String QUESTION = "question";

    private final Map<String, Map<String, String>> byField;

    private Translations(Map<String, Map<String, String>> byField) {
        this.byField = byField;
    }

    /** Translations of these fields; fields with no texts are left out. */
    public static Translations of(Map<String, Map<String, String>> byField) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        byField.forEach((field, texts) -> {
            if (texts != null && !texts.isEmpty()) {
                copy.put(field, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts)));
            }
        });
        return copy.isEmpty() ? NONE : new Translations(java.util.Collections.unmodifiableMap(copy));
    }

    /** The text a field shows in the interface language; {@code own} when the field is not translated. */
    public String in(String field, String own) {
        return this == NONE ? own : in(field, Messages.locale().getLanguage(), own);
    }

    /** The text of a field in a language, else English, else {@code own}. */
    public String in(String field, String language, String own) {
        Map<String, String> texts = byField.get(field);
        if (texts == null) {
            return own;
        }
        String text = texts.get(language);
        if (text == null) {
            text = texts.get(ENGLISH);
        }
        return text == null ? own : text;
    }

    /** Whether the file gives this field in that language (a plain string counts for none). */
    public boolean has(String field, String language) {
        Map<String, String> texts = byField.get(field);
        return texts != null && texts.containsKey(language);
    }

    /**
     * Whether the field shows another language's words in the interface language: it is translated,
     * but not into this one. A plain string never falls back; it is the same in every language.
     */
    public boolean fallsBack(String field) {
        Map<String, String> texts = byField.get(field);
        return texts != null && !texts.containsKey(Messages.locale().getLanguage());
    }

    /** The languages a field is given in; empty for a plain string. */
    public Set<String> languages(String field) {
        Map<String, String> texts = byField.get(field);
        return texts == null ? Set.of() : texts.keySet();
    }

    /** Every text of a field, in every language it is given in; {@code own} alone when not translated. */
    public Collection<String> all(String field, String own) {
        Map<String, String> texts = byField.get(field);
        return texts == null ? List.of(own) : texts.values();
    }

    /** The translated fields and their texts, for checks and exports. */
    public Map<String, Map<String, String>> byField() {
        return byField;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Translations t && t.byField.equals(byField);
    }

    @Override
    public int hashCode() {
        return byField.hashCode();
    }

    @Override
    public String toString() {
        return "Translations" + byField;
    }
}
