package org.balancingact.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.balancingact.data.ReadResult;
import org.balancingact.data.TimelineReader;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.shell.MainWindow;
import org.balancingact.ui.pages.MainWindowPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A student in Moscow reads the dataset in Russian: the event's own words in Russian, the quote in the
 * source's English with a mark that says so, and a mark where the dataset has no Russian text yet.
 */
class DatasetLanguageUiTest extends UiTestBase {
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLanguage() {
        Messages.setLocale(before);
    }

    private static void rebuildInRussian(FxRobot robot, MainWindowPage window) {
        robot.interact(() -> {
            Messages.setLocale(Locale.forLanguageTag("ru"));
            MainWindow.rebuildIn(robot.lookup("#main-window").query().getScene(), window.state());
        });
    }

    @Test
    void aRussianScreenShowsTheEventInRussianAndTheQuoteInItsEnglishWithAMark(FxRobot robot) {
        MainWindowPage window = window(robot);
        window.select(Selection.event("invasion"));
        rebuildInRussian(robot, window);
        assertEquals("Россия вторгается в Украину", robot.lookup("#details-title").queryLabeled().getText());
        assertTrue(robot.lookup("#details-fallback").tryQuery().isEmpty(), "every text of the event is in Russian");
        String mark = robot.lookup((javafx.scene.Node n) -> "quote-language:q-feb-24".equals(n.getId())).queryLabeled().getText();
        assertEquals("Цитата на языке оригинала (английский)", mark);
    }

    @Test
    void aTextWithoutARussianTranslationIsShownInEnglishAndMarked(FxRobot robot) {
        String json = """
                {"format": "balancing-act/timeline", "version": 1, "title": "Lesson",
                 "sources": [{"id": "s", "kind": "article", "title": "A", "text": "Troops crossed the border."}],
                 "actors": [], "relations": [],
                 "events": [{"id": "crossing", "title": {"en": "Troops cross", "ru": "Войска переходят границу"},
                             "summary": {"en": "Only English here.", "be": "Толькі па-беларуску."},
                             "when": "2022-02-24", "quotes": ["q"]}],
                 "quotes": [{"id": "q", "source": "s", "text": "Troops crossed the border.", "lang": "en"}]}
                """;
        ReadResult read = new TimelineReader().read("lesson.json", json.getBytes(StandardCharsets.UTF_8));
        MainWindowPage window = window(robot);
        robot.interact(() -> window.state().setTimeline(((ReadResult.Loaded) read).timeline()));
        window.select(Selection.event("crossing"));
        rebuildInRussian(robot, window);
        assertEquals("Войска переходят границу", robot.lookup("#details-title").queryLabeled().getText());
        assertTrue(robot.lookup(".details-summary").queryLabeled().getText().contains("Only English here."),
                "no Russian summary: the English one, not the Belarusian");
        assertTrue(robot.lookup("#details-fallback").queryLabeled().getText().contains("русский"),
                "and the pane says that some texts are in English");
    }
}
