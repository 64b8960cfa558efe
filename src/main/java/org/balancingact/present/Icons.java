package org.balancingact.present;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Icon buttons for the stage and the console: an icon where words would not fit, with the words as the
 * accessible name and the tooltip, so a screen reader and a mouse user both know what it does.
 */
final class Icons {
    /** An icon is this much larger than the button's text: it is read from the back of a room too. */
    private static final double ICON_TO_TEXT = 1.35;

    private Icons() {
    }

    static <B extends ButtonBase> B button(B button, String id, Ikon ikon, String name, String tip) {
        button.setId(id);
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("stage-icon");
        // the icon follows the button's font, so the type scale sizes it with everything else (set, not
        // bound: the base theme's stylesheet sizes icons in buttons, and a value set in code overrides it)
        icon.setIconSize((int) Math.round(button.getFont().getSize() * ICON_TO_TEXT));
        button.fontProperty().addListener((obs, was, font) -> icon.setIconSize((int) Math.round(font.getSize() * ICON_TO_TEXT)));
        button.setGraphic(icon);
        button.setText(null);
        button.getStyleClass().add("stage-icon-button");
        button.setAccessibleText(name);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }
}
