package org.balancingact.shell;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Timeline;
import org.controlsfx.control.StatusBar;

/** The bottom line: what the dataset holds and which date the network shows; messages for a few seconds. */
final class StatusLine extends StatusBar {
    private final ExplorerState state;
    private final Label counts = new Label();
    private final PauseTransition clearMessage = new PauseTransition(Duration.seconds(6));

    StatusLine(ExplorerState state) {
        this.state = state;
        setId("status-bar");
        counts.setId("status-counts");
        getRightItems().add(counts);
        state.timelineProperty().addListener((o, a, b) -> update());
        state.selectionProperty().addListener((o, a, b) -> update());
        state.focusDateProperty().addListener((o, a, b) -> update());
        clearMessage.setOnFinished(e -> update());
        update();
    }

    void say(String message) {
        setText(message);
        clearMessage.playFromStart();
    }

    private void update() {
        Timeline timeline = state.getTimeline();
        counts.setText(Messages.get("status.counts", timeline.events().size(), timeline.actors().size(),
                timeline.relations().size(), timeline.quotes().size()));
        // what is selected is said by the breadcrumb above the views; here, the network's date (in the
        // interface language) and, for a few seconds, what just happened
        setText(state.getNetworkDate() == null ? ""
                : Messages.get("status.networkDate", HistoricalDate.ofDay(state.getNetworkDate()).inWords()));
    }

    static String describe(Timeline timeline, Selection selection) {
        if (selection instanceof Selection.OfEvent e) {
            return Messages.get("status.selected.event", timeline.event(e.id()).map(ev -> ev.title()).orElse(e.id()));
        }
        if (selection instanceof Selection.OfActor a) {
            return Messages.get("status.selected.actor", timeline.actorName(a.id()));
        }
        if (selection instanceof Selection.OfRelation r) {
            return Messages.get("status.selected.relation", timeline.relation(r.id())
                    .map(rel -> timeline.actorName(rel.fromId()) + " " + Messages.get("relation." + rel.type().jsonValue()) + " "
                            + timeline.actorName(rel.toId()))
                    .orElse(r.id()));
        }
        if (selection instanceof Selection.OfQuote q) {
            return Messages.get("status.selected.quote");
        }
        return Messages.get("status.nothingSelected");
    }
}
