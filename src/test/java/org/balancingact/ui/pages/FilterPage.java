package org.balancingact.ui.pages;

import javafx.scene.Node;
import org.controlsfx.control.CheckListView;
import org.testfx.api.FxRobot;

/** The filter panel: themes, actors, importance and dates. */
public final class FilterPage {
    private final FxRobot robot;

    public FilterPage(FxRobot robot) {
        this.robot = robot;
    }

    public FilterPage open() {
        javafx.scene.control.ToggleButton toggle = robot.lookup("#tool-filters").queryAs(javafx.scene.control.ToggleButton.class);
        if (!toggle.isSelected()) {
            robot.clickOn(toggle);
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    private CheckListView<Object> list(String id) {
        return (CheckListView<Object>) robot.lookup(id).query();
    }

    /** Checks the item whose label is {@code label} in the themes list. */
    public FilterPage checkTheme(String label) {
        return check("#filter-themes", label);
    }

    public FilterPage checkActor(String label) {
        return check("#filter-actors", label);
    }

    private FilterPage check(String id, String label) {
        CheckListView<Object> list = list(id);
        Object item = list.getItems().stream().filter(o -> o.toString().equals(label)).findFirst().orElseThrow();
        robot.interact(() -> list.getCheckModel().check(item));
        return this;
    }

    public FilterPage importance(int level) {
        robot.clickOn((Node) robot.lookup("#filter-importance-" + level).query());
        return this;
    }

    public FilterPage clear() {
        javafx.scene.control.Button clear = robot.lookup("#filter-clear").queryAs(javafx.scene.control.Button.class);
        robot.interact(clear::fire); // at the bottom of the panel, below the fold at test window size
        return this;
    }

    public String breadcrumbFilter() {
        return robot.lookup("#breadcrumb-filter").queryAs(javafx.scene.control.Label.class).getText();
    }

    public String breadcrumbSelection() {
        return robot.lookup("#breadcrumb-selection").queryAs(javafx.scene.control.Label.class).getText();
    }
}
