package org.balancingact.shell;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.balancingact.data.ColumnKey;
import org.balancingact.data.ColumnMapping;
import org.balancingact.data.DateOrder;
import org.balancingact.data.ImportOptions;
import org.balancingact.data.Problem;
import org.balancingact.data.TablePreview;
import org.balancingact.i18n.Messages;

/**
 * Asks which columns of a table make the events, when the header alone does not say for sure (no date or
 * title column recognised, or several), when the encoding had to be guessed, or when its dates could be
 * day-month or month-day. Each key takes up to three columns (the first non-empty one wins); the encoding
 * and the order of dates are chosen here too. A live preview shows the first rows as they would be read,
 * with the reason a row would be left out, so the user sees the result before opening.
 */
final class ColumnDialog extends Dialog<ImportOptions> {
    /** The keys the dialog offers: those of {@code --columns}. The template's others are kept as found. */
    static final List<ColumnKey> KEYS = List.of(ColumnKey.DATE, ColumnKey.END, ColumnKey.TITLE, ColumnKey.SUMMARY,
            ColumnKey.THEMES, ColumnKey.ACTORS, ColumnKey.LINK, ColumnKey.ID);
    static final List<String> ENCODINGS = List.of("UTF-8", "windows-1251", "windows-1252", "KOI8-R", "UTF-16");
    private static final int FALLBACKS = 3;

    private final Function<ImportOptions, Optional<TablePreview>> previewer;
    private final ColumnMapping base;
    private final Map<ColumnKey, List<ComboBox<String>>> choices = new EnumMap<>(ColumnKey.class);
    private final ComboBox<String> encoding = new ComboBox<>();
    /** "" (ISO dates, no order needed) or a {@link DateOrder}'s name. */
    private final ComboBox<String> dateOrder = new ComboBox<>();
    private final Label message = new Label();
    private final TableView<TablePreview.Row> table = new TableView<>();
    private final ButtonType open = new ButtonType(Messages.get("columns.open"), ButtonBar.ButtonData.OK_DONE);
    private boolean updating;

