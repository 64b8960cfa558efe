package org.balancingact.ui.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.balancingact.network.ActorNetworkView;
import org.balancingact.present.StageLayout;
import org.balancingact.shell.MainWindow;
import org.balancingact.timeline.DrawnItem;
import org.balancingact.timeline.TimelineSkin;
import org.balancingact.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stage as a class sees it while a teacher presents: the step's words, the timeline strip, the
 * step's network, the navigation. Reads only what is drawn (labels, the strip's record of what it drew,
 * the network's actor nodes) after the layout has settled.
 */
public final class StagePage {
    private final FxRobot robot;
    private final MainWindow window;

    StagePage(FxRobot robot, MainWindow window) {
        this.robot = robot;
        this.window = window;
    }

    private StageLayout layout() {
        return window.classroom().presentation().stage();
    }

    /** Whether the stage is what the window shows. */
    public boolean isShown() {
        boolean[] shown = new boolean[1];
        robot.interact(() -> shown[0] = layout().getScene() != null && layout().isVisible());
        return shown[0];
    }

    /** Lets the network's layout arrive and the layout passes run, so what follows reads what is drawn. */
    public StagePage settle() {
        WaitForAsyncUtils.waitForFxEvents();
        new NetworkPage(robot).waitForLayout();
        for (int pass = 0; pass < 3; pass++) {
            robot.interact(() -> {
                layout().getScene().getRoot().applyCss();
                layout().getScene().getRoot().layout();
            });
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public StagePage press(KeyCode key) {
        robot.type(key);
        return this;
    }

    private String text(String id) {
        return robot.lookup("#" + id).tryQuery().filter(this::shownNode).map(n -> ((Labeled) n).getText()).orElse("");
    }

    public String progress() {
        return text("stage-progress");
    }

    public String title() {
        return text("stage-title");
    }

    public String date() {
        return text("stage-date");
    }

    public String quote() {
        return text("stage-quote");
    }

    public String attribution() {
        return text("stage-attribution");
    }

    public String note() {
        return text("stage-note");
    }

    public String question() {
        return text("stage-question");
    }

    /** The "EN" beside a text shown in English on a screen in another language ("stage-title-language", ...), or empty. */
    public String languageTag(String id) {
        return text(id);
    }

    /** The rendered size of a label of the stage, in pixels. */
    public double fontSize(String id) {
        double[] size = new double[1];
        robot.interact(() -> size[0] = ((Labeled) robot.lookup("#" + id).query()).getFont().getSize());
        return size[0];
    }

    public TimelineView strip() {
        return layout().strip();
    }

    public ActorNetworkView network() {
        return layout().network();
    }

    /** The strip's own record of how it drew an event: as an item of its own, or nothing (in a badge, out of sight). */
    public Optional<DrawnItem> drawnInStrip(String eventId) {
        @SuppressWarnings("unchecked")
        Optional<DrawnItem>[] item = new Optional[1];
        robot.interact(() -> item[0] = ((TimelineSkin) strip().getSkin()).drawnItem(eventId));
        return item[0];
    }

    public boolean isInABadgeOfTheStrip(String eventId) {
        boolean[] in = new boolean[1];
        robot.interact(() -> in[0] = ((TimelineSkin) strip().getSkin()).isInCluster(eventId));
        return in[0];
    }

    /** The actors the stage's network draws now (visible nodes inside the drawing), by id. */
    public List<String> actorsInNetwork() {
        List<String> ids = new ArrayList<>();
        robot.interact(() -> {
            for (Node node : network().lookupAll(".actor-node")) {
                if (node.getId() != null && node.getId().startsWith("actor:") && shownNode(node)) {
                    ids.add(node.getId().substring("actor:".length()));
                }
            }
        });
        return ids;
    }

    /** Every visible text of the stage with its font size: labels, the network's names, and the strip's label font. */
    public List<SizedText> texts() {
        List<SizedText> texts = new ArrayList<>();
        robot.interact(() -> {
            collect(layout(), texts);
            // the strip paints its labels on a canvas in the font of its (hidden) label probe
            strip().lookupAll(".event-label").stream().filter(n -> n instanceof Labeled).findFirst()
                    .ifPresent(n -> texts.add(new SizedText("strip event labels", ((Labeled) n).getFont().getSize())));
        });
        return texts;
    }

    /** A text the stage shows, and the size it is drawn at. */
    public record SizedText(String what, double px) {
    }

    private void collect(Node node, List<SizedText> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            texts.add(new SizedText(describe(node) + " \"" + labeled.getText() + "\"", labeled.getFont().getSize()));
        } else if (node instanceof Text text && !(node instanceof org.kordamp.ikonli.javafx.FontIcon)
                && text.getText() != null && !text.getText().isBlank() && !insideLabeled(text)) {
            texts.add(new SizedText(describe(node) + " \"" + text.getText() + "\"", text.getFont().getSize()));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    /** A Labeled's skin draws its text with a Text node: counted once, as the Labeled. */
    private static boolean insideLabeled(Text text) {
        for (Parent p = text.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Labeled) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        return node.getId() != null ? "#" + node.getId() : String.join(".", node.getStyleClass());
    }

    private boolean shownNode(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The stage's height and the network's, in pixels: the network's share of the stage. */
    public double networkShareOfHeight() {
        double[] share = new double[1];
        robot.interact(() -> share[0] = network().getHeight() / layout().getScene().getHeight());
        return share[0];
    }
}
