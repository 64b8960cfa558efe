package org.balancingact.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import javafx.css.CssParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every stylesheet the app loads parses without an error. JavaFX only logs a CSS syntax error and goes
 * on, silently dropping every rule after it: a brace lost in a merge once took the problems panel's and
 * the details pane's styles with it, and no UI test noticed.
 */
class StylesheetsParseTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/org/balancingact/shell/app.css",
            "/org/balancingact/shell/themes/light.css",
            "/org/balancingact/shell/themes/dark.css",
            "/org/balancingact/shell/themes/projector.css",
            "/org/balancingact/timeline/timeline.css",
            "/org/balancingact/network/network.css",
            "/org/balancingact/quotes/quotes.css"})
    void parsesWithoutErrors(String stylesheet) throws IOException {
        URL url = StylesheetsParseTest.class.getResource(stylesheet);
        assertNotNull(url, stylesheet + " is on the module path");
        CssParser.errorsProperty().clear();
        new CssParser().parse(url);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).collect(Collectors.toList());
        CssParser.errorsProperty().clear();
        assertEquals(List.of(), errors, stylesheet + " has CSS errors; every rule after the first one is lost");
    }
}
