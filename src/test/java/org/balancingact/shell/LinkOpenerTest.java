package org.balancingact.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only http and https reach the browser, and only after the user says yes. */
class LinkOpenerTest {
    private final List<String> opened = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();

    private LinkOpener opener(boolean userSaysYes) {
        return new LinkOpener(opened::add, url -> {
            asked.add(url);
            return userSaysYes;
        });
    }

    @Test
    void webLinksOpenAfterTheUserConfirms() {
        assertTrue(opener(true).open("https://www.reuters.com/world/europe/"));
        assertTrue(opener(true).open("HTTP://example.org/a?b=c"));
        assertEquals(List.of("https://www.reuters.com/world/europe/", "HTTP://example.org/a?b=c"), opened);
        assertEquals(opened, asked, "every link was confirmed first");
    }

    @Test
    void nothingOpensWhenTheUserSaysNo() {
        assertFalse(opener(false).open("https://tass.com/defense/1389595"));
        assertEquals(List.of("https://tass.com/defense/1389595"), asked);
        assertTrue(opened.isEmpty());
    }

    @Test
    void otherSchemesAreRefusedWithoutAsking() {
        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd", "file:/home/x",
                "data:text/html,<b>x</b>", "ftp://example.org/x", "mailto:a@b.c", "jar:file:/x.jar!/", "vbscript:x",
                "smb://host/share", "/relative/path", "www.example.org", "https://", "https:///nohost", "http:x", "",
                "   ", "ht tp://bad")) {
            assertFalse(opener(true).open(url), url);
            assertFalse(LinkOpener.isWebLink(url), url);
        }
        assertFalse(opener(true).open(null));
        assertTrue(opened.isEmpty());
        assertTrue(asked.isEmpty(), "refused links never even reach the question");
    }
}
