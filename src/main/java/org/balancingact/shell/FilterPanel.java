package org.balancingact.shell;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.balancingact.explore.ExplorerState;
import org.balancingact.explore.Filter;
import org.balancingact.i18n.Messages;
import org.balancingact.model.Actor;
import org.balancingact.model.Event;
import org.balancingact.model.Timeline;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.RangeSlider;

/**
 * Themes, actors, importance and a date range, written to {@code ExplorerState.filter}: every view
 * reads the same filter, so they hide the same things. Nothing checked means "all".
 */
final class FilterPanel extends ScrollPane {
    /** An id with the label a list shows for it. */
    record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ExplorerState state;
    private final CheckListView<Choice> themes = new CheckListView<>();
    private final CheckListView<Choice> actors = new CheckListView<>();
    private final ToggleGroup importance = new ToggleGroup();
    private final RangeSlider dates = new RangeSlider(0, 1, 0, 1);
    private final Label datesLabel = new Label();
    private YearMonth firstMonth = YearMonth.of(2014, 1);
    private boolean syncing;

    FilterPanel(ExplorerState state) {
        this.state = Objects.requireNonNull(state, "state");
        setId("filter-panel");
        getStyleClass().add("filter-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        themes.setId("filter-themes");
        actors.setId("filter-actors");
        themes.setPrefHeight(200);
        actors.setPrefHeight(260);
        dates.setId("filter-dates");
        dates.setOrientation(Orientation.HORIZONTAL);
        dates.setBlockIncrement(12);
        datesLabel.setId("filter-dates-label");
        VBox importanceBox = new VBox(4);
        String[] words = {Messages.get("filter.importance.1"), Messages.get("filter.importance.2"),
            Messages.get("filter.importance.3")};
        for (int level = 1; level <= 3; level++) {
            RadioButton radio = new RadioButton(words[level - 1]);
            radio.setId("filter-importance-" + level);
            radio.setUserData(level);
            radio.setToggleGroup(importance);
            importanceBox.getChildren().add(radio);
        }
        Button clear = new Button(Messages.get("filter.clear"));
        clear.setId("filter-clear");
        clear.setOnAction(e -> state.setFilter(Filter.NONE));
        VBox box = new VBox(6, heading(Messages.get("filter.themes")), themes, heading(Messages.get("filter.actors")), actors,
                heading(Messages.get("filter.importance")), importanceBox, heading(Messages.get("filter.dates")), dates, datesLabel, clear);
        box.getStyleClass().add("filter-content");
        setContent(box);

        themes.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) c -> write());
        actors.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice>) c -> write());
        importance.selectedToggleProperty().addListener((o, a, b) -> write());
        dates.lowValueProperty().addListener((o, a, b) -> write());
        dates.highValueProperty().addListener((o, a, b) -> write());
        state.timelineProperty().addListener((o, a, b) -> load(b));
        state.filterProperty().addListener((o, a, b) -> read(b));
        load(state.getTimeline());
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("filter-heading");
        return label;
    }

    private void load(Timeline timeline) {
        syncing = true;
        try {
            themes.getItems().setAll(timeline.themes().stream().map(t -> new Choice(t.id(), t.label())).toList());
            actors.getItems().setAll(timeline.actors().stream()
                    .sorted(java.util.Comparator.comparing(Actor::name)).map(a -> new Choice(a.id(), a.name())).toList());
            LocalDate first = timeline.events().stream().filter(e -> !e.when().isOpenStart()).map(e -> e.when().earliest())
                    .min(LocalDate::compareTo).orElse(LocalDate.of(2014, 1, 1));
            LocalDate last = timeline.events().stream().filter(e -> !e.when().isOpenEnd()).map(Event::when)
                    .map(w -> w.latest()).max(LocalDate::compareTo).orElse(LocalDate.of(2022, 12, 31));
            firstMonth = YearMonth.from(first);
            int months = (int) firstMonth.until(YearMonth.from(last), java.time.temporal.ChronoUnit.MONTHS);
            dates.setMin(0);
            dates.setMax(Math.max(1, months));
        } finally {
            syncing = false;
        }
        read(state.getFilter());
    }

    /** Shows a filter set elsewhere (the breadcrumb's Clear) in the controls. */
    private void read(Filter filter) {
        syncing = true;
        try {
            check(themes, filter.themeIds());
            check(actors, filter.actorIds());
            importance.getToggles().forEach(t -> t.setSelected((int) t.getUserData() == filter.maxImportance()));
            dates.setHighValue(filter.to() == null ? dates.getMax() : monthIndex(filter.to()));
            dates.setLowValue(filter.from() == null ? dates.getMin() : monthIndex(filter.from()));
            datesLabel.setText(month(dates.getLowValue()) + " – " + month(dates.getHighValue()));
        } finally {
            syncing = false;
        }
    }

    private static void check(CheckListView<Choice> list, Set<String> ids) {
        for (Choice choice : list.getItems()) {
            if (ids.contains(choice.id())) {
                list.getCheckModel().check(choice);
            } else {
                list.getCheckModel().clearCheck(choice);
            }
        }
    }

    private void write() {
        datesLabel.setText(month(dates.getLowValue()) + " – " + month(dates.getHighValue()));
        if (syncing) {
            return;
        }
        Set<String> themeIds = new HashSet<>();
        themes.getCheckModel().getCheckedItems().forEach(c -> themeIds.add(c.id()));
        Set<String> actorIds = new HashSet<>();
        actors.getCheckModel().getCheckedItems().forEach(c -> actorIds.add(c.id()));
        int level = importance.getSelectedToggle() == null ? 3 : (int) importance.getSelectedToggle().getUserData();
        LocalDate from = Math.round(dates.getLowValue()) <= dates.getMin() ? null : monthOf(dates.getLowValue()).atDay(1);
        LocalDate to = Math.round(dates.getHighValue()) >= dates.getMax() ? null : monthOf(dates.getHighValue()).atEndOfMonth();
        state.setFilter(new Filter(themeIds, actorIds, level, from, to));
    }

    private YearMonth monthOf(double index) {
        return firstMonth.plusMonths(Math.round(index));
    }

    private double monthIndex(LocalDate day) {
        return Math.max(dates.getMin(), Math.min(dates.getMax(),
                firstMonth.until(YearMonth.from(day), java.time.temporal.ChronoUnit.MONTHS)));
    }

    private String month(double index) {
        YearMonth m = monthOf(index);
        return m.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Messages.locale()) + " " + m.getYear();
    }

    /** For tests and the keyboard: the same as dragging the slider's thumbs to these months. */
    void setDates(YearMonth from, YearMonth to) {
        dates.setHighValue(firstMonth.until(to, java.time.temporal.ChronoUnit.MONTHS));
        dates.setLowValue(firstMonth.until(from, java.time.temporal.ChronoUnit.MONTHS));
    }

    CheckListView<Choice> themes() {
        return themes;
    }

    CheckListView<Choice> actors() {
        return actors;
    }
}
