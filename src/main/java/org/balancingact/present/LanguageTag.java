package org.balancingact.present;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.balancingact.i18n.Messages;

/**
 * The small "EN" beside a text of the dataset shown in another language than the interface's (a title
 * the file does not translate, a quote in its original words), so nobody takes it for an oversight.
 */
final class LanguageTag {
    private LanguageTag() {
    }

    static Label label(String id) {
        Label tag = new Label();
        tag.setId(id);
        tag.getStyleClass().add("language-tag");
        tag.setMinWidth(Region.USE_PREF_SIZE);
        tag.setVisible(false);
        tag.setManaged(false);
        return tag;
    }

    /** Shows {@code language} ("EN"), or hides the tag when it is empty. */
    static void set(Label tag, String language) {
        boolean shown = !language.isEmpty();
        tag.setText(language);
        tag.setVisible(shown);
        tag.setManaged(shown);
        if (shown) {
            String name = Messages.languageName(language.toLowerCase(Locale.ROOT));
            tag.setAccessibleText(Messages.get("stage.inLanguage", name));
            tag.setTooltip(new javafx.scene.control.Tooltip(Messages.get("stage.inLanguage", name)));
        }
    }
}
