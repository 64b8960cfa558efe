package org.balancingact.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.balancingact.i18n.Messages;

/**
 * Warns where a translated field lacks one of the interface languages: a field given as an object of
 * language → text that has, say, Russian and Ukrainian but no Belarusian. The file still opens (the app
 * shows English there and marks it); a plain string is the same in every language and is never warned
 * about, so files written in one language stay quiet.
 */
final class TranslationCheck {
    /** The translatable fields of each kind of item, as the schema names them. */
    private static final String[][] FIELDS = {
        {"events", "title", "summary", "dateNote"},
        {"relations", "summary", "dateNote"},
        {"themes", "label", "description"},
        {"actors", "role"},
        {"tours", "title", "description"},
    };

    private TranslationCheck() {
    }

    static List<Problem> check(JsonNode root) {
        List<Problem> warnings = new ArrayList<>();
        fields(root, "", new String[] {"title", "description"}, warnings);
        for (String[] kind : FIELDS) {
            JsonNode items = root.path(kind[0]);
            String[] fields = java.util.Arrays.copyOfRange(kind, 1, kind.length);
            for (int i = 0; i < items.size(); i++) {
                fields(items.get(i), "/" + kind[0] + "/" + i, fields, warnings);
                if (kind[0].equals("tours")) {
                    JsonNode steps = items.get(i).path("steps");
                    for (int s = 0; s < steps.size(); s++) {
                        fields(steps.get(s), "/tours/" + i + "/steps/" + s, new String[] {"note", "question"}, warnings);
                    }
                }
            }
        }
        return warnings;
    }

    /**
     * Whether a streamed event has a translated field that lacks one of the interface languages, or gives
     * it blank: exactly what {@link #check} warns about.
     */
    static boolean lacksALanguage(org.balancingact.model.Event event) {
        for (java.util.Map<String, String> texts : event.translations().byField().values()) {
            for (Locale language : Messages.SUPPORTED) {
                String text = texts.get(language.getLanguage());
                if (text == null || text.isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void fields(JsonNode item, String pointer, String[] fields, List<Problem> warnings) {
        for (String field : fields) {
            JsonNode value = item.path(field);
            if (!value.isObject()) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (Locale language : Messages.SUPPORTED) {
                JsonNode text = value.path(language.getLanguage());
                if (!text.isTextual() || text.asText().isBlank()) {
                    missing.add(language.getLanguage());
                }
            }
            if (!missing.isEmpty()) {
                warnings.add(Problem.warningAt(pointer + "/" + field,
                        Messages.get("data.translation.missing", Pointers.describe(pointer + "/" + field), String.join(", ", missing)),
                        Messages.get("data.translation.missing.hint", missing.get(0))));
            }
        }
    }
}
