package org.balancingact.present;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancingact.i18n.Messages;

/**
 * The key quote in large type, who said it and where, what changed in the network since the previous
 * step, and (N) the teacher's note and the question. A
 * long quote steps its type down ({@code :smaller}, {@code :smallest}; the stylesheet keeps the smallest
 * at 28 px or more at the presenting scale) rather than be cut; {@link StageColumns} widens the column if
 * even that does not fit.
 */
final class QuoteBlock extends VBox {
    /** The type steps, largest first; a pseudo-class per step after the first. */
    static final List<PseudoClass> STEPS = List.of(PseudoClass.getPseudoClass("smaller"), PseudoClass.getPseudoClass("smallest"));

    private final Label quote = new Label();
    private final Label quoteLanguage = LanguageTag.label("stage-quote-language");
    private final Label attribution = new Label();
    private final Label changes = new Label();
    private final VBox noteBox = new VBox();
    private final Label noteHeading = new Label(Messages.get("stage.note.heading"));
    private final Label note = new Label();
    private final Label noteLanguage = LanguageTag.label("stage-note-language");
    private final Label question = new Label();
    private final Label questionLanguage = LanguageTag.label("stage-question-language");
    private int step;
    private long version;

    QuoteBlock() {
        setId("stage-quote-block");
        getStyleClass().add("stage-quote-block");
        quote.setId("stage-quote");
        quote.getStyleClass().add("stage-quote");
        attribution.setId("stage-attribution");
        attribution.getStyleClass().add("stage-attribution");
        note.setId("stage-note");
        note.getStyleClass().add("stage-note");
        question.setId("stage-question");
        question.getStyleClass().add("stage-question");
        noteHeading.getStyleClass().add("stage-note-heading");
        changes.setId("stage-changes");
        changes.getStyleClass().add("stage-changes");
        for (Label label : new Label[] {quote, attribution, changes, note, question, noteHeading}) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setMaxWidth(Double.MAX_VALUE);
        }
        noteBox.setId("stage-note-box");
        noteBox.getStyleClass().add("stage-note-box");
        noteBox.getChildren().addAll(noteHeading, withTag(note, noteLanguage), withTag(question, questionLanguage));
        // the quote's "EN" opens the line that says whose words they are, where it reads as "said in English"
        HBox source = new HBox(quoteLanguage, attribution);
        source.getStyleClass().add("stage-tagged");
        source.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        HBox.setHgrow(attribution, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(quote, source, changes, noteBox);
        setChanges("");
    }

    private static HBox withTag(Label text, Label tag) {
        HBox row = new HBox(text, tag);
        row.getStyleClass().add("stage-tagged");
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        return row;
    }

    void show(StageText text, boolean noteShown) {
        // quotation marks inside the quote become single ones, as in any quotation within a quotation
        quote.setText(text.hasQuote() ? "“" + text.quote().replace('“', '‘').replace('”', '’') + "”" : "");
        showIf(quote, text.hasQuote());
        LanguageTag.set(quoteLanguage, text.quoteLanguage());
        attribution.setText(text.attribution().isEmpty() ? "" : "— " + text.attribution());
        showIf(attribution.getParent(), !text.attribution().isEmpty() || !text.quoteLanguage().isEmpty());
        note.setText(text.note());
        showIf(note.getParent(), !text.note().isEmpty());
        LanguageTag.set(noteLanguage, text.noteInEnglish() ? "EN" : "");
        question.setText(text.question());
        showIf(question.getParent(), !text.question().isEmpty());
        LanguageTag.set(questionLanguage, text.questionInEnglish() ? "EN" : "");
        showIf(noteBox, noteShown && text.hasNote());
        version++;
    }

    /** What changed in the network since the previous step (or date), in words that read right either way. */
    void setChanges(String text) {
        changes.setText(text);
        showIf(changes, !text.isEmpty() && changesRoom);
        version++;
    }

    private boolean changesRoom = true;

    /** Whether the teacher's note (and the question) is shown. */
    boolean noteShown() {
        return noteBox.isVisible();
    }

    /**
     * Whether "what changed" may take room: the columns give it up first when the quote and the teacher's
     * note do not fit together (the network below the quote says the same in its drawing).
     */
    void setChangesRoom(boolean room) {
        changesRoom = room;
        showIf(changes, !changes.getText().isEmpty() && room);
    }

    boolean hasChanges() {
        return !changes.getText().isEmpty();
    }

    /** Counts changes of the words shown, so the columns fit the block again only when they changed. */
    long version() {
        return version;
    }

    private static void showIf(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** The type step of the quote: 0 is the largest. */
    void setStep(int next) {
        if (next == step) {
            return;
        }
        step = next;
        for (int i = 0; i < STEPS.size(); i++) {
            quote.pseudoClassStateChanged(STEPS.get(i), i == step - 1);
        }
        quote.applyCss();
    }

    int step() {
        return step;
    }

    static int stepCount() {
        return STEPS.size() + 1;
    }

    /** The type size the block's steps are relative to (the attribution does not step). */
    double baseFontSize() {
        return attribution.getFont().getSize();
    }

    Label quoteLabel() {
        return quote;
    }
}
