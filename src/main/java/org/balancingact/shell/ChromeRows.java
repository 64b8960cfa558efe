package org.balancingact.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The rows above the views: the menu bar, the toolbar and the search field share one row when the window
 * is wide enough for all three, else the toolbar gets a row of its own; the breadcrumb goes under them.
 * Every row given back to the views is a line more of the timeline (1366×768 laptops especially).
 */
final class ChromeRows {
    private final VBox chrome;
    private final HBox menuRow = new HBox();
    private final Region spacer = new Region();
    private final MenuBar menuBar;
    private final ToolBar toolbar;
    private final Node search;
    private final Node breadcrumb;
    private boolean oneRow;

    ChromeRows(VBox chrome, MenuBar menuBar, ToolBar toolbar, Node search, Node breadcrumb) {
        this.chrome = chrome;
        this.menuBar = menuBar;
        this.toolbar = toolbar;
        this.search = search;
        this.breadcrumb = breadcrumb;
        menuRow.getStyleClass().add("menu-row");
        menuRow.setId("menu-row");
        menuRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(spacer, Priority.ALWAYS);
        menuBar.setMinWidth(Region.USE_PREF_SIZE);
        toolbar.setMinWidth(Region.USE_PREF_SIZE);
        arrange(false);
        // the window's width is set before the chrome lays out its rows: moved at once, so the first
        // layout already has the rows it keeps (the opening view measures the room left for the timeline)
        chrome.widthProperty().addListener((obs, was, now) -> update());
        // the type scale (Ctrl +) widens the menu bar and the search field without resizing the window
        menuBar.widthProperty().addListener((obs, was, now) -> updateAfterLayout());
        search.layoutBoundsProperty().addListener((obs, was, now) -> updateAfterLayout());
    }

    private boolean updatePending;

    /**
     * The menu bar's and the search field's sizes change while the chrome is laying out its rows; moving
     * the toolbar then would change the chrome's children under the layout pass that is walking them
     * (an IndexOutOfBoundsException in Parent.layout). So that move waits for the pass to end.
     */
    private void updateAfterLayout() {
        if (!updatePending) {
            updatePending = true;
            javafx.application.Platform.runLater(() -> {
                updatePending = false;
                update();
            });
        }
    }

    /** Puts the toolbar in the menu row when everything fits in the window's width. */
    void update() {
        double width = chrome.getWidth();
        if (width <= 0) {
            return;
        }
        double needed = menuBar.prefWidth(-1) + toolbar.prefWidth(-1) + search.prefWidth(-1)
                + menuRow.getInsets().getLeft() + menuRow.getInsets().getRight() + 24;
        boolean fits = needed <= width;
        if (fits != oneRow) {
            arrange(fits);
        }
    }

    boolean isOneRow() {
        return oneRow;
    }

    private void arrange(boolean together) {
        oneRow = together;
        toolbar.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("in-menu-row"), together);
        if (together) {
            menuRow.getChildren().setAll(menuBar, toolbar, spacer, search);
            chrome.getChildren().setAll(menuRow, breadcrumb);
        } else {
            menuRow.getChildren().setAll(menuBar, spacer, search);
            chrome.getChildren().setAll(menuRow, toolbar, breadcrumb);
        }
    }
}
