package org.balancingact.shell;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Selection;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Actor;
import org.balancingact.model.Event;
import org.balancingact.model.HistoricalDate;
import org.balancingact.model.Quote;
import org.balancingact.model.Relation;
import org.balancingact.model.Timeline;
import org.balancingact.model.Translations;

/** Title, date in words, summary, actors, themes and date note of whatever is selected. */
public class DetailsPane extends ScrollPane {
    private final ExplorerState state;
    private final VBox content = new VBox();
    private LinkOpener links = new LinkOpener(url -> { }, url -> false);

    public DetailsPane(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        setId("details");
        getStyleClass().add("details-pane");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("details-content");
        setContent(content);
        state.selectionProperty().addListener((obs, was, now) -> refresh());
        state.timelineProperty().addListener((obs, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        content.getChildren().clear();
        Timeline timeline = state.getTimeline();
        Selection selection = state.getSelection();
        if (selection instanceof Selection.OfEvent e) {
            timeline.event(e.id()).ifPresent(event -> showEvent(timeline, event));
        } else if (selection instanceof Selection.OfActor a) {
            timeline.actor(a.id()).ifPresent(actor -> showActor(actor));
        } else if (selection instanceof Selection.OfRelation r) {
            timeline.relation(r.id()).ifPresent(relation -> showRelation(timeline, relation));
        } else if (selection instanceof Selection.OfQuote q) {
            timeline.quote(q.id()).ifPresent(quote -> showQuote(timeline, quote));
        }
        if (content.getChildren().isEmpty()) {
            add("details-placeholder", Messages.get("details.placeholder"));
        }
    }

    private void showEvent(Timeline timeline, Event event) {
        add("details-title", event.title()).setId("details-title");
        markFallback(event.translations(), Translations.TITLE, Translations.SUMMARY, Translations.DATE_NOTE);
        add("details-date", dateInWords(event.when())).setId("details-date");
        addImported(event); // interchange (issue 17): time of day, "no source quoted"
        addIfAny("details-summary", event.summary());
        addActorLinks(timeline, event.actorIds());
        addIfAny("details-line", Messages.get("details.themes", event.themeIds().stream().map(timeline::themeLabel).collect(Collectors.joining(", "))));
        addIfAny("details-line", Messages.get("details.importance", importance(event.importance())));
        if (!event.dateNote().isEmpty()) {
            add("details-note", Messages.get("details.dateNote", event.dateNote())).setId("details-date-note");
        }
        addReferences(event.references());
        addMoreFields(event.moreFields());
    }

    // ---- interchange (issue 17): what an imported event brings beyond our fields ----------------------

    /** The time an imported timestamp gave, and a mark on an event that rests on no quote. */
    private void addImported(Event event) {
        if (!event.timeOfDay().isEmpty()) {
            add("details-time", Messages.get("details.timeOfDay", event.timeOfDay())).setId("details-time");
        }
        if (event.quoteIds().isEmpty()) {
            Label none = add("details-no-source", Messages.get("details.noSource"));
            none.setId("details-no-source");
            none.setAccessibleText(Messages.get("details.noSource.accessible"));
        }
    }

    /** The columns of an imported table that map to nothing here, name and value, kept so nothing is lost. */
    private void addMoreFields(java.util.Map<String, String> fields) {
        if (fields.isEmpty()) {
            return;
        }
        add("details-more-heading", Messages.get("details.moreFields")).setId("details-more-fields-heading");
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setId("details-more-fields");
        grid.getStyleClass().add("details-more-fields");
        grid.setAccessibleText(Messages.get("details.moreFields"));
        int row = 0;
        for (java.util.Map.Entry<String, String> field : fields.entrySet()) {
            Label name = new Label(field.getKey());
            name.getStyleClass().add("details-more-name");
            Label value = new Label(field.getValue());
            value.getStyleClass().add("details-more-value");
            value.setWrapText(true);
            value.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            name.setLabelFor(value);
            grid.addRow(row++, name, value);
        }
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().setAll(names, values);
        content.getChildren().add(grid);
    }

    /** Reference links open in the browser only through the {@link LinkOpener}: web links, after asking. */
    void setLinkOpener(LinkOpener opener) {
        this.links = java.util.Objects.requireNonNull(opener);
    }

    private void addReferences(List<org.balancingact.model.Reference> references) {
        int n = 0;
        for (org.balancingact.model.Reference ref : references) {
            if (ref.url().isEmpty() || !LinkOpener.isWebLink(ref.url())) {
                add("details-reference", Messages.get("details.reference", ref.title() + (ref.url().isEmpty() ? "" : " — " + ref.url())));
                continue;
            }
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(ref.title());
            link.setId("details-reference:" + n++);
            link.getStyleClass().add("details-reference-link");
            link.setWrapText(true);
            link.setTooltip(new javafx.scene.control.Tooltip(ref.url()));
            link.setAccessibleText(Messages.get("details.reference.open", ref.title(), ref.url()));
            link.setOnAction(e -> links.open(ref.url()));
            content.getChildren().add(link);
        }
    }

    private void addActorLinks(Timeline timeline, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        javafx.scene.layout.FlowPane flow = new javafx.scene.layout.FlowPane(10, 0);
        flow.getStyleClass().add("details-actors");
        flow.getChildren().add(new Label(Messages.get("details.actors")));
        for (String id : ids) {
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(timeline.actorName(id));
            link.setId("details-actor:" + id);
            link.setOnAction(e -> state.select(Selection.actor(id)));
            flow.getChildren().add(link);
        }
        content.getChildren().add(flow);
    }

    private void showActor(Actor actor) {
        add("details-title", actor.displayName()).setId("details-title");
        markFallback(actor.translations(), Translations.ROLE);
        add("details-date", Messages.get("actor.kind." + actor.kind().jsonValue()) + (actor.role().isEmpty() ? "" : " · " + actor.role()));
        addIfAny("details-summary", actor.summary());
        if (!actor.names().isEmpty()) {
            add("details-line", Messages.get("details.alsoWritten", actor.names().entrySet().stream()
                    .map(en -> en.getValue() + " (" + en.getKey() + ")").collect(Collectors.joining(", "))));
        }
        if (!actor.aliases().isEmpty()) {
            add("details-line", Messages.get("details.spellings", String.join(", ", actor.aliases())));
        }
    }

    private void showRelation(Timeline timeline, Relation relation) {
        add("details-title", timeline.actorName(relation.fromId()) + " — " + Messages.get("relation." + relation.type().jsonValue()) + " — "
                + timeline.actorName(relation.toId())).setId("details-title");
        add("details-date", dateInWords(relation.when())).setId("details-date");
        markFallback(relation.translations(), Translations.SUMMARY, Translations.DATE_NOTE);
        addIfAny("details-summary", relation.summary());
        if (!relation.dateNote().isEmpty()) {
            add("details-note", Messages.get("details.dateNote", relation.dateNote())).setId("details-date-note");
        }
        addReferences(relation.references());
    }

    private void showQuote(Timeline timeline, Quote quote) {
        add("details-title", Messages.get("details.quote")).setId("details-title");
        add("details-summary", "“" + quote.text() + "”");
        if (Messages.isForeign(quote.lang())) {
            add("details-fallback", Messages.get("quotes.language", Messages.languageName(quote.lang())))
                    .setId("details-quote-language");
        }
        timeline.source(quote.sourceId()).ifPresent(s -> add("details-line", s.author().isEmpty()
                ? Messages.get("details.source", s.title()) : Messages.get("details.source.byAuthor", s.title(), s.author())));
    }

    /**
     * Says, once under the title, that some of the texts below are shown in English because the dataset
     * has no translation into the interface language for them (the model resolved which; this only says so).
     */
    private void markFallback(Translations translations, String... fields) {
        for (String field : fields) {
            if (translations.fallsBack(field)) {
                Label mark = add("details-fallback", Messages.get("details.fallback"));
                mark.setId("details-fallback");
                return;
            }
        }
    }

    /** The date in words with its uncertainty said out loud, as a student would cite it. */
    static String dateInWords(HistoricalDate when) {
        StringBuilder text = new StringBuilder(when.inWords());
        if (when.isApproximate() || when.isUncertain()) {
            text.append(" — ").append(Messages.get(when.isApproximate() && when.isUncertain()
                    ? "details.date.approximateAndUncertain"
                    : when.isApproximate() ? "details.date.approximate" : "details.date.uncertain"));
        } else if (!when.isExactDay() && !when.isInterval()) {
            text.append(" — ").append(Messages.get("details.date.noExactDay"));
        }
        return text.toString();
    }

    private static String importance(int importance) {
        return Messages.get(importance == 1 ? "details.importance.key"
                : importance == 2 ? "details.importance.notable" : "details.importance.background");
    }

    private static String names(Timeline timeline, List<String> ids) {
        return ids.stream().map(timeline::actorName).collect(Collectors.joining(", "));
    }

    private void addIfAny(String styleClass, String text) {
        if (!text.isBlank() && !text.endsWith(": ")) {
            add(styleClass, text);
        }
    }

    private Label add(String styleClass, String text) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        content.getChildren().add(label);
        return label;
    }
}
