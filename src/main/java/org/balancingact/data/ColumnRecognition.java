package org.balancingact.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the header row says by itself: the mapping its recognised names give, and whether that is sure.
 * It is sure when exactly one date column and exactly one title column are recognised; otherwise the
 * app asks (a dialog), and the command line says what is missing or doubtful.
 *
 * @param mapping the recognised mapping (for a doubtful date or title, the first candidate)
 * @param missing date and/or title when no column names them
 * @param doubtful date and/or title when several columns name them
 */
public record ColumnRecognition(ColumnMapping mapping, List<ColumnKey> missing, List<ColumnKey> doubtful) {
    public ColumnRecognition {
        missing = List.copyOf(missing);
        doubtful = List.copyOf(doubtful);
    }

    public boolean sure() {
        return missing.isEmpty() && doubtful.isEmpty();
    }

    public static ColumnRecognition of(List<String> headers) {
        Map<ColumnKey, List<String>> found = new EnumMap<>(ColumnKey.class);
        boolean hasQuote = headers.stream().anyMatch(h -> ColumnKey.recognise(h).orElse(null) == ColumnKey.QUOTE);
        for (String header : headers) {
            Optional<ColumnKey> key = ColumnKey.recognise(header);
            // "source" is the template's source of a quote; elsewhere (an alert log's "source") it is just a column
            if (key.isPresent() && (key.get() != ColumnKey.SOURCE || hasQuote)) {
                found.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(header.trim());
            }
        }
        List<ColumnKey> missing = new ArrayList<>();
        List<ColumnKey> doubtful = new ArrayList<>();
        for (ColumnKey required : List.of(ColumnKey.DATE, ColumnKey.TITLE)) {
            List<String> candidates = found.get(required);
            if (candidates == null) {
                missing.add(required);
            } else if (candidates.size() > 1) {
                doubtful.add(required);
                found.put(required, List.of(candidates.get(0)));
            }
        }
        return new ColumnRecognition(new ColumnMapping(found), missing, doubtful);
    }
}
