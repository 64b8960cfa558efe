package org.balancingact.quotes;

/** The reference styles a student can copy a citation in. */
public enum CitationStyle {
    APA_7("APA 7"),
    MLA_9("MLA 9"),
    CHICAGO_NOTE("Chicago 17 (note)"),
    CHICAGO_BIBLIOGRAPHY("Chicago 17 (bibliography)");

    private final String label;

    CitationStyle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
