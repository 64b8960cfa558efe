package org.balancingact.ui.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToolBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Walks a laid-out scene graph and lists what a user would see as broken layout:
 * <ul>
 * <li>a visible {@link Labeled} (list and table cells included) whose skin's text node shows less than
 *     its text: an ellipsis, or the text clipped by the label's own bounds or by a clip around it;</li>
 * <li>a visible {@link Control} that reaches beyond the scene's bounds;</li>
 * <li>a {@link ToolBar} whose overflow button ("»") shows.</li>
 * </ul>
 * "Visible" means what a user can see: the node and its ancestors are visible and not transparent,
 * and some of it lies inside every clip above it. What a scroll pane, list, table or other scrolling
 * viewport has scrolled out of view is therefore not visible, and a text that a viewport cuts at its
 * edge is half scrolled, not cut: the audit checks against the clips and viewports, it does not skip
 * their content. A viewport is a clipped node with a visible {@link ScrollBar} beside it, scrolling in
 * that bar's direction: the viewport of a ScrollPane, the clipped container of the virtual flow in a
 * ListView, TableView or TreeView, and a control's own scrolling such as the timeline's lanes. Where no
 * scroll bar shows, nothing can be scrolled into view, and a clip that hides text cuts it.
 *
 * <p>Call on the FX thread, after a layout pass. The walk reads the skins' nodes only; it changes nothing.
 */
public final class LayoutAudit {
    /** Layout snaps to whole pixels; a difference below this is rounding, not a problem. */
    static final double TOLERANCE_PX = 1.0;

    private final List<Finding> findings = new ArrayList<>();
    private final Area scene;

    private LayoutAudit(Scene scene) {
        this.scene = new Area(0, 0, scene.getWidth(), scene.getHeight());
    }

    /** Every finding in one scene. */
    public static List<Finding> of(Scene scene) {
        LayoutAudit audit = new LayoutAudit(scene);
        audit.walk(scene.getRoot(), Area.EVERYWHERE, audit.scene, false);
        return List.copyOf(audit.findings);
    }

