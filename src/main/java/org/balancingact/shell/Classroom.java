package org.balancingact.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.TourPlayer;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Tour;
import org.balancingact.present.PresentationMode;
import org.balancingact.present.Screens;
import org.balancingact.present.TypeSize;
import org.balancingact.timeline.TimelineView;

/**
 * Everything a teacher uses in front of a class, in one place: presenting (the stage, tours and the
 * presenter console, from {@code present}), spotlight, type size, themes, PNG export and the printed
 * handout. The main window adds its menu and toolbar buttons; this class owns the behaviour.
 */
public final class Classroom {
    private final BorderPane root;
    private final ExplorerState state;
    /** The views a user can export as a picture, by English name; the lower ones are built on demand. */
    private static final List<String> VIEW_NAMES = List.of("Timeline", "Network", "Quotes");
    private final Function<String, Node> views;
    private final Settings settings;
    private final TypeScale typeScale;
    private final PresentationMode presentation;
    private final TourPlayer tours;
    private Theme theme;

    /**
     * @param views the views a user can export as a picture, by name ("Timeline", "Network", "Quotes")
     */
    Classroom(BorderPane root, ExplorerState state, Function<String, Node> views, Settings settings) {
        this.root = root;
        this.state = state;
        this.views = views;
        this.settings = settings;
        this.typeScale = new TypeScale(root);
        this.tours = new TourPlayer(state);
        this.presentation = presentationMode(root, state, views, settings);
        this.theme = settings.theme();
        typeScale.setPercent(settings.typeScalePercent());
        typeScale.percentProperty().addListener((obs, was, now) -> {
            if (!presentation.isPresenting()) {
                settings.setTypeScalePercent(now.intValue());
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                applyTheme(theme);
            }
        });
    }

    /** Presenting shows the stage in this window instead of the workbench; the screens and the clock are the system's. */
    private PresentationMode presentationMode(BorderPane root, ExplorerState state, Function<String, Node> views, Settings settings) {
        BooleanProperty stageOnPrimary = new SimpleBooleanProperty(settings.stageOnPrimaryScreen());
        stageOnPrimary.addListener((obs, was, now) -> settings.setStageOnPrimaryScreen(now));
        BooleanProperty reduceMotion = views.apply("Timeline") instanceof TimelineView t ? t.reduceMotionProperty()
                : new SimpleBooleanProperty(settings.reduceMotion());
        TypeSize size = new TypeSize() {
            @Override
            public int getPercent() {
                return typeScale.getPercent();
            }

            @Override
            public void setPercent(int percent) {
                typeScale.setPercent(percent);
            }
        };
        return new PresentationMode(root, state, tours, size, stageOnPrimary, Screens.configured(), Clock.systemUTC(), reduceMotion);
    }

    public TypeScale typeScale() {
        return typeScale;
    }

    public PresentationMode presentation() {
        return presentation;
    }

    public TourPlayer tours() {
        return tours;
    }

    public Theme theme() {
        return theme;
    }

