package org.balancingact.shell;

import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import org.balancingact.explore.ExplorerState;
import org.balancingact.i18n.Messages;
import org.balancingact.timeline.LaneGrouping;
import org.balancingact.timeline.TimelineView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The main window's toolbar: history, zoom, lanes, list, filters and the classroom's buttons. Each is an
 * icon with a tooltip and an accessible name, because words do not fit a 1024-pixel window in every
 * language ("Масштабировать к выделенному"); the lanes menu keeps its words, it shows a choice. Narrow
 * enough to share the menu bar's row on a wide window ({@link ChromeRows}).
 */
final class WorkbenchToolbar {
    /** The classroom's buttons, by id, and the icon each gets here. */
    private static final Map<String, Ikon> CLASSROOM_ICONS = Map.of(
            "tool-present", MaterialDesignP.PROJECTOR_SCREEN,
            "tool-tour", MaterialDesignM.MAP_MARKER_PATH,
            "tool-spotlight", MaterialDesignS.SPOTLIGHT_BEAM);

    private WorkbenchToolbar() {
    }

    static ToolBar build(ExplorerState state, TimelineView timeline, ToggleButton list, ToggleButton filters,
                         List<Node> classroomItems) {
        Button back = button(MaterialDesignA.ARROW_LEFT, Messages.get("toolbar.back.tooltip"), "tool-back", state::back);
        back.disableProperty().bind(state.canGoBackProperty().not());
        Button forward = button(MaterialDesignA.ARROW_RIGHT, Messages.get("toolbar.forward.tooltip"), "tool-forward",
                state::forward);
        forward.disableProperty().bind(state.canGoForwardProperty().not());
        Button zoomOut = button(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, Messages.get("toolbar.zoomOut.tooltip"),
                "tool-zoom-out", timeline::zoomOut);
        Button zoomIn = button(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, Messages.get("toolbar.zoomIn.tooltip"),
                "tool-zoom-in", timeline::zoomIn);
        Button fit = button(MaterialDesignA.ARROW_EXPAND_HORIZONTAL, Messages.get("toolbar.fit.tooltip"), "tool-fit",
                timeline::fitAll);
        Button toSelection = button(MaterialDesignI.IMAGE_FILTER_CENTER_FOCUS,
                Messages.get("toolbar.zoomToSelection.tooltip"), "tool-zoom-selection", timeline::zoomToSelection);
        ComboBox<LaneGrouping> lanes = new ComboBox<>();
        lanes.getItems().setAll(LaneGrouping.values());
        lanes.valueProperty().bindBidirectional(timeline.laneGroupingProperty());
        lanes.setId("lane-grouping");
        lanes.setAccessibleText(Messages.get("toolbar.lanes.tooltip"));
        HoverTooltip.install(lanes, Messages.get("toolbar.lanes.tooltip"));
        Label lanesLabel = new Label("", icon(MaterialDesignV.VIEW_AGENDA_OUTLINE));
        lanesLabel.setAccessibleText(Messages.get("toolbar.lanes"));
        lanesLabel.setLabelFor(lanes);
        lanesLabel.setId("tool-lanes-label");
        iconOnly(list, MaterialDesignF.FORMAT_LIST_BULLETED, Messages.get("toolbar.list.tooltip"));
        iconOnly(filters, MaterialDesignF.FILTER_VARIANT, Messages.get("toolbar.filters.tooltip"));
        for (Node item : classroomItems) {
            Ikon ikon = CLASSROOM_ICONS.get(item.getId());
            if (ikon != null && item instanceof ButtonBase button) {
                // the classroom names its buttons; here they become icons, their words the accessible name
                // (no text left behind an icon: a layout audit would take a hidden text for a cut one)
                String words = button.getText();
                button.setText("");
                button.setGraphic(icon(ikon));
                button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                button.setAccessibleText(words);
                button.getStyleClass().add("tool-icon-button");
            }
        }
        ToolBar bar = new ToolBar(back, forward, new Separator(), zoomOut, zoomIn, fit, toSelection, new Separator(),
                lanesLabel, lanes, list, filters, new Separator());
        bar.getItems().addAll(classroomItems);
        bar.setId("toolbar");
        bar.getStyleClass().add("workbench-toolbar");
        return bar;
    }

    private static Button button(Ikon ikon, String tip, String id, Runnable action) {
        Button button = new Button();
        button.setId(id);
        iconOnly(button, ikon, tip);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** An icon, the tooltip and the accessible name a screen reader says for it (no text). */
    private static void iconOnly(ButtonBase button, Ikon ikon, String tip) {
        button.setText("");
        button.setGraphic(icon(ikon));
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAccessibleText(tip);
        button.setAccessibleRole(button instanceof ToggleButton ? AccessibleRole.TOGGLE_BUTTON : AccessibleRole.BUTTON);
        HoverTooltip.install(button, tip);
        button.setFocusTraversable(false);
        button.getStyleClass().add("tool-icon-button");
    }

    /** An icon a third larger than the text around it, following the type scale (Ctrl +). */
    static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("tool-icon");
        // set, not bound: the theme's stylesheet sets -fx-icon-size too, and a bound property makes every
        // CSS pass log an error; a value set from code wins over the theme's (a user-agent stylesheet)
        icon.parentProperty().addListener((obs, was, parent) -> {
            if (parent instanceof javafx.scene.control.Labeled labeled) {
                java.util.function.Consumer<javafx.scene.text.Font> follow =
                        font -> icon.setIconSize((int) Math.round(font.getSize() * 1.3));
                follow.accept(labeled.getFont());
                labeled.fontProperty().addListener((o, before, font) -> follow.accept(font));
            }
        });
        return icon;
    }
}
