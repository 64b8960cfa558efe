package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.balancingact.explore.Filter;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.shell.MainWindow;
import org.balancingact.timeline.DrawnItem;
import org.balancingact.timeline.TimelineSkin;
import org.balancingact.ui.pages.MainWindowPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/**
 * Every date the app writes is in the interface language: the network's header, the status bar, the
 * details, the breadcrumb's filter dates, the timeline's axis, its items (what a screen reader and the
 * tooltip say), the event list, a TimelineJS export. The window is built the way View ▸ Language builds
 * it, and only {@link Messages} is switched, not the JVM's default locale: a formatter that takes the
 * default locale, or one made before the language was chosen, writes English here and fails the test.
 *
 * <p>Text the dataset holds (quotes, the source and its citation, an English title with no translation)
 * is not a date the app formatted: a month name inside such a text is left alone.
 */
class DatesInTheInterfaceLanguageUiTest extends UiTestBase {
    private static final Pattern ENGLISH_MONTH = Pattern.compile("\\b(January|February|March|April|May|June|July"
            + "|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b");
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"be", "ru", "uk"})
    void noDateTheAppWritesIsInEnglish(String language, FxRobot robot, @TempDir Path dir) throws Exception {
        Set<String> dataset = datasetTexts();
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            Messages.setLocale(Locale.forLanguageTag(language));
            window[0] = MainWindow.rebuildIn(mainWindow.root().getScene(), mainWindow.state());
        });
        MainWindowPage page = MainWindowPage.of(robot, window[0]);
        page.select(Selection.event("invasion"));
        robot.interact(() -> page.state().setFilter(new Filter(Set.of(), Set.of(), 3, LocalDate.of(2020, 8, 1),
                LocalDate.of(2022, 5, 31))));
        robot.clickOn("#tool-event-list");
        page.timeline().settle();
        List<String> found = new ArrayList<>();
        walk(window[0].root(), dataset, found);
        String status = robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText();
        // closer, where the axis names months and days
        robot.interact(() -> page.timeline().view().zoomToSelection());
        page.timeline().settle();
        walk(page.timeline().view(), dataset, found);
        for (DrawnItem item : ((TimelineSkin) page.timeline().view().getSkin()).drawnItems()) {
            check("timeline item " + item.id(), item.accessibleText(), dataset, found);
        }
        Path export = dir.resolve("export.json");
        robot.interact(() -> window[0].exportTimelineJs(export));
        for (JsonNode slide : new ObjectMapper().readTree(Files.readString(export)).path("events")) {
            check("export display_date", slide.path("display_date").asText(), dataset, found);
        }
        assertEquals(List.of(), found, "dates the app wrote in " + language + " have English month names");
        assertTrue(status.contains(Messages.get("status.networkDate", "").trim().split(" ")[0]),
                "the status bar is in " + language + ": " + status);
        assertTrue(page.detailsDate().matches(".*\\d{4}.*"), "the details show a date: " + page.detailsDate());
    }

    /** Every visible text node, every control's tooltip and every accessible text under {@code node}. */
    private static void walk(Node node, Set<String> dataset, List<String> found) {
        if (!node.isVisible() || "quote-panel".equals(node.getId())) {
            return; // the quote panel shows the dataset's own words: quotes, the source, its citation
        }
        if (node instanceof Text text) {
            check(describe(node), text.getText(), dataset, found);
        }
        if (node instanceof Labeled labeled) {
            check(describe(node), labeled.getText(), dataset, found);
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            check(describe(node) + " tooltip", control.getTooltip().getText(), dataset, found);
        }
        check(describe(node) + " accessible text", node.getAccessibleText(), dataset, found);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, dataset, found);
            }
        }
    }

    private static void check(String where, String text, Set<String> dataset, List<String> found) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Matcher month = ENGLISH_MONTH.matcher(text);
        while (month.find()) {
            String word = month.group();
            // the month is inside a text of the file shown whole, or shortened with "…" (a long title)
            String shortened = text.endsWith("…") ? text.substring(0, text.length() - 1) : "";
            boolean fromTheData = dataset.stream().anyMatch(s -> s.contains(word)
                    && (text.contains(s) || (shortened.length() >= 20 && s.startsWith(shortened))));
            if (!fromTheData) {
                found.add(where + ": " + text);
                return;
            }
        }
    }

    private static String describe(Node node) {
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId());
    }

    /** Every string the bundled file holds, in every language. */
    private static Set<String> datasetTexts() throws Exception {
        Set<String> texts = new HashSet<>();
        try (InputStream in = MainWindow.class.getResourceAsStream("/org/balancingact/data/timeline.json")) {
            collect(new ObjectMapper().readTree(in), texts);
        }
        return texts;
    }

    private static void collect(JsonNode node, Set<String> texts) {
        if (node.isTextual() && node.asText().length() > 3) {
            texts.add(node.asText());
        }
        node.forEach(child -> collect(child, texts));
    }
}
