package org.balancingact.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.balancingact.i18n.Messages;

/**
 * Lays a {@link Handout} out on landscape pages (A4 or Letter) as JavaFX nodes, one node per page.
 * The same pages go to a printer or, as images, into a PDF, so what is printed is what was checked.
 * Sizes are in points (1/72 inch) at the paper's real size.
 */
public final class HandoutPages {
    public enum Paper {
        A4(842, 595), LETTER(792, 612);

        final double width;
        final double height;

        Paper(double width, double height) {
            this.width = width;
            this.height = height;
        }

        public double width() {
            return width;
        }

        public double height() {
            return height;
        }
    }

    static final double MARGIN = 40;

    private HandoutPages() {
    }

    /**
     * @param timelinePicture a picture of the whole timeline for the first page, or null
     * @param stylesheet the handout's stylesheet URL
     */
    public static List<Region> layout(Handout handout, Paper paper, Image timelinePicture, String stylesheet) {
        double contentW = paper.width - 2 * MARGIN;
        double contentH = paper.height - 2 * MARGIN;
        List<Node> blocks = new ArrayList<>();
        blocks.add(label(handout.title(), "handout-title", contentW));
        blocks.add(label(handout.subtitle(), "handout-subtitle", contentW));
        if (timelinePicture != null) {
            ImageView picture = new ImageView(timelinePicture);
            picture.setPreserveRatio(true);
            picture.setFitWidth(contentW);
            picture.setFitHeight(contentH * 0.62);
            picture.setSmooth(true);
            blocks.add(picture);
        }
        blocks.add(label(Messages.get("handout.events"), "handout-heading", contentW));
        for (Handout.Entry entry : handout.entries()) {
            String notes = entry.notes().stream().map(String::valueOf).collect(Collectors.joining(", ", " [", "]"));
            String text = entry.date() + " — " + entry.title() + (entry.notes().isEmpty() ? "" : notes)
                    + (entry.summary().isEmpty() ? "" : "\n" + entry.summary());
            blocks.add(label(text, "handout-entry", contentW));
        }
        blocks.add(label(Messages.get("handout.notes"), "handout-heading", contentW));
        for (Handout.Endnote note : handout.endnotes()) {
            blocks.add(label("[" + note.number() + "] “" + note.quote() + "” — " + note.citation(), "handout-endnote", contentW));
        }
        return paginate(blocks, paper, contentW, contentH, stylesheet);
    }

    private static Label label(String text, String styleClass, double width) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(width);
        label.setPrefWidth(width);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Fills pages top to bottom; a block never splits across pages (entries are short). */
    private static List<Region> paginate(List<Node> blocks, Paper paper, double contentW, double contentH,
                                         String stylesheet) {
        List<VBox> pages = new ArrayList<>();
        VBox page = newPage(paper);
        double used = 0;
        Group holder = new Group();
        new Scene(holder).getStylesheets().add(stylesheet);
        for (Node block : blocks) {
            double h = measure(holder, block, contentW);
            if (used + h > contentH && !page.getChildren().isEmpty()) {
                pages.add(page);
                page = newPage(paper);
                used = 0;
            }
            page.getChildren().add(block);
            used += h + page.getSpacing();
        }
        pages.add(page);
        int number = 1;
        for (VBox p : pages) {
            Label footer = label(Messages.get("handout.page", number++, pages.size()), "handout-footer", contentW);
            footer.setManaged(false);
            footer.resizeRelocate(MARGIN, paper.height - MARGIN * 0.75, contentW, MARGIN * 0.5);
            p.getChildren().add(footer);
            Scene scene = new Scene(p, paper.width, paper.height);
            scene.getStylesheets().add(stylesheet);
            p.applyCss();
            p.layout();
        }
        return new ArrayList<>(pages);
    }

    private static VBox newPage(Paper paper) {
        VBox page = new VBox(6);
        page.getStyleClass().add("handout-page");
        page.setPadding(new Insets(MARGIN));
        page.setPrefSize(paper.width, paper.height);
        page.setMinSize(paper.width, paper.height);
        page.setMaxSize(paper.width, paper.height);
        return page;
    }

    /** Height of a block at the page's width, styled as it will be printed (one scene reused for all). */
    private static double measure(Group holder, Node block, double width) {
        holder.getChildren().setAll(block);
        holder.applyCss();
        double h = block instanceof ImageView view ? view.getLayoutBounds().getHeight() : block.prefHeight(width);
        holder.getChildren().clear();
        return h;
    }
}
