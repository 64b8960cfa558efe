package org.balancingact.model;

import java.util.Objects;

/**
 * Words copied character for character from a source. {@code speaker} is empty unless the source
 * attributes them. {@code lang} is the language the words are in ("en"; empty when the file does not
 * say): a quote is never translated, so a Russian screen shows it in English and says so.
 */
public record Quote(String id, String sourceId, String text, String speakerId, String lang) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(text, "text");
        speakerId = speakerId == null ? "" : speakerId;
        lang = lang == null ? "" : lang;
    }

    public Quote(String id, String sourceId, String text, String speakerId) {
        this(id, sourceId, text, speakerId, "");
    }

    public boolean hasSpeaker() {
        return !speakerId.isEmpty();
    }
}
