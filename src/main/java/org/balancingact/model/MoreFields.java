package org.balancingact.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An event's "more fields" as an imported table keeps them: the column names once for the whole table,
 * and per row only its values. A table of 100,000 rows with ten unmapped columns would otherwise hold a
 * million map entries (and make as many again while reading). Immutable, ordered by column, and equal to
 * any map with the same entries, like the map {@link Event} makes of any other {@code Map}.
 */
public final class MoreFields extends AbstractMap<String, String> {
    /** The column names of one table; each name at most once (a table with a repeated name uses a plain map). */
    public static final class Columns {
        private final String[] names;

        public Columns(java.util.List<String> names) {
            this.names = names.toArray(new String[0]);
        }

        public int size() {
            return names.length;
        }

        /**
         * One row's fields: {@code values[i]} for column {@code i}, null where the row has none. The array is
         * copied, so the caller may reuse it.
         */
        public Map<String, String> of(String[] values) {
            int size = 0;
            for (String value : values) {
                size += value == null ? 0 : 1;
            }
            return size == 0 ? Map.of() : new MoreFields(names, values.clone(), size);
        }
    }

    private final String[] names;
    private final String[] values;
    private final int size;

    private MoreFields(String[] names, String[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && names[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < values.length && values[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> entry = new SimpleImmutableEntry<>(names[next], values[next]);
                        next = advance(next + 1);
                        return entry;
                    }
                };
            }
        };
    }
}
