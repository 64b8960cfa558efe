package org.balancingact.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.index.Centrality;
import org.balancingact.index.RelationsInForce;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;

/**
 * Draws an {@link ActorNetworkView}: a header saying which date is shown (with the tools: any time in
 * view, fit, re-layout, key, list), a line saying what changed or which chain is highlighted, then the
 * graph (or the adjacency list), and the key when it is unfolded. Also the keyboard: arrows move
 * between actors, Enter selects, Ctrl+Enter connects, + and − zoom, 0 fits, Escape clears.
 */
public class ActorNetworkSkin extends SkinBase<ActorNetworkView> {
    private final VBox top = new VBox();
    private final Label dateLabel = new Label();
    private final Label changesLabel = new Label();
    private final Label chainLabel = new Label();
    private final NetworkGraph graph;
    private final AdjacencyList list;
    private final NetworkLegend legend = new NetworkLegend();
    private final Label fontProbe = new Label("M");
    private boolean dirty = true;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    /**
     * The date the network was last drawn at: "what changed" is told since the picture the user saw,
     * so a date set before the first frame (--date, a lesson's start) reports nothing that was never shown.
     */
    private LocalDate drawnDate;

    public ActorNetworkSkin(ActorNetworkView view) {
        super(view);
        graph = new NetworkGraph(view);
        list = new AdjacencyList(view);
        getChildren().addAll(graph, list, top, legend);
        buildHeader(view);

        ExplorerState state = view.getState();
        registerInvalidationListener(state.timelineProperty(), o -> invalidate());
        registerInvalidationListener(state.highlightsProperty(), o -> invalidate());
        registerInvalidationListener(state.focusDateProperty(), o -> invalidate());
        registerInvalidationListener(state.visibleRangeProperty(), o -> {
            if (view.isAnyTimeInView()) {
                invalidate();
            }
        });
        registerInvalidationListener(state.filterProperty(), o -> invalidate());
        for (javafx.beans.Observable o : List.of(view.anyTimeInViewProperty(), view.layoutProperty(),
                view.chainEndsProperty(), view.keyboardActorProperty(), view.legendShownProperty(),
                view.adjacencyListShownProperty(), view.featuredActorsProperty(), view.scopeProperty(),
                view.whatChangedShownProperty(), view.toolsShownProperty())) {
            registerInvalidationListener(o, x -> invalidate());
        }
        // the screen reader hears where the keyboard went at once, not a pulse later
        registerInvalidationListener(view.keyboardActorProperty(), o -> updateAccessibleText(view));
        // a hidden label tells the skin the font CSS gives this control (sizes follow the type scale)
        fontProbe.setVisible(false);
        fontProbe.setManaged(false);
        getChildren().add(fontProbe);
        registerInvalidationListener(fontProbe.fontProperty(), o -> invalidate());
        // the keyboard's ring comes with focus from the keyboard (Tab), not with focus a host gives the view
        registerInvalidationListener(view.focusVisibleProperty(), o -> {
            if (view.isFocusVisible() && view.keyboardActorProperty().get() == null) {
                view.keyboardActorProperty().set(startingActor().orElse(null));
            }
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void buildHeader(ActorNetworkView view) {
        dateLabel.getStyleClass().add("network-date");
        dateLabel.setId("network-date");
        dateLabel.setMinWidth(Region.USE_PREF_SIZE);
        dateLabel.setWrapText(true); // in a view narrower than the sentence it takes two lines (see fitDateLabel)
        CheckBox anyTime = new CheckBox(Messages.get("network.anyTime"));
        anyTime.selectedProperty().bindBidirectional(view.anyTimeInViewProperty());
        anyTime.setId("network-any-time");
        Button fit = new Button(Messages.get("network.fit"));
        fit.setId("network-fit");
        fit.setTooltip(new Tooltip(Messages.get("network.fit.tooltip")));
        fit.setOnAction(e -> view.fit());
        Button relayout = new Button(Messages.get("network.relayout"));
        relayout.setId("network-relayout");
        relayout.setTooltip(new Tooltip(Messages.get("network.relayout.tooltip")));
        relayout.setOnAction(e -> view.relayout());
        ToggleButton key = new ToggleButton(Messages.get("network.key"));
        key.setId("network-legend-toggle");
        key.setTooltip(new Tooltip(Messages.get("network.key.tooltip")));
        key.selectedProperty().bindBidirectional(view.legendShownProperty());
        ToggleButton asList = new ToggleButton(Messages.get("network.list"));
        asList.setId("network-list-toggle");
        asList.setTooltip(new Tooltip(Messages.get("network.list.tooltip")));
        asList.selectedProperty().bindBidirectional(view.adjacencyListShownProperty());
        // each tool is a child of the header itself, so that in a narrow view (a projector's strip, long
        // words in Russian) they wrap one by one instead of running off the view's edge as one row
        // a file with no actors has no network to fit, lay out, key or list
        javafx.beans.binding.BooleanBinding toolsShown = view.toolsShownProperty().and(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> !view.getState().getTimeline().actors().isEmpty(), view.getState().timelineProperty()));
        for (javafx.scene.control.Control tool : List.of(anyTime, fit, relayout, key, asList)) {
            tool.visibleProperty().bind(toolsShown);
            tool.managedProperty().bind(toolsShown);
            if (tool != anyTime) {
                tool.getStyleClass().add("network-tool");
            }
        }
        FlowPane header = new FlowPane(4, 2, dateLabel, anyTime, fit, relayout, key, asList);
        // the tools sit close together, a little apart from the date and the check box
        FlowPane.setMargin(dateLabel, new javafx.geometry.Insets(0, 4, 0, 0));
        FlowPane.setMargin(anyTime, new javafx.geometry.Insets(0, 4, 0, 0));
        header.getStyleClass().add("network-header");
        header.setAlignment(Pos.CENTER_LEFT);
        changesLabel.setId("network-changes");
        changesLabel.getStyleClass().add("network-changes");
        changesLabel.setWrapText(true);
        changesLabel.textProperty().bind(view.whatChangedProperty());
        chainLabel.setId("network-chain");
        chainLabel.getStyleClass().add("network-chain");
        chainLabel.setWrapText(true);
        top.getChildren().addAll(header, changesLabel, chainLabel);
        top.getStyleClass().add("network-top");
    }

    /**
     * Says what changed since the date last drawn, whichever way the date moved; relations the filter
     * hides are not told, nor, in a featured neighbourhood, those that touch no featured actor. Worked
     * out when the network is drawn, so a host may set the date, the featured actors and the scope of a
     * step in any order.
     */
    private void sayWhatChanged() {
        ActorNetworkView view = getSkinnable();
        ExplorerState state = view.getState();
        LocalDate now = state.getFocusDate();
        if (drawnDate != null && now != null && !now.equals(drawnDate) && !view.isAnyTimeInView()) {
            Predicate<Relation> told = state.getFilter()::accepts;
            if (view.getScope() == NetworkScope.FEATURED_NEIGHBOURHOOD && !view.getFeaturedActors().isEmpty()) {
                Set<String> featured = Set.copyOf(view.getFeaturedActors());
                told = told.and(r -> featured.contains(r.fromId()) || featured.contains(r.toId()));
            }
            RelationsInForce.Changes changes = state.relationsInForce().between(drawnDate, now);
            RelationsInForce.Changes shown = new RelationsInForce.Changes(changes.began().stream().filter(told).toList(),
                    changes.ended().stream().filter(told).toList());
            view.setWhatChanged(NetworkWords.changes(state.getTimeline(), drawnDate, now, shown));
        }
    }

    private void invalidate() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        ActorNetworkView view = getSkinnable();
        boolean changed = dirty || w != drawnWidth || h != drawnHeight;
        if (changed) {
            if (view.getLayout() != null) {
                sayWhatChanged();
            }
            updateTexts(view);
        }
        fitDateLabel(w);
        double topH = top.prefHeight(w);
        top.resizeRelocate(x, y, w, topH);
        legend.setVisible(view.legendShownProperty().get());
        double legendH = legend.isVisible() ? legend.prefHeight(w) : 0;
        legend.resizeRelocate(x, y + h - legendH, w, legendH);
        boolean asList = view.adjacencyListShownProperty().get();
        graph.setVisible(!asList);
        list.setVisible(asList);
        double bodyH = Math.max(10, h - topH - legendH);
        graph.resizeRelocate(x, y + topH, w, bodyH);
        list.resizeRelocate(x, y + topH, w, bodyH);
        if (changed) {
            dirty = false;
            if (view.getLayout() != null) { // before the first layout arrives no relation was drawn
                drawnDate = view.getState().getFocusDate();
            }
            drawnWidth = w;
            drawnHeight = h;
            List<Relation> shown = view.shownRelations();
            // the key is built when first unfolded: its icons need not be made for the first frame
            if (legend.isVisible() && legend.show(shown)) {
                view.requestLayout(); // the strip's height may change with the types shown
            }
            graph.render(labelFont(), shown);
            if (asList) {
                list.show(shown);
            }
            updateAccessibleText(view);
        }
    }

    private void updateTexts(ActorNetworkView view) {
        ExplorerState state = view.getState();
        // most imported files name no actors: an empty pane under "Relations in force on …" looks broken
        dateLabel.setText(state.getTimeline().actors().isEmpty() ? Messages.get("network.noActors")
                : view.isAnyTimeInView()
                ? Messages.get("network.date.anyTime", NetworkWords.date(state.getVisibleRange().start()),
                        NetworkWords.date(state.getVisibleRange().end()))
                : Messages.get("network.date.on", NetworkWords.date(state.getFocusDate())));
        if (view.isAnyTimeInView()) {
            view.setWhatChanged("");
        }
        boolean showChanges = view.whatChangedShownProperty().get() && !view.getWhatChanged().isEmpty();
        changesLabel.setVisible(showChanges);
        changesLabel.setManaged(showChanges);
        ActorNetworkView.ChainEnds ends = view.chainEndsProperty().get();
        chainLabel.setText(ends == null ? "" : NetworkWords.chain(state.getTimeline(), ends, view.chain().orElse(null)));
        chainLabel.setVisible(ends != null);
        chainLabel.setManaged(ends != null);
    }

    /**
     * A label in a flow pane gets its one-line width, even where the pane is narrower: the date's
     * sentence is given at most the view's width, so that it wraps rather than being cut.
     */
    private void fitDateLabel(double w) {
        javafx.scene.text.Text natural = new javafx.scene.text.Text(dateLabel.getText());
        natural.setFont(dateLabel.getFont());
        double wanted = Math.ceil(natural.getLayoutBounds().getWidth() + dateLabel.snappedLeftInset()
                + dateLabel.snappedRightInset()) + 1;
        double room = Math.floor(w - top.snappedLeftInset() - top.snappedRightInset());
        double pref = wanted > room && room > 0 ? room : Region.USE_COMPUTED_SIZE;
        if (dateLabel.getPrefWidth() != pref) {
            dateLabel.setPrefWidth(pref);
        }
    }

    /** A screen reader reads the focused control: the network says which actor the keyboard is on. */
    private void updateAccessibleText(ActorNetworkView view) {
        String on = view.keyboardActorProperty().get();
        ActorNode node = on == null ? null : graph.actorNode(on);
        view.setAccessibleText(node == null ? Messages.get("network.accessible.date", dateLabel.getText())
                : node.describe());
    }

    /** Node labels are a little smaller than the control's text; sized from the type scale. */
    private Font labelFont() {
        Font base = fontProbe.getFont();
        return Font.font(base.getFamily(), base.getSize() * 0.95);
    }

    // ---- keyboard --------------------------------------------------------------------------------

    private Optional<String> startingActor() {
        ExplorerState state = getSkinnable().getState();
        if (state.getSelection() instanceof Selection.OfActor a) {
            return Optional.of(a.id());
        }
        Map<String, Integer> degree = Centrality.degrees(getSkinnable().shownRelations());
        Timeline timeline = state.getTimeline();
        return timeline.actors().stream().map(a -> a.id())
                .max((a, b) -> Integer.compare(degree.getOrDefault(a, 0), degree.getOrDefault(b, 0)));
    }

    private void keyPressed(KeyEvent e) {
        ActorNetworkView view = getSkinnable();
        if (e.getTarget() != view || e.isAltDown()) {
            return; // keys typed into the header's buttons or the list are theirs
        }
        String on = view.keyboardActorProperty().get();
        switch (e.getCode()) {
            case LEFT, RIGHT, UP, DOWN -> {
                if (on == null) {
                    view.keyboardActorProperty().set(startingActor().orElse(null));
                } else {
                    DirectionalNeighbour.next(on, DirectionalNeighbour.Direction.valueOf(e.getCode().name()), graph.centres())
                            .ifPresent(next -> view.keyboardActorProperty().set(next));
                }
            }
            case ENTER, SPACE -> {
                if (on != null) {
                    if (e.isShortcutDown()) {
                        view.connectTo(on);
                    } else {
                        view.getState().select(Selection.actor(on));
                    }
                }
            }
            case ESCAPE -> {
                if (view.chainEndsProperty().get() != null) {
                    view.clearChain();
                } else {
                    view.getState().clearSelection();
                }
            }
            case PLUS, ADD, EQUALS -> graph.zoomAbout(graph.getWidth() / 2, graph.getHeight() / 2, 1.25);
            case MINUS, SUBTRACT -> graph.zoomAbout(graph.getWidth() / 2, graph.getHeight() / 2, 0.8);
            case DIGIT0, NUMPAD0 -> view.fit();
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---- for tests and the benchmark -------------------------------------------------------------

    ActorNode actorNode(String id) {
        return graph.actorNode(id);
    }

    NetworkGraph graph() {
        return graph;
    }
}
