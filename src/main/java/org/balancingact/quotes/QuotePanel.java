package org.balancingact.quotes;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Highlights;
import org.balancingact.explore.Selection;
import org.balancingact.model.Quote;
import org.balancingact.model.Source;
import org.balancingact.model.Timeline;

/**
 * The words behind the current selection, in the order they appear in their source, so a student
 * reads them as the author wrote them.
 */
public class QuotePanel extends BorderPane {
    private final ExplorerState state;
    private final Label heading = new Label();
    private final VBox cards = new VBox();
    private final ScrollPane scroller = new ScrollPane(cards);

    public QuotePanel(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        setId("quote-panel");
        getStyleClass().add("quote-panel");
        getStylesheets().add(QuotePanel.class.getResource("quotes.css").toExternalForm());
        heading.getStyleClass().add("panel-heading");
        heading.setId("quote-heading");
        cards.getStyleClass().add("quote-cards");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setTop(heading);
        setCenter(scroller);
        state.highlightsProperty().addListener((obs, was, now) -> refresh());
        state.timelineProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Timeline timeline = state.getTimeline();
        Highlights highlights = state.getHighlights();
        cards.getChildren().clear();
        if (!highlights.isActive()) {
            heading.setText("Quotes");
            Label hint = new Label("Select an event, an actor or a relation to read the words it rests on.");
            hint.getStyleClass().add("placeholder");
            hint.setWrapText(true);
            cards.getChildren().add(hint);
            return;
        }
        List<Quote> quotes = highlights.quotes().stream()
                .map(timeline::quote).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(Quote::sourceId).thenComparingInt(q -> positionInSource(timeline, q)))
                .toList();
        heading.setText(quotes.size() == 1 ? "1 quote" : quotes.size() + " quotes");
        for (Quote quote : quotes) {
            cards.getChildren().add(new QuoteCard(quote, timeline, highlights.ofQuote(quote.id()), state::select));
        }
        scroller.setVvalue(0);
    }

    private static int positionInSource(Timeline timeline, Quote quote) {
        return timeline.source(quote.sourceId()).map(Source::text).map(t -> t.indexOf(quote.text())).orElse(0);
    }

    /** The selection this panel would make when its first card is clicked; for keyboard users. */
    Selection firstQuote() {
        return cards.getChildren().stream().filter(QuoteCard.class::isInstance).findFirst()
                .map(n -> (Selection) Selection.quote(n.getId().substring("quote:".length())))
                .orElse(Selection.NONE);
    }
}
