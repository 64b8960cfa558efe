package org.balancingact.quotes;

import org.balancingact.i18n.Messages;

/** The reference styles a student can copy a citation in. */
public enum CitationStyle {
    APA_7("citation.style.apa7"),
    MLA_9("citation.style.mla9"),
    CHICAGO_NOTE("citation.style.chicagoNote"),
    CHICAGO_BIBLIOGRAPHY("citation.style.chicagoBibliography");

    private final String labelKey; // a key in the messages bundle

    CitationStyle(String labelKey) {
        this.labelKey = labelKey;
    }

    public String label() {
        return Messages.get(labelKey);
    }

    @Override
    public String toString() {
        return Messages.get(labelKey);
    }
}
