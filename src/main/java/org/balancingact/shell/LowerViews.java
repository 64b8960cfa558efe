package org.balancingact.shell;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import org.balancingact.explore.ExplorerState;
import org.balancingact.network.ActorNetworkView;
import org.balancingact.quotes.QuotePanel;

/**
 * The part of the workbench under the timeline: the actor network at the left, the quotes above the
 * details at the right. Built right after the window's first frame ({@link MainWindow#completeBuild}),
 * not in front of it: styling, laying out and drawing it was a large share of the wait for the first
 * frame (issue 18). Built late, its views read the explorer state as it is then (the selection
 * {@code --select} made, the dataset {@code --data} opened), as every view does when it is created.
 */
final class LowerViews {
    private final ActorNetworkView network;
    private final QuotePanel quotes;
    private final DetailsPane details;
    private final SplitPane split;

    LowerViews(ExplorerState state, LinkOpener links, BooleanProperty reduceMotion) {
        network = new ActorNetworkView(state);
        network.reduceMotionProperty().bindBidirectional(reduceMotion);
        quotes = new QuotePanel(state);
        details = new DetailsPane(state);
        details.setLinkOpener(links);
        SplitPane right = new SplitPane(quotes, details);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.66); // quotes get the larger share: their actions sit under the words
        split = new SplitPane(network, right);
        split.setDividerPositions(0.58);
    }

    ActorNetworkView network() {
        return network;
    }

    QuotePanel quotes() {
        return quotes;
    }

    DetailsPane details() {
        return details;
    }

    /** The network beside the quotes and the details, as one node. */
    SplitPane node() {
        return split;
    }
}
