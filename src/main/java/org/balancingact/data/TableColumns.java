package org.balancingact.data;

import java.util.ArrayList;
import java.util.List;

/**
 * A column mapping applied to one header row: for each key, the indices of its columns in the order they
 * are tried, and which columns no key takes (they become an event's "more fields").
 */
final class TableColumns {
    private static final int[] NONE = new int[0];

    final List<String> headers;
    private final int[][] byKey = new int[ColumnKey.values().length][];
    private final boolean[] mapped;
    /** Column names the mapping gives that the header does not have, as "key=name". */
    final List<String> unknown = new ArrayList<>();

    TableColumns(List<String> headers, ColumnMapping mapping) {
        this.headers = List.copyOf(headers);
        this.mapped = new boolean[headers.size()];
        List<String> normalised = new ArrayList<>(headers.size());
        for (String header : headers) {
            normalised.add(ColumnKey.normalise(header));
        }
        for (ColumnKey key : ColumnKey.values()) {
            List<Integer> found = new ArrayList<>();
            for (String name : mapping.columnsFor(key)) {
                int index = normalised.indexOf(ColumnKey.normalise(name));
                if (index < 0) {
                    unknown.add(key.key() + "=" + name);
                } else if (!found.contains(index)) {
                    found.add(index);
                    mapped[index] = true;
                }
            }
            byKey[key.ordinal()] = found.isEmpty() ? NONE : found.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    int[] of(ColumnKey key) {
        return byKey[key.ordinal()];
    }

    boolean has(ColumnKey key) {
        return byKey[key.ordinal()].length > 0;
    }

    boolean isMapped(int column) {
        return column < mapped.length && mapped[column];
    }

    /** The header of column {@code index}; a column beyond the header is named by its number. */
    String name(int index) {
        return index < headers.size() && !headers.get(index).isBlank() ? headers.get(index) : "#" + (index + 1);
    }

    /** The first non-empty cell of {@code key}'s columns (trimmed), or "". */
    String first(CsvRows.Row row, ColumnKey key) {
        int index = firstIndex(row, key);
        return index < 0 ? "" : row.cell(index).strip();
    }

    /** The column {@link #first} took its value from, or -1. */
    int firstIndex(CsvRows.Row row, ColumnKey key) {
        for (int index : byKey[key.ordinal()]) {
            if (!row.cell(index).isBlank()) {
                return index;
            }
        }
        return -1;
    }
}