    /**
     * @param previewer reads the table again with other options (the same code as opening it)
     * @param first     the preview with what is known so far
     */
    ColumnDialog(Window owner, String fileName, TablePreview first, ImportOptions start,
                 Function<ImportOptions, Optional<TablePreview>> previewer) {
        this.previewer = previewer;
        this.base = first.mapping();
        updating = true; // the boxes are filled in below: nothing to preview until all exist
        initOwner(owner);
        setTitle(Messages.get("columns.title"));
        setHeaderText(Messages.get("columns.header", fileName));
        setResizable(true);
        getDialogPane().setId("column-dialog");
        getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        getDialogPane().lookupButton(open).setId("column-dialog-open");
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("column-dialog-cancel");

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(3);
        grid.getStyleClass().add("column-grid");
        int row = 0;
        encoding.getItems().setAll(ENCODINGS);
        if (!ENCODINGS.contains(first.encoding())) {
            encoding.getItems().add(0, first.encoding());
        }
        encoding.setValue(start.encoding().map(Charset::name).orElse(first.encoding()));
        encoding.setId("column-encoding");
        Label guessed = new Label(first.encodingGuessed() ? Messages.get("columns.encoding.guessed") : "");
        dateOrder.getItems().setAll("", DateOrder.YMD.name(), DateOrder.MDY.name(), DateOrder.DMY.name());
        dateOrder.setConverter(new StringConverter<>() {
            @Override
            public String toString(String order) {
                return order == null || order.isEmpty() ? Messages.get("columns.dates.iso") : Messages.get("columns.dates." + order);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        dateOrder.setValue(start.dateOrder().or(first::dateOrder).map(DateOrder::name).orElse(""));
        dateOrder.setId("column-date-order");
        guessed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox reading = new HBox(8, encoding, guessed, labelFor(Messages.get("columns.dates"), dateOrder), dateOrder);
        reading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(row++, labelFor(Messages.get("columns.encoding"), encoding), reading);
        for (ColumnKey key : KEYS) {
            List<ComboBox<String>> boxes = new ArrayList<>();
            HBox line = new HBox(6);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            List<String> current = first.mapping().columnsFor(key);
            for (int i = 0; i < FALLBACKS; i++) {
                ComboBox<String> box = columnBox(first.headers(), key, i);
                box.setValue(i < current.size() ? current.get(i) : "");
                boxes.add(box);
                if (i > 0) {
                    Label orElse = new Label(Messages.get("columns.orElse"));
                    orElse.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                    line.getChildren().add(orElse);
                }
                line.getChildren().add(box);
            }
            choices.put(key, boxes);
            grid.addRow(row++, labelFor(Messages.get("columns.key." + key.key()), boxes.get(0)), line);
        }
        message.setId("column-dialog-message");
        message.setWrapText(true);
        message.getStyleClass().add("column-dialog-message");
        table.setId("column-preview");
        table.setAccessibleText(Messages.get("columns.preview"));
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // widths in proportion (the policy fills the table): the line number is short, what a row says long
        table.getColumns().setAll(List.of(
                column("columns.preview.line", 60, r -> Integer.toString(r.line())),
                column("columns.preview.date", 100, TablePreview.Row::date),
                column("columns.preview.time", 150, TablePreview.Row::time),
                column("columns.preview.title", 180, TablePreview.Row::title),
                column("columns.preview.more", 260, r -> r.moreFields().isEmpty() ? "" : String.join("; ",
                        r.moreFields().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList())),
                column("columns.preview.leftOut", 200, TablePreview.Row::leftOut)));
        VBox content = new VBox(8, grid, message, new Label(Messages.get("columns.preview")), table);
        getDialogPane().setContent(content);
        // wide enough for three lists a key and a readable preview; the theme's dialogs are narrower
        getDialogPane().setPrefWidth(1000);
        getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        encoding.valueProperty().addListener(o -> refresh());
        dateOrder.valueProperty().addListener(o -> refresh());
        setResultConverter(button -> button == open ? chosen() : null);
        updating = false;
        show(first);
    }

    private ComboBox<String> columnBox(List<String> headers, ColumnKey key, int position) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().add("");
        headers.stream().filter(h -> !h.isBlank()).forEach(box.getItems()::add);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String column) {
                return column == null || column.isEmpty() ? "—" : column;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setId("column-" + key.key() + "-" + position);
        box.setAccessibleText(Messages.get("columns.key." + key.key()) + " " + (position + 1));
        box.valueProperty().addListener(o -> refresh());
        return box;
    }

    private static Label labelFor(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static TableColumn<TablePreview.Row, String> column(String key, double width, Function<TablePreview.Row, String> value) {
        TableColumn<TablePreview.Row, String> column = new TableColumn<>(Messages.get(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    /** The options chosen so far: the mapping of the boxes over the keys the dialog does not show. */
    ImportOptions chosen() {
        ColumnMapping mapping = base;
        for (ColumnKey key : KEYS) {
            List<String> names = new ArrayList<>();
            for (ComboBox<String> box : choices.get(key)) {
                if (box.getValue() != null && !box.getValue().isEmpty() && !names.contains(box.getValue())) {
                    names.add(box.getValue());
                }
            }
            mapping = mapping.with(key, names);
        }
        ImportOptions options = ImportOptions.NONE.withColumns(mapping);
        if (encoding.getValue() != null && Charset.isSupported(encoding.getValue())) {
            options = options.withEncoding(Charset.forName(encoding.getValue()));
        }
        Optional<DateOrder> order = dateOrder.getValue() == null ? Optional.empty() : DateOrder.named(dateOrder.getValue());
        return order.map(options::withDateOrder).orElse(options);
    }

    private void refresh() {
        if (updating) {
            return;
        }
        previewer.apply(chosen()).ifPresent(this::show);
    }

    private void show(TablePreview preview) {
        updating = true;
        try {
            for (List<ComboBox<String>> boxes : choices.values()) {
                for (int i = 1; i < boxes.size(); i++) {
                    String before = boxes.get(i - 1).getValue();
                    boxes.get(i).setDisable(before == null || before.isEmpty());
                }
            }
            table.getItems().setAll(preview.rows());
            List<String> said = new ArrayList<>();
            for (Problem problem : preview.problems()) {
                said.add(problem.message());
            }
            if (preview.dateOrderNeeded()) {
                said.add(Messages.get("columns.dates.needed"));
            }
            if (preview.encodingGuessed()) {
                said.add(Messages.get("columns.encoding.guessedNote", preview.encoding()));
            }
            message.setText(String.join("\n", said));
            getDialogPane().lookupButton(open).setDisable(!preview.readable());
        } finally {
            updating = false;
        }
    }

    /** The rows the preview shows now (for tests and for screen readers' users who ask). */
    List<TablePreview.Row> previewRows() {
        return List.copyOf(table.getItems());
    }
}
