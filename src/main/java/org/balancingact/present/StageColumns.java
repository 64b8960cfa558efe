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

    private final QuoteBlock quote;
    private final Node network;
    private String fittedFor = "";
    private double quoteShare = QUOTE_SHARES[0];

    StageColumns(QuoteBlock quote, Node network) {
        this.quote = quote;
        this.network = network;
        getStyleClass().add("stage-columns");
        getChildren().addAll(quote, network);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        if (!quote.isVisible()) {
            network.resizeRelocate(x, y, w, h);
            return;
        }
        fit(w, h);
        double quoteW = Math.round(w * quoteShare);
        quote.resizeRelocate(x, y, quoteW, h);
        network.resizeRelocate(x + quoteW, y, w - quoteW, h);
    }

    /** Chooses the column and the type step, again only when the room, the words or the type changed. */
    private void fit(double w, double h) {
        String key = w + "x" + h + ":" + quote.baseFontSize() + ":" + quote.version();
        if (key.equals(fittedFor)) {
            return;
        }
        fittedFor = key;
        for (double share : QUOTE_SHARES) {
            for (int step = 0; step < QuoteBlock.stepCount(); step++) {
                quote.setStep(step);
                if (quote.prefHeight(Math.round(w * share)) <= h) {
                    quoteShare = share;
                    return;
                }
            }
        }
        quoteShare = QUOTE_SHARES[QUOTE_SHARES.length - 1];
    }

    /** The network's part of the width, for tests and the measurements of the issue. */
    double quoteShare() {
        return quoteShare;
    }
}
