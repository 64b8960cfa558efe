package org.balancingact.data;

import java.util.Map;

/**
 * Turns the HTML of imported texts (TimelineJS headlines, texts and captions) into plain text. The
 * result is only ever shown as text, never rendered, so markup in a file cannot run or fetch anything;
 * this class just makes it readable: tags go, block tags become line breaks, entities are decoded,
 * and the content of {@code script} and {@code style} elements is dropped whole.
 */
final class HtmlText {
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("copy", "©"), Map.entry("eacute", "é"), Map.entry("egrave", "è"),
            Map.entry("uuml", "ü"), Map.entry("ouml", "ö"), Map.entry("auml", "ä"), Map.entry("szlig", "ß"));
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "br", "div", "li", "ul", "ol", "blockquote",
            "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "cite", "hr");

    private HtmlText() {
    }

    static String plain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return tidy(html); // plain text already, as most cells are
        }
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i + 1);
                if (close < 0) {
                    out.append(html, i, n); // a lone '<' is text, e.g. "a < b"
                    break;
                }
                String tag = tagName(html.substring(i + 1, close));
                if (tag.equals("script") || tag.equals("style")) {
                    int end = html.toLowerCase(java.util.Locale.ROOT).indexOf("</" + tag, close);
                    close = end < 0 ? n - 1 : Math.max(close, html.indexOf('>', end) < 0 ? n - 1 : html.indexOf('>', end));
                } else if (BLOCKS.contains(tag)) {
                    out.append('\n');
                }
                i = close + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i + 1);
                String decoded = semi > i && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : null;
                if (decoded == null) {
                    out.append('&');
                    i++;
                } else {
                    out.append(decoded);
                    i = semi + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return tidy(out.toString());
    }

    private static String tagName(String inside) {
        String s = inside.startsWith("/") ? inside.substring(1) : inside;
        int end = 0;
        while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
        }
        return s.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return codePoint(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return codePoint(Integer.parseInt(name.substring(1)));
            }
        } catch (NumberFormatException notANumber) {
            return null;
        }
        return ENTITIES.get(name);
    }

    private static String codePoint(int cp) {
        return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
    }

    /** Spaces collapsed within lines, blank lines dropped, ends trimmed; a character loop (it runs per cell). */
    static String tidy(String text) {
        if (isTidy(text)) {
            return text;
        }
        // "\nText of a paragraph.\n", as a <p> gives: its line breaks at the ends go, the rest is tidy already
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == '\n') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == '\n') {
            to--;
        }
        if (from > 0 || to < text.length()) {
            String inner = text.substring(from, to);
            if (inner.indexOf('\n') < 0 && isTidy(inner)) {
                return inner;
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0; // where the current output line starts: a line that stays blank is not kept
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (out.length() > lineStart) {
                    out.append('\n');
                    lineStart = out.length();
                }
                space = false;
            } else if (isBlank(c)) {
                space = out.length() > lineStart;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        out.setLength(end);
        return out.toString();
    }

    /** No line breaks, no blank but single spaces between words: most cells, returned as they are. */
    private static boolean isTidy(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c != ' ' && isBlank(c)) {
                return false;
            }
            if (c == ' ' && (i == 0 || i == n - 1 || text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0';
    }
}
