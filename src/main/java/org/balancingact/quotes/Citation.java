package org.balancingact.quotes;

import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Source;

/** Short attributions of a source for the quote cards: author, title, publisher, date. */
public final class Citation {
    private Citation() {
    }

    /** "Artyom Shraibman, “Won't Get Fooled Again …”, Carnegie Endowment for International Peace, May 2022". */
    public static String shortForm(Source source) {
        StringBuilder text = new StringBuilder();
        if (!source.author().isEmpty()) {
            text.append(source.author()).append(", ");
        }
        text.append('“').append(source.title()).append('”');
        if (!source.publisher().isEmpty()) {
            text.append(", ").append(source.publisher());
        }
        source.publishedDate().map(HistoricalDate::inWords).ifPresent(d -> text.append(", ").append(d));
        return text.toString();
    }
}
