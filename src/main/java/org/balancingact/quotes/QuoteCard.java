package org.balancingact.quotes;

import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancingact.explore.Emphasis;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Event;
import org.balancingact.model.Quote;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/**
 * One quote: the words in large type, who says them when the source attributes them, the source, a
 * chip for every event, relation and speaker it supports (a chip selects its item; each kind says what
 * it is in words, so "Russia invades Ukraine" the event and the relation are told apart without
 * colour), and the actions a student needs to use it: read it in its source, copy it with a citation.
 */
final class QuoteCard extends VBox {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    /** What the card's buttons ask the panel to do. */
    interface Actions {
        void select(Selection selection);

        void showInSource(Quote quote);

        void copyCitation(Quote quote);

        void copyQuoteWithCitation(Quote quote);
    }

    QuoteCard(Quote quote, Timeline timeline, Emphasis emphasis, Predicate<Object> shown, Actions actions) {
        getStyleClass().add("quote-card");
        setId("quote:" + quote.id());
        pseudoClassStateChanged(SELECTED, emphasis == Emphasis.SELECTED);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText(Messages.get("quotes.card.accessible", quote.text()));

        // quotation marks inside the quote become single ones, as in any quotation within a quotation
        Label words = new Label("“" + quote.text().replace('“', '‘').replace('”', '’') + "”");
        words.getStyleClass().add("quote-text");
        words.setWrapText(true);
        words.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().add(words);

        if (Messages.isForeign(quote.lang())) {
            // quotes are never translated: a Russian screen shows the source's English and says so
            Label language = new Label(Messages.get("quotes.language", Messages.languageName(quote.lang())));
            language.getStyleClass().add("quote-language");
            language.setId("quote-language:" + quote.id());
            getChildren().add(language);
        }
        if (quote.hasSpeaker()) {
            Label speaker = new Label("— " + timeline.actorName(quote.speakerId()));
            speaker.getStyleClass().add("quote-speaker");
            getChildren().add(speaker);
        }
        timeline.source(quote.sourceId()).ifPresent(source -> {
            Label from = new Label(Citation.shortForm(source));
            from.getStyleClass().add("quote-source");
            from.setWrapText(true);
            from.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(from);
        });

        FlowPane chips = new FlowPane(6, 4);
        // a flow pane is as wide as its widest chip unless told otherwise; the quote must wrap, not widen the card
        chips.setMinWidth(0);
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.getStyleClass().add("quote-chips");
        for (Event event : timeline.events()) {
            if (event.quoteIds().contains(quote.id()) && shown.test(event)) {
                chips.getChildren().add(chip("event", event.title(), "event", Selection.event(event.id()), actions));
            }
        }
        for (Relation relation : timeline.relations()) {
            if (relation.quoteIds().contains(quote.id()) && shown.test(relation)) {
                String text = timeline.actorName(relation.fromId()) + " → " + Messages.get("relation." + relation.type().jsonValue()) + " → "
                        + timeline.actorName(relation.toId());
                chips.getChildren().add(chip("relation", text, "relation", Selection.relation(relation.id()), actions));
            }
        }
        if (quote.hasSpeaker()) {
            chips.getChildren().add(chip("speaker", timeline.actorName(quote.speakerId()), "actor",
                    Selection.actor(quote.speakerId()), actions));
        }
        if (!chips.getChildren().isEmpty()) {
            getChildren().add(chips);
        }

        Button show = action(Messages.get("quotes.showInSource"), "show-source:" + quote.id(), Messages.get("quotes.showInSource.tooltip"),
                () -> actions.showInSource(quote));
        Button cite = action(Messages.get("quotes.copyCitation"), "copy-citation:" + quote.id(), Messages.get("quotes.copyCitation.tooltip"),
                () -> actions.copyCitation(quote));
        Button both = action(Messages.get("quotes.copyQuote"), "copy-quote:" + quote.id(),
                Messages.get("quotes.copyQuote.tooltip"), () -> actions.copyQuoteWithCitation(quote));
        // a flow, not a row: at large type or on a narrow panel the buttons wrap instead of widening the card
        FlowPane buttons = new FlowPane(6, 4, show, cite, both);
        buttons.getStyleClass().add("quote-actions");
        buttons.setMinWidth(0);
        getChildren().add(buttons);

        setOnMouseClicked(e -> {
            actions.select(Selection.quote(quote.id()));
            e.consume();
        });
    }

    private static Button action(String text, String id, String tip, Runnable run) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("quote-action");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> run.run());
        return button;
    }

    private static Button chip(String chipKind, String text, String kind, Selection target, Actions actions) {
        String kindWord = Messages.get("quotes.chip." + chipKind);
        Label kindLabel = new Label(kindWord);
        kindLabel.getStyleClass().add("chip-kind");
        Button chip = new Button(text, kindLabel);
        chip.getStyleClass().addAll("chip", "chip-" + kind);
        chip.setId("chip:" + kind + ":" + target.id());
        chip.setAccessibleText(kindWord + ": " + text);
        chip.setTooltip(new Tooltip(Messages.get("quotes.chip." + chipKind + ".tooltip")));
        chip.setOnAction(e -> actions.select(target));
        chip.setFocusTraversable(true);
        return chip;
    }
}
