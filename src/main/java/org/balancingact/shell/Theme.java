package org.balancingact.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * The looks the app offers. AtlantaFX's Primer themes style the standard controls; our own
 * stylesheet for each theme swaps the colour tokens of the timeline, the network and the panels.
 * The projector theme is black on white with strong colours, checked to a WCAG contrast of 7:1.
 */
public enum Theme {
    LIGHT("Light", "themes/light.css"),
    DARK("Dark", "themes/dark.css"),
    PROJECTOR("Projector (high contrast)", "themes/projector.css");

    private final String label;
    private final String stylesheet;

    Theme(String label, String stylesheet) {
        this.label = label;
        this.stylesheet = stylesheet;
    }

    public String label() {
        return label;
    }

    /** The stylesheet with this theme's colour tokens, as a URL for {@code Scene.getStylesheets()}. */
    public String stylesheetUrl() {
        return Theme.class.getResource(stylesheet).toExternalForm();
    }

    /** AtlantaFX's base stylesheet for the standard controls. */
    public String baseStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public static Theme fromName(String name) {
        for (Theme theme : values()) {
            if (theme.name().equalsIgnoreCase(name)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
