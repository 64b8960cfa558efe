package org.balancingact.quotes;

import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.balancingact.explore.Emphasis;
import org.balancingact.explore.Selection;
import org.balancingact.model.Event;
import org.balancingact.model.Quote;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/**
 * One quote: the words in large type, who says them when the source attributes them, the source, and
 * a chip for every event and relation it supports (a chip selects its item).
 */
final class QuoteCard extends VBox {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    QuoteCard(Quote quote, Timeline timeline, Emphasis emphasis, Consumer<Selection> select) {
        getStyleClass().add("quote-card");
        setId("quote:" + quote.id());
        pseudoClassStateChanged(SELECTED, emphasis == Emphasis.SELECTED);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText("Quote: " + quote.text());

        Label words = new Label("“" + quote.text() + "”");
        words.getStyleClass().add("quote-text");
        words.setWrapText(true);
        words.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().add(words);

        if (quote.hasSpeaker()) {
            Label speaker = new Label("— " + timeline.actorName(quote.speakerId()));
            speaker.getStyleClass().add("quote-speaker");
            getChildren().add(speaker);
        }
        timeline.source(quote.sourceId()).ifPresent(source -> {
            Label from = new Label(Citation.shortForm(source));
            from.getStyleClass().add("quote-source");
            from.setWrapText(true);
            from.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            getChildren().add(from);
        });

        FlowPane chips = new FlowPane(6, 4);
        chips.setAlignment(Pos.CENTER_LEFT);
        chips.getStyleClass().add("quote-chips");
        for (Event event : timeline.events()) {
            if (event.quoteIds().contains(quote.id())) {
                chips.getChildren().add(chip(event.title(), "event", Selection.event(event.id()), select));
            }
        }
        for (Relation relation : timeline.relations()) {
            if (relation.quoteIds().contains(quote.id())) {
                String text = timeline.actorName(relation.fromId()) + " " + relation.type().label() + " "
                        + timeline.actorName(relation.toId());
                chips.getChildren().add(chip(text, "relation", Selection.relation(relation.id()), select));
            }
        }
        if (!chips.getChildren().isEmpty()) {
            getChildren().add(chips);
        }
        setOnMouseClicked(e -> {
            select.accept(Selection.quote(quote.id()));
            e.consume();
        });
    }

    private static Button chip(String text, String kind, Selection target, Consumer<Selection> select) {
        Button chip = new Button(text);
        chip.getStyleClass().addAll("chip", "chip-" + kind);
        chip.setId("chip:" + kind + ":" + target.id());
        chip.setOnAction(e -> select.accept(target));
        chip.setFocusTraversable(true);
        return chip;
    }
}
