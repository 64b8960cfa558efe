package org.balancingact.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Actor;
import org.balancingact.model.Quote;
import org.balancingact.model.Source;
import org.balancingact.model.Timeline;

/**
 * The full text of a source, paragraph by paragraph: the quote being read highlighted, the other
 * quotes of the source marked lightly, actor names (name, aliases, a person's surname) as links that select the
 * actor, and a passage dragged over that is a quote selects that quote. Text nodes only, never
 * embedded controls, so a character index in a paragraph is a character index in the source.
 */
final class SourceReader extends VBox {
    private final Source source;
    private final Timeline timeline;
    private final Consumer<Selection> select;
    private final List<int[]> quoteRanges = new ArrayList<>(); // start, end, index into quotes
    private final List<Quote> quotes = new ArrayList<>();
    private ReaderParagraph marked;

    SourceReader(Source source, Timeline timeline, String currentQuoteId, Set<String> related, Consumer<Selection> select) {
        this.source = source;
        this.timeline = timeline;
        this.select = select;
        setId("source-reader");
        getStyleClass().add("source-reader");
        Label title = new Label(Citation.shortForm(source));
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        getChildren().add(title);

        String text = source.text();
        for (Quote quote : timeline.quotes()) {
            int at = quote.sourceId().equals(source.id()) ? text.indexOf(quote.text()) : -1;
            if (at >= 0) {
                quoteRanges.add(new int[] {at, at + quote.text().length(), quotes.size()});
                quotes.add(quote);
            }
        }
        String[] actorAt = actorMentions(text, timeline);
        int[] quoteAt = new int[text.length()]; // 0 none, 1 another quote, 2 a related quote, 3 the quote being read
        for (int[] range : quoteRanges) {
            Quote quote = quotes.get(range[2]);
            int level = quote.id().equals(currentQuoteId) ? 3 : related.contains(quote.id()) ? 2 : 1;
            for (int i = range[0]; i < range[1]; i++) {
                quoteAt[i] = Math.max(quoteAt[i], level);
            }
        }
        int paragraphStart = 0;
        int mention = 0;
        for (String paragraph : text.split("\n", -1)) {
            int start = paragraphStart;
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("reader-flow");
            int segment = 0;
            for (int i = 1; i <= paragraph.length(); i++) {
                int at = start + i;
                boolean boundary = i == paragraph.length() || quoteAt[at] != quoteAt[at - 1]
                        || !same(actorAt[at], actorAt[at - 1]) || (actorAt[at] != null && actorAt[at].startsWith("^"));
                if (boundary) {
                    flow.getChildren().add(segment(text.substring(start + segment, at), quoteAt[start + segment],
                            actorAt[start + segment], mention++));
                    segment = i;
                }
            }
            ReaderParagraph view = new ReaderParagraph(flow, (a, b) -> passage(start + a, start + b));
            int[] current = quoteRanges.stream().filter(r -> quotes.get(r[2]).id().equals(currentQuoteId))
                    .findFirst().orElse(null);
            if (current != null && current[0] < start + paragraph.length() && current[1] > start) {
                view.markRange(Math.max(0, current[0] - start), Math.min(paragraph.length(), current[1] - start));
                if (marked == null) {
                    marked = view;
                }
            }
            getChildren().add(view);
            paragraphStart += paragraph.length() + 1;
        }
    }

    private static boolean same(String a, String b) {
        String x = a == null ? null : a.replace("^", "");
        String y = b == null ? null : b.replace("^", "");
        return java.util.Objects.equals(x, y);
    }

    private Text segment(String words, int quoteLevel, String actorMark, int n) {
        Text text = new Text(words);
        text.getStyleClass().add("reader-text");
        switch (quoteLevel) {
            case 3 -> text.getStyleClass().add("reader-quote-current");
            case 2 -> text.getStyleClass().add("reader-quote-related");
            case 1 -> text.getStyleClass().add("reader-quote");
            default -> { }
        }
        if (actorMark != null) {
            String actorId = actorMark.replace("^", "");
            text.getStyleClass().add("reader-actor-link");
            text.setId("reader-actor:" + actorId + ":" + n);
            text.setCursor(Cursor.HAND);
            text.setPickOnBounds(true); // a click between a word's glyph strokes still counts
            text.setAccessibleRole(AccessibleRole.HYPERLINK);
            text.setAccessibleText(Messages.get("reader.actor.accessible", words, timeline.actorName(actorId)));
            text.setFocusTraversable(true);
            text.setOnMouseClicked(e -> {
                if (e.isStillSincePress()) {
                    select.accept(Selection.actor(actorId));
                    e.consume();
                }
            });
            text.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    select.accept(Selection.actor(actorId));
                    e.consume();
                }
            });
        }
        return text;
    }

    /**
     * For each character, the actor whose name or alias is written there ("^" marks the first
     * character of a mention). Longest names first, whole words only, case as written: "Minsk" is
     * Belarus's capital standing for the state, "minsk" in a word would not be.
     */
    static String[] actorMentions(String text, Timeline timeline) {
        record Name(String actorId, String words) {
        }
        List<Name> names = new ArrayList<>();
        for (Actor actor : timeline.actors()) {
            names.add(new Name(actor.id(), actor.name()));
            actor.aliases().forEach(a -> names.add(new Name(actor.id(), a)));
            if (actor.kind() == org.balancingact.model.ActorKind.PERSON && actor.name().contains(" ")) {
                // an article names a person in full once, then by surname: "Lukashenko"
                names.add(new Name(actor.id(), actor.name().substring(actor.name().lastIndexOf(' ') + 1)));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.words().length()).reversed());
        String[] at = new String[text.length() + 1];
        for (Name name : names) {
            if (name.words().length() < 2) {
                continue;
            }
            int from = 0;
            while ((from = text.indexOf(name.words(), from)) >= 0) {
                int end = from + name.words().length();
                boolean wordStart = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1));
                boolean wordEnd = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
                boolean free = Arrays.stream(at, from, end).allMatch(s -> s == null);
                if (wordStart && wordEnd && free) {
                    at[from] = "^" + name.actorId();
                    for (int i = from + 1; i < end; i++) {
                        at[i] = name.actorId();
                    }
                }
                from = end;
            }
        }
        return at;
    }

    /** A passage the student dragged over: the quote it covers best is selected. */
    private void passage(int start, int end) {
        int best = -1;
        int bestOverlap = 0;
        for (int[] range : quoteRanges) {
            int overlap = Math.min(end, range[1]) - Math.max(start, range[0]);
            int needed = (Math.min(end - start, range[1] - range[0]) + 1) / 2;
            if (overlap >= needed && overlap > bestOverlap) {
                best = range[2];
                bestOverlap = overlap;
            }
        }
        if (best >= 0) {
            select.accept(Selection.quote(quotes.get(best).id()));
        }
    }

    /** Selects the quote the passage from {@code start} to {@code end} (source characters) covers, as a drag does. */
    void selectPassage(int start, int end) {
        passage(start, end);
    }

    Source source() {
        return source;
    }

    /** The paragraph holding the quote being read, or null. */
    ReaderParagraph markedParagraph() {
        return marked;
    }
}
