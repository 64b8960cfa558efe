package org.balancingact.data;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.balancingact.model.Timeline;

/** What the importers share: ids made from names, and the ids a built timeline declares (for the checks). */
final class Imported {
    private static final int MAX_SLUG = 48;

    private Imported() {
    }

    /**
     * "Ada Lovelace" → "ada-lovelace"; ids keep to ASCII letters, digits and '-' so they work in every
     * view's ids. A character loop, not regular expressions: it runs once per row of large tables.
     */
    static String slug(String text, String fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        String ascii = text;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                ascii = Normalizer.normalize(text, Normalizer.Form.NFD); // "é" → "e" + accent, which is dropped
                break;
            }
        }
        StringBuilder slug = new StringBuilder(Math.min(ascii.length(), MAX_SLUG));
        boolean dash = false;
        for (int i = 0; i < ascii.length() && slug.length() < MAX_SLUG; i++) {
            char c = ascii.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                dash = false;
                slug.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                dash = true;
            }
        }
        return slug.length() == 0 ? fallback : slug.toString();
    }

    /** Whether an id a file gives can be kept as written: what our own format allows. */
    static boolean isPlainId(String id) {
        if (id.isEmpty() || id.length() > 200) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || i > 0 && (c == '_' || c == '.' || c == '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Unique ids for labels (themes, actors, groups): the same label always gets the same id, two labels
     * whose slugs collide — or that have none, such as Cyrillic ones — get numbered ids.
     */
    static final class Ids {
        private final String fallback;
        private final Map<String, String> byLabel = new HashMap<>();
        private final Set<String> used;
        /** Per base, the first suffix not yet known to be taken. */
        private final Map<String, Integer> nextSuffix = new HashMap<>();

        Ids(String fallback) {
            this(fallback, 0);
        }

        /** @param expected about how many ids will be made: the set is sized once instead of rehashed as it grows */
        Ids(String fallback, int expected) {
            this.fallback = fallback;
            this.used = new HashSet<>(ConsistencyCheck.capacityFor(expected));
        }

        String of(String label) {
            String known = byLabel.get(label);
            if (known != null) {
                return known;
            }
            String id = unique(slug(label, fallback + "-" + (byLabel.size() + 1)));
            byLabel.put(label, id);
            return id;
        }

        /** {@code base}, or {@code base-2}, {@code base-3}… whichever is not taken yet; it is then taken. */
        String unique(String base) {
            if (used.add(base)) {
                return base;
            }
            // Start where the last search for this base stopped: the ids below it were taken then, and
            // nothing is ever released, so the answer is the same as counting from 2 — without the
            // quadratic walk when 100,000 rows share a few titles (issue 17, point 6).
            int n = nextSuffix.getOrDefault(base, 2);
            String id = base + "-" + n;
            while (!used.add(id)) {
                n++;
                id = base + "-" + n;
            }
            nextSuffix.put(base, n + 1);
            return id;
        }

        boolean isUsed(String id) {
            return used.contains(id);
        }
    }

    /**
     * About how many rows or slides a text of {@code length} chars holds at {@code charsPerItem} each, for
     * sizing what grows by one per item (id sets, date maps, lists); at most 2^20, so a wrong guess costs
     * little.
     */
    static int expectedItems(int length, int charsPerItem) {
        return Math.min(1 << 20, length / Math.max(16, charsPerItem));
    }

    static String baseName(String fileName) {
        String name = java.nio.file.Path.of(fileName).getFileName() == null ? fileName
                : java.nio.file.Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * Whether a built timeline has an item of a kind ("actors") with that id: its own id maps answer, so no
     * second set of every id is made for the checks.
     */
    static boolean declares(Timeline t, String kind, String id) {
        return switch (kind) {
            case "themes" -> t.theme(id).isPresent();
            case "sources" -> t.source(id).isPresent();
            case "actors" -> t.actor(id).isPresent();
            case "relations" -> t.relation(id).isPresent();
            case "events" -> t.event(id).isPresent();
            case "quotes" -> t.quote(id).isPresent();
            case "tours" -> t.tour(id).isPresent();
            default -> false;
        };
    }
}
