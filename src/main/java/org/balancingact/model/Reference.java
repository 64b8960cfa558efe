package org.balancingact.model;

import java.util.Objects;

/** A public-record source named in a dateNote: where a refined date comes from. */
public record Reference(String title, String url, String date) {
    public Reference {
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url;
        date = date == null ? "" : date;
    }
}
