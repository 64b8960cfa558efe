package org.balancingact.timeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import org.balancingact.explore.Emphasis;
import org.balancingact.explore.Selection;

/**
 * The mouse and keyboard model of the timeline: wheel and pinch zoom around the pointer, drag and
 * trackpad scroll pan, click selects (a badge zooms to its extent), double-click zooms in, Shift+click
 * or the handle sets the time cursor; Left/Right walk events in time, Up/Down change lane, Enter
 * selects, Escape clears, +/− zoom, Home fits all, Ctrl+Left/Right pan.
 */
final class TimelineInput {
    private final TimelineView view;
    private final TimelineSkin skin;
    private double dragStartX = Double.NaN;
    private double dragStartDay;
    private boolean dragged;
    private boolean draggingCursor;

    TimelineInput(TimelineView view, TimelineSkin skin) {
        this.view = view;
        this.skin = skin;
    }

    void install(Region cursorHandle) {
        installMouse(cursorHandle);
        installKeyboard();
    }

    private double span() {
        return view.getEndDay() - view.getStartDay();
    }

    private void installMouse(Region cursorHandle) {
        view.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (!skin.inItemsArea(e.getX(), e.getY()) && e.getY() > 0 && !skin.overview().isHover()) {
                if (skin.dayAtX(e.getX()) < view.getStartDay()) {
                    return; // over the lane headers: let the scroll reach the lanes' scroll bar
                }
            }
            if (e.getTouchCount() == 0 && !e.isInertia() && Math.abs(e.getDeltaY()) >= Math.abs(e.getDeltaX())
                    && !e.isShiftDown()) {
                if (e.getDeltaY() == 0) {
                    return;
                }
                double factor = e.getDeltaY() > 0 ? 1 / 1.25 : 1.25;
                view.zoom(factor, skin.dayAtX(e.getX()));
            } else {
                double dx = e.isShiftDown() && e.getDeltaX() == 0 ? e.getDeltaY() : e.getDeltaX();
                view.pan(-dx / skin.itemsWidth() * span());
            }
            e.consume();
        });
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            if (e.getZoomFactor() > 0) {
                view.zoom(1 / e.getZoomFactor(), skin.dayAtX(e.getX()));
            }
            e.consume();
        });
        cursorHandle.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            draggingCursor = true;
            e.consume();
        });
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            view.requestFocus();
            dragged = false;
            if (skin.overview().isHover()) {
                return;
            }
            if (e.isShiftDown() && e.getButton() == MouseButton.PRIMARY) {
                setFocusDateAt(e.getX());
                draggingCursor = true;
                return;
            }
            if (!draggingCursor && skin.inItemsArea(e.getX(), e.getY())) {
                dragStartX = e.getX();
                dragStartDay = view.getStartDay();
            }
        });
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (draggingCursor) {
                setFocusDateAt(e.getX());
                dragged = true;
                return;
            }
            if (Double.isNaN(dragStartX)) {
                return;
            }
            double dx = e.getX() - dragStartX;
            if (Math.abs(dx) > 3) {
                dragged = true;
            }
            double start = dragStartDay - dx / skin.itemsWidth() * span();
            view.setVisibleDays(start, start + span());
        });
        // pointing at an event lights all its copies (an event with two themes is in two theme lanes)
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> point(
                skin.inItemsArea(e.getX(), e.getY()) ? skin.itemAt(e.getX(), e.getY()).orElse(null) : null));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> point(null));
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            dragStartX = Double.NaN;
            draggingCursor = false;
        });
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || dragged || e.isShiftDown()
                    || !skin.inItemsArea(e.getX(), e.getY())) {
                return;
            }
            Optional<DrawnItem> item = skin.itemAt(e.getX(), e.getY());
            Optional<DrawnCluster> cluster = skin.clusterAt(e.getX(), e.getY());
            if (item.isPresent()) {
                view.getState().select(Selection.event(item.get().id()));
            } else if (cluster.isPresent()) {
                ClusterLayout.Cluster c = cluster.get().cluster();
                double pad = (c.toDay() - c.fromDay()) * 0.1;
                view.animateTo(c.fromDay() - pad, c.toDay() + pad);
            } else if (e.getClickCount() == 2) {
                view.zoom(0.5, skin.dayAtX(e.getX()));
            } else {
                view.getState().clearSelection();
            }
            e.consume();
        });
    }

    /**
     * The event under the pointer: all its copies light up, and a tooltip says what it is, when (in the
     * interface language) and in which other lanes it is drawn. Marks drawn without a title (no room)
     * are read this way.
     */
    private void point(DrawnItem item) {
        String id = item == null ? null : item.id();
        if (java.util.Objects.equals(id, skin.hovered())) {
            return;
        }
        skin.setHovered(id);
        if (item == null) {
            javafx.scene.control.Tooltip.uninstall(view, tooltip);
            return;
        }
        String text = item.accessibleText();
        java.util.List<String> others = skin.otherLanesOf(item);
        if (!others.isEmpty()) {
            text += "\n" + org.balancingact.i18n.Messages.get("timeline.tooltip.alsoIn", String.join(", ", others));
        }
        tooltip.setText(text);
        javafx.scene.control.Tooltip.install(view, tooltip);
    }

    private final javafx.scene.control.Tooltip tooltip = newTooltip();

    private static javafx.scene.control.Tooltip newTooltip() {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.setShowDelay(javafx.util.Duration.millis(350));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setId("timeline-tooltip");
        return tip;
    }

    private void setFocusDateAt(double x) {
        double day = Math.floor(skin.dayAtX(x));
        view.getState().setFocusDate(LocalDate.ofEpochDay((long) day));
    }

    /** Up/Down: the drawn event in the next lane nearest in time to the selected one (or the centre). */
    private void changeLane(int direction) {
        Optional<DrawnItem> current = skin.drawnItems().stream()
                .filter(i -> i.emphasis() == Emphasis.SELECTED).findFirst();
        int lane = current.map(DrawnItem::lane).orElse(direction > 0 ? -1 : Integer.MAX_VALUE);
        double x = current.map(i -> i.mark().getCenterX()).orElse(skin.xOfDay((view.getStartDay() + view.getEndDay()) / 2));
        skin.drawnItems().stream()
                .filter(i -> direction > 0 ? i.lane() > lane : i.lane() < lane)
                .min(Comparator.<DrawnItem>comparingInt(i -> Math.abs(i.lane() - lane))
                        .thenComparingDouble(i -> Math.abs(i.mark().getCenterX() - x)))
                .ifPresent(i -> view.getState().select(Selection.event(i.id())));
    }

    private void installKeyboard() {
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            KeyCode code = e.getCode();
            boolean handled = true;
            if (code == KeyCode.LEFT || code == KeyCode.KP_LEFT) {
                if (e.isShortcutDown()) {
                    view.pan(-span() * 0.1);
                } else if (!e.isAltDown()) {
                    view.selectAdjacent(-1);
                } else {
                    handled = false;
                }
            } else if (code == KeyCode.RIGHT || code == KeyCode.KP_RIGHT) {
                if (e.isShortcutDown()) {
                    view.pan(span() * 0.1);
                } else if (!e.isAltDown()) {
                    view.selectAdjacent(+1);
                } else {
                    handled = false;
                }
            } else if ((code == KeyCode.UP || code == KeyCode.DOWN) && !e.isAltDown()) {
                changeLane(code == KeyCode.DOWN ? 1 : -1);
            } else if (code == KeyCode.ENTER) {
                if (view.selectedEvent().isEmpty()) {
                    view.selectAdjacent(+1);
                } else {
                    view.zoomToSelection();
                }
            } else if ((code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) && !e.isShortcutDown()) {
                view.zoomIn();
            } else if ((code == KeyCode.MINUS || code == KeyCode.SUBTRACT) && !e.isShortcutDown()) {
                view.zoomOut();
            } else if (code == KeyCode.HOME) {
                view.fitAll();
            } else if (code == KeyCode.ESCAPE) {
                view.getState().clearSelection();
            } else {
                handled = false;
            }
            if (handled) {
                e.consume();
            }
        });
    }
}
