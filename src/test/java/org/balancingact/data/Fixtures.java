package org.balancingact.data;

/** A small valid timeline whose lines are known, so tests can assert where a problem is reported. */
final class Fixtures {
    private Fixtures() {
    }

    /** Line numbers of this text are referred to by the tests: keep them stable. */
    static final String MINIMAL = """
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
                 "themes": ["war"], "importance": 1, "quotes": ["q1"]}
              ],
              "quotes": [
                {"id": "q1", "source": "s1", "text": "From February 24, when the invasion began"}
              ],
              "tours": [{"id": "t1", "title": "Tour", "steps": ["invasion"]}]
            }
            """;

    static String replace(String target, String replacement) {
        if (!MINIMAL.contains(target)) {
            throw new IllegalArgumentException("fixture does not contain " + target);
        }
        return MINIMAL.replace(target, replacement);
    }
}
