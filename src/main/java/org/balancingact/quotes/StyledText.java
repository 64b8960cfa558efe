package org.balancingact.quotes;

/**
 * A citation as plain text and as HTML with its italics, so a word processor keeps the italic title
 * or site name that the styles ask for and a plain-text field still gets readable text.
 */
public record StyledText(String plain, String html) {

    static final class Builder {
        private final StringBuilder plain = new StringBuilder();
        private final StringBuilder html = new StringBuilder();

        Builder text(String text) {
            plain.append(text);
            html.append(escape(text));
            return this;
        }

        Builder italic(String text) {
            plain.append(text);
            html.append("<i>").append(escape(text)).append("</i>");
            return this;
        }

        /** Appends text that is already styled. */
        Builder raw(StyledText styled) {
            plain.append(styled.plain());
            html.append(styled.html());
            return this;
        }

        StyledText build() {
            return new StyledText(plain.toString(), html.toString());
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