    /** Every finding in every showing stage (popups such as tooltips and menus are not part of a layout). */
    public static List<Finding> ofShowingStages() {
        List<Finding> all = new ArrayList<>();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof Stage && window.isShowing() && window.getScene() != null) {
                all.addAll(of(window.getScene()));
            }
        }
        return all;
    }

    /**
     * @param clipped      in scene coordinates, what the clips above {@code node} let through (viewports included)
     * @param fixed        what a text must stay inside not to be cut: the scene and the clips above, except in
     *                     the directions a viewport scrolls (what lies beyond it there is scrolled, not cut)
     * @param outsideAbove whether this node's control or one above it was reported outside the scene (its content
     *                     is not reported again, for that or for text the scene's edge cuts)
     */
    private void walk(Node node, Area clipped, Area fixed, boolean outsideAbove) {
        if (!node.isVisible() || node.getOpacity() <= 0) {
            return;
        }
        if (node.getClip() != null) {
            Area clip = Area.of(node.localToScene(node.getClip().getBoundsInParent()));
            clipped = clipped.intersect(clip);
            if (clipped.isEmpty()) {
                return; // everything below is clipped away
            }
            fixed = scrollDirectionsFreed(node, fixed.intersect(clip));
        }
        Area box = Area.of(node.localToScene(node.getLayoutBounds()));
        Area shown = box.intersect(clipped);
        boolean seen = box.meets(clipped);
        if (seen && node instanceof Control && !outsideAbove && !scene.contains(shown)) {
            findings.add(new Finding(Finding.Kind.OUTSIDE_SCENE, Names.of(node),
                    "its visible part " + shown + " is not inside the scene " + scene));
            outsideAbove = true;
        }
        if (seen && box.meets(clipped.intersect(scene))) {
            if (node instanceof Labeled labeled) {
                checkText(labeled, fixed, outsideAbove);
            }
            if (node instanceof ToolBar toolBar) {
                checkOverflow(toolBar);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, clipped, fixed, outsideAbove);
            }
        }
    }

    /** A clipped node with a visible scroll bar beside it is a viewport: it limits nothing in the bar's direction. */
    private static Area scrollDirectionsFreed(Node node, Area limit) {
        boolean vertical = false;
        boolean horizontal = false;
        if (node.getParent() != null) {
            for (Node sibling : node.getParent().getChildrenUnmodifiable()) {
                if (sibling instanceof ScrollBar bar && bar.isVisible()) {
                    vertical |= bar.getOrientation() == Orientation.VERTICAL;
                    horizontal |= bar.getOrientation() == Orientation.HORIZONTAL;
                }
            }
        }
        return limit.freeIn(horizontal, vertical);
    }

    private void checkText(Labeled labeled, Area fixed, boolean outside) {
        String full = ShownText.expected(labeled);
        if (full == null || full.isBlank() || labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return;
        }
        Text text = ShownText.textNode(labeled);
        if (text == null) {
            // no skin yet, or a skin that shows the text through a Labeled of its own (a menu button's
            // label, a titled pane's title): that one is checked where the walk meets it
            return;
        }
        String shown = text.isVisible() ? text.getText() : "";
        if (!full.equals(shown)) {
            findings.add(new Finding(Finding.Kind.CUT_TEXT, Names.of(labeled), Names.shownOf(shown, full)));
            return;
        }
        if (outside) {
            return; // the scene's edge cuts it: already reported as outside the scene
        }
        // all of the words are in the text node: is all of the text node seen?
        Area textBox = Area.of(text.localToScene(text.getLayoutBounds()));
        Area limit = fixed;
        if (text.getClip() != null) {
            limit = limit.intersect(Area.of(text.localToScene(text.getClip().getBoundsInParent())));
        }
        Area seenPart = textBox.intersect(limit);
        if (seenPart.width() < textBox.width() - TOLERANCE_PX || seenPart.height() < textBox.height() - TOLERANCE_PX) {
            findings.add(new Finding(Finding.Kind.CUT_TEXT, Names.of(labeled),
                    "its text " + textBox + " is clipped to " + seenPart + ": \"" + Names.clip(full) + "\""));
        }
    }

    private void checkOverflow(ToolBar toolBar) {
        for (Node child : toolBar.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains("tool-bar-overflow-button") && child.isVisible()) {
                List<String> hidden = new ArrayList<>();
                for (Node item : toolBar.getItems()) {
                    if (item.getParent() == null || !item.isVisible() || item.getScene() == null) {
                        hidden.add(Names.brief(item));
                    }
                }
                findings.add(new Finding(Finding.Kind.TOOLBAR_OVERFLOW, Names.of(toolBar),
                        "its overflow button \"»\" shows; moved into its menu: " + (hidden.isEmpty() ? "?" : String.join(", ", hidden))));
            }
        }
    }

    /** An axis-aligned rectangle in scene coordinates; EVERYWHERE is unbounded. */
    record Area(double minX, double minY, double maxX, double maxY) {
        static final Area EVERYWHERE = new Area(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

        static Area of(Bounds b) {
            return new Area(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
        }

        Area intersect(Area o) {
            return new Area(Math.max(minX, o.minX), Math.max(minY, o.minY), Math.min(maxX, o.maxX), Math.min(maxY, o.maxY));
        }

        /** The same area, unbounded in the directions given. */
        Area freeIn(boolean horizontal, boolean vertical) {
            return new Area(horizontal ? EVERYWHERE.minX : minX, vertical ? EVERYWHERE.minY : minY,
                    horizontal ? EVERYWHERE.maxX : maxX, vertical ? EVERYWHERE.maxY : maxY);
        }

        /**
         * Whether this box is in sight through {@code view}: they overlap; or, for a box squeezed to no
         * width or height (a label the layout gave no room), it lies within the view.
         */
        boolean meets(Area view) {
            if (maxX - minX > 0 && maxY - minY > 0) {
                return !intersect(view).isEmpty();
            }
            return minX >= view.minX && maxX <= view.maxX && minY >= view.minY && maxY <= view.maxY
                    && !view.isEmpty();
        }

        boolean isEmpty() {
            return maxX - minX <= 0 || maxY - minY <= 0;
        }

        double width() {
            return Math.max(0, maxX - minX);
        }

        double height() {
            return Math.max(0, maxY - minY);
        }

        /** Whether {@code o} lies inside this area, give or take rounding. */
        boolean contains(Area o) {
            return o.minX >= minX - TOLERANCE_PX && o.minY >= minY - TOLERANCE_PX
                    && o.maxX <= maxX + TOLERANCE_PX && o.maxY <= maxY + TOLERANCE_PX;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "(%.0f,%.0f %.0f×%.0f)", minX, minY, width(), height());
        }
    }
}
