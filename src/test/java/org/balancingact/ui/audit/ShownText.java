package org.balancingact.ui.audit;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** What a {@link Labeled} should show, and the text node its skin shows it with. */
final class ShownText {
    private ShownText() {
    }

    /**
     * The words the label should show: its text, without the mnemonic marker when mnemonic parsing is
     * on ("_Open" shows as "Open", "__" as "_"), as the skin does.
     */
    static String expected(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || !labeled.isMnemonicParsing() || text.indexOf('_') < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        boolean mnemonicFound = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == '_') {
                    shown.append('_');
                    i++;
                    continue;
                }
                if (!mnemonicFound) {
                    mnemonicFound = true;
                    continue;
                }
            }
            shown.append(c);
        }
        return shown.toString();
    }

    /**
     * The text node of the label's skin (JavaFX's LabeledSkinBase puts one, style class "text", among the
     * label's children); null before the label has a skin or when it shows no text.
     */
    static Text textNode(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }
}
