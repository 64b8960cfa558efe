package org.balancingact.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.balancingact.i18n.Messages;

/**
 * The looks the app offers. AtlantaFX's Primer themes style the standard controls; our own
 * stylesheet for each theme swaps the colour tokens of the timeline, the network and the panels.
 * The projector theme is black on white with strong colours, checked to a WCAG contrast of 7:1.
 */
public enum Theme {
    LIGHT("theme.light", "themes/light.css"),
    DARK("theme.dark", "themes/dark.css"),
    PROJECTOR("theme.projector", "themes/projector.css");

    private final String labelKey; // a key in the messages bundle
    private final String stylesheet;

    Theme(String labelKey, String stylesheet) {
        this.labelKey = labelKey;
        this.stylesheet = stylesheet;
    }

    public String label() {
        return Messages.get(labelKey);
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
