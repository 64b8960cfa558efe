package org.balancingact.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A source with its full text. Quotes are substrings of {@link #text()}, so the quote panel can show
 * them in context and a test can prove every quote is verbatim.
 */
public record Source(String id, String kind, String title, String author, String publisher,
                     HistoricalDate published, String url, String text) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        kind = kind == null ? "other" : kind;
        author = author == null ? "" : author;
        publisher = publisher == null ? "" : publisher;
        url = url == null ? "" : url;
    }

    public Optional<HistoricalDate> publishedDate() {
        return Optional.ofNullable(published);
    }
}
