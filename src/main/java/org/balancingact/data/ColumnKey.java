package org.balancingact.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column of an imported table can mean, and the header names that are recognised as meaning it
 * (case, spaces and underscores ignored). The first eight are the keys of {@code --columns}; quote,
 * source and importance are the columns of the README's own template.
 */
public enum ColumnKey {
    DATE("date", "date", "event date", "start", "start date", "started at", "when"),
    END("end", "end", "end date", "finished at"),
    TITLE("title", "title", "headline", "event", "name"),
    SUMMARY("summary", "description", "brief description", "notes", "text", "summary"),
    THEMES("themes", "event group", "group", "type", "country", "themes", "theme"),
    ACTORS("actors", "actors", "actor"),
    LINK("link", "link", "url", "source url"),
    ID("id", "id", "unique id"),
    QUOTE("quote", "quote"),
    SOURCE("source", "source"),
    IMPORTANCE("importance", "importance");

    private final String key;
    private final List<String> recognised;

    ColumnKey(String key, String... recognised) {
        this.key = key;
        this.recognised = List.of(recognised);
    }

    /** The name used on the command line ({@code --columns title=...}) and in remembered mappings. */
    public String key() {
        return key;
    }

    /** The header names (normalised) read as this key without being told. */
    public List<String> recognisedNames() {
        return recognised;
    }

    public static Optional<ColumnKey> byKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        for (ColumnKey k : values()) {
            if (k.key.equals(wanted)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The key a header names by itself, if any. */
    public static Optional<ColumnKey> recognise(String header) {
        String name = normalise(header);
        for (ColumnKey k : values()) {
            if (k.recognised.contains(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** " Brief_Description " → "brief description": how headers are compared. */
    public static String normalise(String header) {
        StringBuilder out = new StringBuilder(header.length());
        boolean space = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '_' || Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
