package org.balancingact.quotes;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Filter;
import org.balancingact.explore.Highlights;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Event;
import org.balancingact.model.Quote;
import org.balancingact.model.Relation;
import org.balancingact.model.Source;
import org.balancingact.model.Timeline;

/**
 * The words behind the current selection, in the order they appear in their source, so a student
 * reads them as the author wrote them; "Show in source" swaps the cards for the source reader until
 * the student goes back or selects something elsewhere. Quotes the filter hides are not shown.
 */
public class QuotePanel extends BorderPane {
    private final ExplorerState state;
    private final Label heading = new Label();
    private final Label copied = new Label();
    private final ComboBox<CitationStyle> style = new ComboBox<>();
    private final Button back = new Button(Messages.get("quotes.back"));
    private final VBox cards = new VBox();
    private final ScrollPane scroller = new ScrollPane(cards);
    private SourceReader reader;
    private String readingQuoteId;
    private boolean selectingFromReader;
    private boolean scrollPending;
    private StyledText lastCopied;

    public QuotePanel(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        setId("quote-panel");
        getStyleClass().add("quote-panel");
        getStylesheets().add(QuotePanel.class.getResource("quotes.css").toExternalForm());
        heading.getStyleClass().add("panel-heading");
        heading.setId("quote-heading");
        copied.setId("quote-copied");
        copied.getStyleClass().add("quote-copied");
        style.getItems().setAll(CitationStyle.values());
        style.setValue(CitationStyle.APA_7);
        style.setId("citation-style");
        style.setTooltip(new Tooltip(Messages.get("quotes.style.tooltip")));
        back.setId("reader-back");
        back.setOnAction(e -> closeReader());
        back.setVisible(false);
        back.managedProperty().bind(back.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label styleLabel = new Label(Messages.get("quotes.citeAs"));
        styleLabel.setLabelFor(style);
        // when presenting on a narrow screen the list box gives up width (its longest style name),
        // never the label: "Cite as" must stay readable, "Chicago 17 bibliography" may end in "…"
        styleLabel.setMinWidth(Region.USE_PREF_SIZE); // the list box's own minimum is in quotes.css, in em
        HBox top = new HBox(6, back, heading, gap, copied, styleLabel, style);
        heading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("quote-panel-top");
        cards.getStyleClass().add("quote-cards");
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setTop(top);
        setCenter(scroller);
        state.highlightsProperty().addListener((obs, was, now) -> onHighlights());
        state.timelineProperty().addListener((obs, was, now) -> closeReader());
        scroller.viewportBoundsProperty().addListener((obs, was, now) -> scrollToMark());
        cards.heightProperty().addListener((obs, was, now) -> scrollToMark());
        refresh();
    }

    private void onHighlights() {
        if (reader != null && selectingFromReader) {
            Selection now = state.getSelection();
            openReader(now instanceof Selection.OfQuote q ? q.id() : readingQuoteId); // a passage picked a quote: read it
        } else {
            reader = null;
            refresh();
        }
    }

    private void refresh() {
        if (reader != null) {
            return;
        }
        back.setVisible(false);
        scroller.setContent(cards);
        Timeline timeline = state.getTimeline();
        Highlights highlights = state.getHighlights();
        Filter filter = state.getFilter();
        cards.getChildren().clear();
        if (!highlights.isActive()) {
            heading.setText(Messages.get("quotes.heading"));
            Label hint = new Label(Messages.get("quotes.placeholder"));
            hint.getStyleClass().add("placeholder");
            hint.setWrapText(true);
            cards.getChildren().add(hint);
            return;
        }
        List<Quote> quotes = highlights.quotes().stream()
                .map(timeline::quote).flatMap(Optional::stream)
                .filter(q -> QuoteFiltering.accepts(timeline, filter, q))
                .sorted(Comparator.comparing(Quote::sourceId).thenComparingInt(q -> positionInSource(timeline, q)))
                .toList();
        heading.setText(quotes.size() == 1 ? Messages.get("quotes.count.one") : Messages.get("quotes.count.other", quotes.size()));
        if (quotes.isEmpty() && state.getSelection() instanceof Selection.OfEvent e
                && timeline.event(e.id()).map(event -> event.quoteIds().isEmpty()).orElse(false)) {
            // an imported event that rests on no quote says so, rather than showing an empty panel
            Label none = new Label(Messages.get("quotes.noSource"));
            none.setId("quote-no-source");
            none.getStyleClass().add("placeholder");
            none.setWrapText(true);
            cards.getChildren().add(none);
        }
        QuoteCard.Actions actions = new CardActions();
        for (Quote quote : quotes) {
            cards.getChildren().add(new QuoteCard(quote, timeline, highlights.ofQuote(quote.id()),
                    item -> item instanceof Event e ? filter.accepts(e) : item instanceof Relation r ? filter.accepts(r) : true,
                    actions));
        }
        scroller.setVvalue(0);
    }

    private static int positionInSource(Timeline timeline, Quote quote) {
        return timeline.source(quote.sourceId()).map(Source::text).map(t -> t.indexOf(quote.text())).orElse(0);
    }

    // ---- the source reader ------------------------------------------------------------------------

    /** Shows the full source of a quote with the quote highlighted and scrolled into view. */
    public void showInSource(String quoteId) {
        openReader(quoteId);
    }

    private void openReader(String quoteId) {
        Timeline timeline = state.getTimeline();
        Optional<Quote> quote = timeline.quote(quoteId);
        Optional<Source> source = quote.flatMap(q -> timeline.source(q.sourceId()));
        if (source.isEmpty()) {
            return;
        }
        readingQuoteId = quoteId;
        reader = new SourceReader(source.get(), timeline, quoteId, state.getHighlights().quotes(), this::selectFromReader);
        heading.setText(Messages.get("quotes.source"));
        back.setVisible(true);
        scroller.setContent(reader);
        reader.heightProperty().addListener((obs, was, now) -> scrollToMark());
        scrollPending = true;
        scroller.applyCss();
        scroller.layout();
        scrollToMark();
    }

    private void selectFromReader(Selection selection) {
        selectingFromReader = true;
        try {
            state.select(selection);
        } finally {
            selectingFromReader = false;
        }
    }

    private void closeReader() {
        reader = null;
        readingQuoteId = null;
        scrollPending = false;
        refresh();
    }

    /** Puts the highlighted quote a third of the way down the visible text, once the reader has a size. */
    private void scrollToMark() {
        if (!scrollPending || reader == null || reader.markedParagraph() == null) {
            return;
        }
        double viewport = scroller.getViewportBounds().getHeight();
        double content = reader.getHeight();
        if (viewport <= 0 || content <= 0) {
            return;
        }
        ReaderParagraph paragraph = reader.markedParagraph();
        double y = paragraph.getBoundsInParent().getMinY() + paragraph.markTop();
        double range = content - viewport;
        scroller.setVvalue(range <= 0 ? 0 : Math.max(0, Math.min(1, (y - viewport / 3) / range)));
        scrollPending = !(content > viewport && paragraph.getHeight() > 0);
    }

    /** The source being read, or null when the cards are shown. */
    public Source readingSource() {
        return reader == null ? null : reader.source();
    }

    public String readingQuoteId() {
        return reader == null ? null : readingQuoteId;
    }

    /** As if the student dragged over the source's characters {@code start} to {@code end}. */
    public void selectPassage(int start, int end) {
        if (reader != null) {
            reader.selectPassage(start, end);
        }
    }

    // ---- citations ---------------------------------------------------------------------------------

    public ComboBox<CitationStyle> citationStyle() {
        return style;
    }

    /** What the last copy put on the clipboard (plain text and HTML), or null. */
    public StyledText lastCopied() {
        return lastCopied;
    }

    private void copy(StyledText text, String what) {
        lastCopied = text;
        ClipboardContent content = new ClipboardContent();
        content.putString(text.plain());
        content.putHtml(text.html());
        Clipboard.getSystemClipboard().setContent(content);
        copied.setText(Messages.get("quotes.copied." + what, style.getValue().label()));
    }

    private final class CardActions implements QuoteCard.Actions {
        @Override
        public void select(Selection selection) {
            state.select(selection);
        }

        @Override
        public void showInSource(Quote quote) {
            openReader(quote.id());
        }

        @Override
        public void copyCitation(Quote quote) {
            Timeline timeline = state.getTimeline();
            timeline.source(quote.sourceId()).ifPresent(source ->
                    copy(Citations.forTimeline(timeline).entry(source, style.getValue()), "citation"));
        }

        @Override
        public void copyQuoteWithCitation(Quote quote) {
            Timeline timeline = state.getTimeline();
            timeline.source(quote.sourceId()).ifPresent(source ->
                    copy(Citations.forTimeline(timeline).quoteWithCitation(quote, source, style.getValue()), "quote"));
        }
    }
}
