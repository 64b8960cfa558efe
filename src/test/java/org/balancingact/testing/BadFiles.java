package org.balancingact.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every kind of bad input issue 8 lists, as file contents, derived from one small valid timeline whose
 * line numbers are known. Shared by the reader tests and the TestFX tests that open and reload them.
 */
public final class BadFiles {
    private BadFiles() {
    }

    /** A bad file and the line its (first) problem must be reported at; 0 = a whole-file problem. */
    public record Case(String name, byte[] bytes, int line) {
    }

    /** Line numbers of this text are referred to below: keep them stable. Quote and title may change. */
    public static final String VALID = """
            {
              "format": "balancing-act/timeline",
              "version": 1,
              "title": "Test timeline",
              "themes": [{"id": "war", "label": "War"}],
              "sources": [{"id": "s1", "kind": "article", "title": "An article", "author": "A. Author",
                           "publisher": "A publisher", "published": "2022-05",
                           "text": "From February 24, when the invasion began, it was clear.\\nSecond paragraph."}],
              "actors": [
                {"id": "russia", "kind": "state", "name": "Russia"},
                {"id": "ukraine", "kind": "state", "name": "Ukraine"}
              ],
              "relations": [
                {"id": "r1", "from": "russia", "to": "ukraine", "type": "invades", "when": "2022-02-24/..", "quotes": ["q1"]}
              ],
              "events": [
                {"id": "invasion", "title": "Invasion", "when": "2022-02-24", "actors": ["russia", "ukraine"],
                 "themes": ["war"], "importance": 1, "quotes": ["q1"]},
                {"id": "later", "title": "Later", "when": "2022-04", "actors": ["russia"], "quotes": ["q1"]}
              ],
              "quotes": [
                {"id": "q1", "source": "s1", "text": "From February 24, when the invasion began"}
              ],
              "tours": [{"id": "t1", "title": "Tour", "steps": ["invasion"]}]
            }
            """;

    public static String replace(String target, String replacement) {
        if (!VALID.contains(target)) {
            throw new IllegalArgumentException("VALID does not contain " + target);
        }
        return VALID.replace(target, replacement);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static Map<String, Case> all() {
        Map<String, Case> cases = new LinkedHashMap<>();
        add(cases, "empty.json", new byte[0], 1);
        add(cases, "not-json.json", utf8("This is a letter, not a timeline.\n"), 1);
        add(cases, "truncated.json", utf8(VALID.substring(0, VALID.indexOf("\"events\""))), 16);
        byte[] invalidUtf8 = utf8(replace("Test timeline", "Test é timeline"));
        invalidUtf8[new String(invalidUtf8, StandardCharsets.ISO_8859_1).indexOf('\u00c3')] = (byte) 0xFF;
        add(cases, "invalid-utf8.json", invalidUtf8, 4);
        add(cases, "binary.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, 0);
        add(cases, "wrong-root.json", utf8("[1, 2, 3]"), 1);
        add(cases, "unknown-format.json", utf8(replace("\"balancing-act/timeline\"", "\"somebody-else/timeline\"")), 2);
        add(cases, "newer-version.json", utf8(replace("\"version\": 1", "\"version\": 7")), 3);
        add(cases, "duplicate-id.json", utf8(replace("{\"id\": \"later\"", "{\"id\": \"invasion\"")), 19);
        add(cases, "dangling.json", utf8(replace("\"actors\": [\"russia\"]", "\"actors\": [\"belarus\"]")), 19);
        add(cases, "impossible-date.json", utf8(replace("\"when\": \"2022-02-24\"", "\"when\": \"2022-02-30\"")), 17);
        add(cases, "invalid-month.json", utf8(replace("\"when\": \"2022-04\"", "\"when\": \"2022-13\"")), 19);
        add(cases, "reversed-interval.json", utf8(replace("\"2022-02-24/..\"", "\"2022-02-24/2021\"")), 14);
        add(cases, "not-verbatim.json", utf8(replace("\"text\": \"From February 24, when the invasion began\"",
                "\"text\": \"From 24 February, when the invasion began\"")), 22);
        add(cases, "deep.json", utf8("[".repeat(5000) + "]".repeat(5000)), 1);
        return cases;
    }

    private static void add(Map<String, Case> cases, String name, byte[] bytes, int line) {
        cases.put(name, new Case(name, bytes, line));
    }
}
