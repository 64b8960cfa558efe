package org.balancingact.model;

import java.util.Objects;

/** Words copied character for character from a source. {@code speaker} is empty unless the source attributes them. */
public record Quote(String id, String sourceId, String text, String speakerId) {
    public Quote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(text, "text");
        speakerId = speakerId == null ? "" : speakerId;
    }

    public boolean hasSpeaker() {
        return !speakerId.isEmpty();
    }
}
