package org.balancingact.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Damages a real JSON file the way people and tools do — delete, duplicate, retype, swap a value, or cut the
 * file short — by splicing its text at the value spans {@link JsonSpans} found, so the rest stays as it was.
 */
final class FileMutations {
    /** Values a field may wrongly hold: every JSON type, out-of-range numbers, impossible dates, markup. */
    static final String[] VALUES = {"0", "-1", "1.5", "1e999", "true", "null", "\"\"", "\"x\"", "[]", "{}",
        "\"2022-02-30\"", "\"2022-13\"", "\"../..\"", "\"\\u0000\"", "99999999999999999999", "[1,[2,{}]]", "{\"id\":\"x\"}",
        "\"-13800000000\"", "\"<script>x</script>\""};

    enum Kind { DELETE, DUPLICATE, RETYPE, SWAP, TRUNCATE }

    /** One change: its kind, the span it changes, and a free number (which value, which other span, where to cut). */
    record Mutation(Kind kind, int target, int extra) {
    }

    private FileMutations() {
    }

    /** One to three mutations of a file with {@code spans} spans, each part drawn uniformly. */
    static List<Mutation> random(Random random, int spans) {
        int count = 1 + random.nextInt(3);
        List<Mutation> mutations = new ArrayList<>(count);
        Kind[] kinds = Kind.values();
        for (int i = 0; i < count; i++) {
            mutations.add(new Mutation(kinds[random.nextInt(kinds.length)], random.nextInt(spans),
                    random.nextInt(Integer.MAX_VALUE)));
        }
        return mutations;
    }

    /** Applies the mutations from the end of the text backwards, so earlier offsets stay valid. */
    static String mutate(String text, List<JsonSpans.Span> spans, List<Mutation> mutations) {
        StringBuilder out = new StringBuilder(text);
        int limit = text.length();
        Integer truncateAt = null;
        List<Mutation> ordered = mutations.stream()
                .sorted(Comparator.comparingInt((Mutation m) -> spans.get(m.target()).from()).reversed()).toList();
        for (Mutation m : ordered) {
            JsonSpans.Span span = spans.get(m.target());
            if (span.to() > limit) {
                continue; // overlaps a mutation already applied
            }
            switch (m.kind()) {
                case DELETE -> delete(out, span);
                case DUPLICATE -> out.insert(span.to(), "," + text.substring(span.from(), span.to()));
                case RETYPE -> out.replace(span.valueFrom(), span.to(), VALUES[m.extra() % VALUES.length]);
                case SWAP -> {
                    JsonSpans.Span other = spans.get(m.extra() % spans.size());
                    String value = text.substring(other.valueFrom(), other.to());
                    out.replace(span.valueFrom(), span.to(), value);
                }
                case TRUNCATE -> truncateAt = truncateAt == null ? m.extra() % (text.length() + 1) : truncateAt;
            }
            limit = span.from();
        }
        if (truncateAt != null && truncateAt < out.length()) {
            out.setLength(truncateAt);
        }
        return out.toString();
    }

    /** Removes a value (with its field name) and one comma next to it, so the rest stays JSON. */
    private static void delete(StringBuilder out, JsonSpans.Span span) {
        int end = span.to();
        while (end < out.length() && Character.isWhitespace(out.charAt(end))) {
            end++;
        }
        if (end < out.length() && out.charAt(end) == ',') {
            out.delete(span.from(), end + 1);
            return;
        }
        int start = span.from();
        while (start > 0 && Character.isWhitespace(out.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && out.charAt(start - 1) == ',') {
            start--;
        }
        out.delete(start, span.to());
    }
}