    /** Swaps the looks of the whole window; remembered for the next run. */
    public void applyTheme(Theme next) {
        theme = next;
        settings.setTheme(next);
        Application.setUserAgentStylesheet(next.baseStylesheet());
        Scene scene = root.getScene();
        if (scene != null) {
            for (Theme t : Theme.values()) {
                scene.getStylesheets().remove(t.stylesheetUrl());
            }
            scene.getStylesheets().add(next.stylesheetUrl());
        }
        root.getStyleClass().removeIf(c -> c.startsWith("theme-"));
        root.getStyleClass().add("theme-" + next.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Writes a view (by name) or the whole window ("Window") as a PNG at 1× or 2×. FX thread. */
    public void exportPng(String viewName, double scale, Path file) throws IOException {
        Node node = "Window".equals(viewName) ? root : views.apply(viewName);
        PngExport.write(PngExport.snapshot(node, scale), file);
    }

    /**
     * Writes the printable handout (figure, chronology, worksheet, endnotes) in the interface language;
     * returns its page count.
     */
    public int exportHandout(HandoutPages.Paper paper, Path file) throws IOException {
        return HandoutPdf.write(Handout.of(state.getTimeline()), paper, file);
    }

    // ---- keys ---------------------------------------------------------------------------------

    private void handleKey(KeyEvent e) {
        presentation.handleKey(e); // F5, and while presenting the stage's keys
        if (e.isConsumed()) {
            return;
        }
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            typeScale.larger();
            e.consume();
        } else if (e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            typeScale.smaller();
            e.consume();
        } else if (e.isShortcutDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            typeScale.reset();
            e.consume();
        }
    }

    // ---- menus and buttons ----------------------------------------------------------------------

    Menu menu() {
        MenuItem present = new MenuItem(Messages.get("present.mode"));
        present.setId("menu-present");
        present.setOnAction(e -> presentation.toggle());
        CheckMenuItem spotlight = new CheckMenuItem(Messages.get("present.spotlight.menu"));
        spotlight.setId("menu-spotlight");
        spotlight.selectedProperty().bindBidirectional(state.spotlightProperty());

        Menu tourMenu = new Menu(Messages.get("present.tours"));
        tourMenu.setId("menu-tours");
        tourMenu.setOnShowing(e -> fillTours(tourMenu));
        fillTours(tourMenu);

        MenuItem larger = item(Messages.get("present.type.larger"), "menu-type-larger", typeScale::larger);
        MenuItem smaller = item(Messages.get("present.type.smaller"), "menu-type-smaller", typeScale::smaller);
        MenuItem reset = item(Messages.get("present.type.reset"), "menu-type-reset", typeScale::reset);

        Menu themes = new Menu(Messages.get("present.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem choice = new RadioMenuItem(t.label());
            choice.setId("menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setSelected(t == theme);
            choice.setOnAction(e -> applyTheme(t));
            themes.getItems().add(choice);
        }

        Menu pictures = new Menu(Messages.get("present.exportPicture"));
        for (String name : exportNames()) {
            for (int scale : new int[] {1, 2}) {
                pictures.getItems().add(item(Messages.get("present.exportPicture.item", viewName(name), String.valueOf(scale)), null, () -> choosePng(name, scale)));
            }
        }
        Menu handout = new Menu(Messages.get("present.handout"));
        for (HandoutPages.Paper paper : HandoutPages.Paper.values()) {
            handout.getItems().add(item(Messages.get(paper == HandoutPages.Paper.A4 ? "present.handout.a4" : "present.handout.letter"),
                    null, () -> chooseHandout(paper)));
        }
        MenuItem swapScreens = item(Messages.get("present.swapScreens"), "menu-swap-screens", presentation::swapScreens);
        Menu menu = new Menu(Messages.get("present.menu"), null, present, spotlight, tourMenu, swapScreens, new SeparatorMenuItem(), larger, smaller,
                reset, themes, new SeparatorMenuItem(), pictures, handout);
        menu.setId("menu-classroom");
        return menu;
    }

    private void fillTours(Menu menu) {
        menu.getItems().clear();
        for (Tour tour : state.getTimeline().tours()) {
            menu.getItems().add(item(tour.title(), "menu-tour-" + tour.id(), () -> tours.start(tour.id())));
        }
        if (menu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("present.noTours"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    List<Node> toolbarItems() {
        Button present = new Button(Messages.get("present.button"));
        present.setId("tool-present");
        HoverTooltip.install(present, Messages.get("present.button.tooltip"));
        present.setOnAction(e -> presentation.toggle());
        present.setFocusTraversable(false);
        Button tour = new Button(Messages.get("tour.button"));
        tour.setId("tool-tour");
        HoverTooltip.install(tour, Messages.get("tour.button.tooltip"));
        tour.setOnAction(e -> state.getTimeline().tours().stream().findFirst().ifPresent(t -> tours.start(t.id())));
        tour.disableProperty().bind(state.timelineProperty().map(t -> t.tours().isEmpty()));
        tour.setFocusTraversable(false);
        ToggleButton spotlight = new ToggleButton(Messages.get("present.spotlight"));
        spotlight.setId("tool-spotlight");
        HoverTooltip.install(spotlight, Messages.get("present.spotlight.tooltip"));
        spotlight.selectedProperty().bindBidirectional(state.spotlightProperty());
        spotlight.setFocusTraversable(false);
        return List.of(present, tour, spotlight);
    }

    private List<String> exportNames() {
        List<String> names = new ArrayList<>(VIEW_NAMES);
        names.add("Window");
        return names;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (id != null) {
            item.setId(id);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void choosePng(String name, int scale) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.png.title", viewName(name)));
        chooser.setInitialFileName("balancing-act-" + name.toLowerCase(java.util.Locale.ROOT) + "@" + scale + "x.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.png.filter"), "*.png"));
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            report(() -> exportPng(name, scale, file.toPath()), Messages.get("export.png.failed"));
        }
    }

    private void chooseHandout(HandoutPages.Paper paper) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.handout.title"));
        chooser.setInitialFileName("balancing-act-handout.pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.handout.filter"), "*.pdf"));
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            report(() -> exportHandout(paper, file.toPath()), Messages.get("export.handout.failed"));
        }
    }

    /** A view's name in the UI language; the English name stays the identifier. */
    private static String viewName(String name) {
        return Messages.get("view." + name.toLowerCase(java.util.Locale.ROOT));
    }

    private interface Export {
        void run() throws IOException;
    }

    private void report(Export export, String failure) {
        try {
            export.run();
        } catch (IOException | RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR,
                    Messages.get("export.failed", failure, String.valueOf(e.getMessage())));
            alert.initOwner(root.getScene().getWindow());
            alert.show();
        }
    }

}
