package org.balancingact.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The walker of the layout audit on small scenes built to break one rule each: it catches what it
 * should (a cut label, a control beyond the scene, a tool bar folded into "»", a cut table cell, a text
 * cut by a clip, a label squeezed to no width) and ignores what it should (whatever a scroll pane, a table or a list has scrolled out
 * of view, an invisible label).
 */
@ExtendWith(ApplicationExtension.class)
class LayoutAuditSelfTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void findsTheCutLabelTheControlOutsideAndTheOverflowButNotWhatIsScrolledAway(FxRobot robot) {
        ToolBar toolBar = new ToolBar();
        toolBar.setId("tools");
        IntStream.range(0, 10).forEach(i -> toolBar.getItems().add(new Button("Action " + i)));

        Label cut = new Label("A sentence far too long for its label");
        cut.setId("cut");
        cut.setMaxWidth(90);

        VBox rows = new VBox();
        IntStream.range(0, 40).forEach(i -> {
            Label row = new Label("Row " + i + " of a list that scrolls out of sight");
            row.setId("row-" + i);
            row.setMinHeight(40); // rows of a known height, whatever the stylesheet: the text sits in their middle
            row.setPrefHeight(40);
            row.setMaxHeight(40);
            rows.getChildren().add(row);
        });
        ScrollPane scroller = new ScrollPane(rows);
        // 2.5 rows in sight: the third row's text is cut in half by the viewport's edge (scrolled, not cut);
        // most rows lie below the viewport, and beyond the scene; they are wider than the viewport too
        scroller.setPrefViewportWidth(150);
        scroller.setPrefViewportHeight(100);
        scroller.setMaxWidth(Region.USE_PREF_SIZE);

        Button outside = new Button("Beyond the edge");
        outside.setId("outside");
        outside.relocate(330, 0);
        Pane bottom = new Pane(outside);

        BorderPane root = new BorderPane(new VBox(8, cut, scroller), toolBar, null, bottom, null);
        List<Finding> findings = audit(robot, root, 400, 300);

        assertEquals(3, findings.size(), () -> "exactly three findings: " + findings);
        Finding overflow = only(findings, Finding.Kind.TOOLBAR_OVERFLOW);
        assertTrue(overflow.node().contains("#tools") && overflow.detail().contains("Action 9"),
                () -> "the tool bar is named with the items it folded away: " + overflow);
        Finding cutText = only(findings, Finding.Kind.CUT_TEXT);
        assertTrue(cutText.node().contains("#cut") && cutText.detail().startsWith("shows \""),
                () -> "the cut label is named with what it shows: " + cutText);
        Finding outsideScene = only(findings, Finding.Kind.OUTSIDE_SCENE);
        assertTrue(outsideScene.node().contains("#outside"), () -> "the button beyond the edge is named: " + outsideScene);
        assertTrue(findings.stream().noneMatch(f -> f.node().contains("row-")),
                "rows the scroll pane has scrolled out of view (or half into it) do not count");
    }

    @Test
    void aTableCellTooNarrowForItsTextIsCutButRowsBelowTheViewportAndAWideListItemAreNot(FxRobot robot) {
        TableView<String> table = new TableView<>(FXCollections.observableArrayList(
                IntStream.range(0, 100).mapToObj(i -> "row " + i).toList()));
        table.getItems().set(0, "a row whose words need far more room than its column has");
        TableColumn<String, String> column = new TableColumn<>("Name");
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()));
        column.setPrefWidth(120);
        table.getColumns().add(column);
        table.setPrefSize(200, 150);
        // a list makes its cells as wide as the widest item and scrolls sideways: that item is scrolled, not cut
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                IntStream.range(0, 100).mapToObj(i -> "item " + i).toList()));
        list.getItems().set(0, "an item whose words need far more room than the list has");
        list.setPrefSize(160, 150);
        list.setMaxWidth(160);
        List<Finding> findings = audit(robot, new VBox(table, list), 300, 320);

        assertEquals(1, findings.size(), () -> "only the first table cell is cut: " + findings);
        assertTrue(findings.get(0).node().startsWith("TableCell") && findings.get(0).detail().startsWith("shows \""),
                () -> "a table cell is a Labeled and is checked: " + findings.get(0));
    }

    @Test
    void aTextCutByAClipIsCutEvenWithoutAnEllipsis(FxRobot robot) {
        Label label = new Label("Whole words, hidden by a clip");
        label.setId("clipped");
        Pane box = new Pane(label);
        box.setClip(new Rectangle(0, 0, 60, 40)); // the label keeps its size, the clip hides its end
        List<Finding> findings = audit(robot, new VBox(box), 300, 100);

        assertEquals(1, findings.size(), () -> "the clipped label: " + findings);
        assertTrue(findings.get(0).node().contains("#clipped") && findings.get(0).detail().contains("clipped"),
                () -> findings.get(0).toString());
    }

    @Test
    void aLabelTheLayoutGivesNoRoomAtAllIsCut(FxRobot robot) {
        Label squeezed = new Label("Squeezed out of its row");
        squeezed.setId("squeezed");
        squeezed.setMinWidth(0);
        Region wide = new Region();
        wide.setMinWidth(300); // takes the whole row: the label gets no width at all
        List<Finding> findings = audit(robot, new VBox(new HBox(wide, squeezed)), 300, 100);

        assertEquals(1, findings.size(), () -> "the squeezed label: " + findings);
        assertTrue(findings.get(0).node().contains("#squeezed"), () -> findings.get(0).toString());
    }

    @Test
    void aWindowWhereEverythingFitsHasNoFindings(FxRobot robot) {
        ToolBar toolBar = new ToolBar(new Button("Open"), new Button("Save"));
        Label hidden = new Label("An invisible label too long to fit anywhere at all");
        hidden.setMaxWidth(20);
        hidden.setVisible(false);
        List<Finding> findings = audit(robot, new VBox(toolBar, new Label("Fits"), hidden), 300, 100);

        assertEquals(List.of(), findings, "nothing is cut, outside or folded; an invisible label does not count");
    }

    private static Finding only(List<Finding> findings, Finding.Kind kind) {
        List<Finding> ofKind = findings.stream().filter(f -> f.kind() == kind).toList();
        assertEquals(1, ofKind.size(), () -> "one finding of kind " + kind + " in " + findings);
        return ofKind.get(0);
    }

    private List<Finding> audit(FxRobot robot, Parent root, double width, double height) {
        robot.interact(() -> {
            stage.setScene(new Scene(root, width, height));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Finding> findings = new ArrayList<>();
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            findings.addAll(LayoutAudit.of(stage.getScene()));
        });
        return findings;
    }
}
