package org.balancingact.data;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.balancingact.model.Timeline;

/** What the importers share: ids made from names, and the ids a built timeline declares (for the checks). */
final class Imported {
    private Imported() {
    }

    /** "Ada Lovelace" → "ada-lovelace"; ids keep to letters, digits and '-' so they work in every view's ids. */
    static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    static String baseName(String fileName) {
        String name = java.nio.file.Path.of(fileName).getFileName() == null ? fileName
                : java.nio.file.Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static Map<String, Set<String>> declaredIds(Timeline t) {
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        ids.put("themes", idsOf(t.themes(), org.balancingact.model.Theme::id));
        ids.put("sources", idsOf(t.sources(), org.balancingact.model.Source::id));
        ids.put("actors", idsOf(t.actors(), org.balancingact.model.Actor::id));
        ids.put("relations", idsOf(t.relations(), org.balancingact.model.Relation::id));
        ids.put("events", idsOf(t.events(), org.balancingact.model.Event::id));
        ids.put("quotes", idsOf(t.quotes(), org.balancingact.model.Quote::id));
        ids.put("tours", idsOf(t.tours(), org.balancingact.model.Tour::id));
        return ids;
    }

    private static <T> Set<String> idsOf(List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }
}
