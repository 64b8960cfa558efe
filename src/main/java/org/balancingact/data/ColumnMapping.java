package org.balancingact.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.balancingact.i18n.Messages;

/**
 * Which columns of a table give which part of an event: {@code date=started_at,end=finished_at,
 * title=hromada|raion|oblast}. A key may name several columns; in each row the first non-empty one
 * wins (and what the others hold is kept as "more fields"). Column names are compared with
 * {@link ColumnKey#normalise}, so case and spacing do not matter.
 */
public record ColumnMapping(Map<ColumnKey, List<String>> columns) {
    public static final ColumnMapping EMPTY = new ColumnMapping(Map.of());

    public ColumnMapping {
        EnumMap<ColumnKey, List<String>> copy = new EnumMap<>(ColumnKey.class);
        columns.forEach((key, names) -> {
            if (names != null && !names.isEmpty()) {
                copy.put(key, List.copyOf(names));
            }
        });
        columns = Collections.unmodifiableMap(copy);
    }

    /** The columns of a key, in the order they are tried; empty when the key is not mapped. */
    public List<String> columnsFor(ColumnKey key) {
        return columns.getOrDefault(key, List.of());
    }

    public boolean has(ColumnKey key) {
        return columns.containsKey(key);
    }

    public ColumnMapping with(ColumnKey key, List<String> names) {
        EnumMap<ColumnKey, List<String>> copy = new EnumMap<>(ColumnKey.class);
        copy.putAll(columns);
        copy.put(key, names);
        return new ColumnMapping(copy);
    }

    /** This mapping with every key {@code given} names replaced by the given columns. */
    public ColumnMapping overriddenBy(ColumnMapping given) {
        EnumMap<ColumnKey, List<String>> copy = new EnumMap<>(ColumnKey.class);
        copy.putAll(columns);
        copy.putAll(given.columns);
        return new ColumnMapping(copy);
    }

    /**
     * Reads the {@code --columns} syntax: {@code key=column[|column...]}, comma-separated.
     *
     * @throws IllegalArgumentException with a message for the user when a key is unknown, given twice,
     *                                  or names no column
     */
    public static ColumnMapping parse(String spec) {
        EnumMap<ColumnKey, List<String>> columns = new EnumMap<>(ColumnKey.class);
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String keyName = eq < 0 ? part.trim() : part.substring(0, eq).trim();
            ColumnKey key = ColumnKey.byKey(keyName).orElseThrow(() -> new IllegalArgumentException(
                    Messages.get("data.columns.unknownKey", keyName, keyList())));
            List<String> names = new ArrayList<>();
            if (eq >= 0) {
                for (String name : part.substring(eq + 1).split("\\|")) {
                    if (!name.isBlank()) {
                        names.add(name.trim());
                    }
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException(Messages.get("data.columns.noColumn", keyName));
            }
            if (columns.put(key, names) != null) {
                throw new IllegalArgumentException(Messages.get("data.columns.keyTwice", key.key()));
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("data.columns.empty"));
        }
        return new ColumnMapping(columns);
    }

    /** The keys {@code --columns} takes, for messages. */
    public static String keyList() {
        StringJoiner keys = new StringJoiner(", ");
        for (ColumnKey key : ColumnKey.values()) {
            keys.add(key.key());
        }
        return keys.toString();
    }

    /** The {@code --columns} form of this mapping, keys in a fixed order: what {@link #parse} reads back. */
    public String format() {
        StringJoiner out = new StringJoiner(",");
        columns.forEach((key, names) -> out.add(key.key() + "=" + String.join("|", names)));
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
