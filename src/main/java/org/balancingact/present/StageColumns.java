package org.balancingact.present;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The stage's middle: the quote at the left, the network at the right with the rest of the width. The
 * quote gets the narrowest column in which its words fit at the largest type step that fits; a long
 * quote first steps its type down to the smallest step, then widens its column, so it is never cut.
 */
final class StageColumns extends Region {
    /** The quote column's share of the width, narrowest first: the network keeps at least 42 %. */
    static final double[] QUOTE_SHARES = {0.42, 0.5, 0.58};
    /**
     * The shares tried with the teacher's note shown (N), once "what changed" has stepped aside: the usual
     * ones, then wider, then the whole width, the network stepping aside until N hides the note again. On a 1024×768 projector
     * the longest steps need that (the Minsk II quote with its note: 660 px of text in a 466 px column).
     */
    static final double[] NOTE_SHARES = {0.42, 0.5, 0.58, 0.75, 1.0};

    private final QuoteBlock quote;
    private final Node network;
    private String fittedFor = "";
    private double quoteShare = QUOTE_SHARES[0];

    StageColumns(QuoteBlock quote, Node network) {
        this.quote = quote;
        this.network = network;
        getStyleClass().add("stage-columns");
        getChildren().addAll(quote, network);
        // what still does not fit (very large type) is cut at the column's foot, never drawn over the
        // navigation below it
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(quote.widthProperty());
        clip.heightProperty().bind(quote.heightProperty());
        quote.setClip(clip);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        if (!quote.isVisible()) {
            network.setVisible(true);
            network.resizeRelocate(x, y, w, h);
            return;
        }
        fit(w, h);
        double quoteW = Math.round(w * quoteShare);
        quote.resizeRelocate(x, y, quoteW, h);
        network.setVisible(quoteShare < 1);
        network.resizeRelocate(x + quoteW, y, w - quoteW, h);
    }

    /** Chooses the column and the type step, again only when the room, the words or the type changed. */
    private void fit(double w, double h) {
        String key = w + "x" + h + ":" + quote.baseFontSize() + ":" + quote.version();
        if (key.equals(fittedFor)) {
            return;
        }
        fittedFor = key;
        // first with "what changed", then without it: a long teacher's note needs its room more
        for (boolean changes : new boolean[] {true, false}) {
            quote.setChangesRoom(changes);
            double[] shares = changes || !quote.noteShown() ? QUOTE_SHARES : NOTE_SHARES;
            for (double share : shares) {
                for (int step = 0; step < QuoteBlock.stepCount(); step++) {
                    quote.setStep(step);
                    if (quote.prefHeight(Math.round(w * share)) <= h) {
                        quoteShare = share;
                        return;
                    }
                }
            }
        }
        quoteShare = quote.noteShown() ? 1.0 : QUOTE_SHARES[QUOTE_SHARES.length - 1];
    }

    /** The network's part of the width, for tests and the measurements of the issue. */
    double quoteShare() {
        return quoteShare;
    }
}
