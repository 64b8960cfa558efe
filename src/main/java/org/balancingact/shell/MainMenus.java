package org.balancingact.shell;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.balancingact.explore.ExplorerState;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Source;
import org.balancingact.quotes.Citation;
import org.balancingact.timeline.TimelineView;

/** The main window's menu bar: File, View, Present (the classroom's) and Help, and the About dialog. */
final class MainMenus {
    private final ExplorerState state;
    private final TimelineView timeline;
    private final FileActions files;
    private final Parent root;
    private final Consumer<Locale> onLanguageChosen;

    MainMenus(ExplorerState state, TimelineView timeline, FileActions files, Parent root, Consumer<Locale> onLanguageChosen) {
        this.state = state;
        this.timeline = timeline;
        this.files = files;
        this.root = root;
        this.onLanguageChosen = onLanguageChosen;
    }

    MenuBar bar(javafx.scene.control.CheckMenuItem reduceMotion, Menu present) {
        MenuItem open = item(Messages.get("menu.file.open"), "menu-open", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                () -> files.chooseAndOpen(root.getScene().getWindow()));
        MenuItem reload = item(Messages.get("menu.file.reload"), "menu-reload", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                files::reload);
        MenuItem exportTimelineJs = item(Messages.get("menu.file.export.timelinejs"), "menu-export-timelinejs", null,
                () -> files.chooseAndExport(root.getScene().getWindow()));
        Menu export = new Menu(Messages.get("menu.file.export"), null, exportTimelineJs);
        export.setId("menu-export");
        MenuItem quit = item(Messages.get("menu.file.quit"), "menu-quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                Platform::exit);
        Menu file = new Menu(Messages.get("menu.file"), null, open, files.recentMenu(), reload, export, new SeparatorMenuItem(), quit);

        MenuItem back = item(Messages.get("menu.view.back"), "menu-back", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), state::back);
        back.disableProperty().bind(state.canGoBackProperty().not());
        MenuItem forward = item(Messages.get("menu.view.forward"), "menu-forward", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                state::forward);
        forward.disableProperty().bind(state.canGoForwardProperty().not());
        MenuItem fit = item(Messages.get("menu.view.fit"), "menu-fit", null, timeline::fitAll);
        MenuItem toSelection = item(Messages.get("menu.view.zoomToSelection"), "menu-zoom-selection", null, timeline::zoomToSelection);
        Menu language = new Menu(Messages.get("menu.view.language"));
        language.setId("menu-language");
        javafx.scene.control.ToggleGroup languages = new javafx.scene.control.ToggleGroup();
        for (java.util.Locale locale : org.balancingact.i18n.Messages.SUPPORTED) {
            javafx.scene.control.RadioMenuItem choice =
                    new javafx.scene.control.RadioMenuItem(org.balancingact.i18n.Messages.nativeName(locale));
            choice.setId("menu-language-" + locale.getLanguage());
            choice.setToggleGroup(languages);
            choice.setSelected(locale.equals(org.balancingact.i18n.Messages.locale()));
            // the window is rebuilt in the new language at once; no restart, the selection and zoom stay
            choice.setOnAction(e -> onLanguageChosen.accept(locale));
            language.getItems().add(choice);
        }
        Menu view = new Menu(Messages.get("menu.view"), null, back, forward, fit, toSelection, new javafx.scene.control.SeparatorMenuItem(),
                reduceMotion, language);

        MenuItem about = item(Messages.get("menu.help.about"), "menu-about", null, this::showAbout);
        Menu help = new Menu(Messages.get("menu.help"), null, about);
        MenuBar bar = new MenuBar(file, view, present, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        about.initOwner(root.getScene().getWindow());
        about.setTitle(Messages.get("about.title"));
        about.setHeaderText(Messages.get("about.header"));
        StringBuilder text = new StringBuilder(Messages.get("about.dataset")).append("\n\n");
        for (Source source : state.getTimeline().sources()) {
            text.append(Citation.shortForm(source)).append("\n");
        }
        text.append("\n").append(Messages.get("about.dates"));
        Label body = new Label(text.toString());
        body.setWrapText(true);
        body.setId("about-text");
        body.setPrefWidth(520);
        about.getDialogPane().setContent(body);
        about.show();
    }
}
