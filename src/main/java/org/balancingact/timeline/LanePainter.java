package org.balancingact.timeline;

import java.util.function.Consumer;
import javafx.geometry.BoundingBox;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Draws one frame of the lanes: the striped bands and sticky headers (a few pooled nodes), then on the
 * canvas each lane's events ({@link ItemPainter}) and badges, from a {@link LanesInView}. What it drew
 * goes into the {@link DrawnRecord}.
 */
final class LanePainter {
    private final Canvas canvas;
    private final ItemPainter painter;
    private final BadgeStamps stamps;
    private final NodePool<Region> bandPool;
    private final NodePool<Label> headerPool;
    private int[] badgeCounts = new int[512];

    LanePainter(Canvas canvas, ItemPainter painter, BadgeStamps stamps, Pane bands, Pane headers,
                Consumer<String> onHeaderClicked) {
        this.canvas = canvas;
        this.painter = painter;
        this.stamps = stamps;
        this.bandPool = new NodePool<>(bands, Region::new);
        this.headerPool = new NodePool<>(headers, () -> newHeader(onHeaderClicked));
    }

    /** Where and how this frame is drawn. */
    record Frame(double width, double height, double offset, double itemsX, double itemsY, double startDay,
                 double endDay, RowMetrics metrics, double headerWidth) {
    }

    /** Draws the lanes of {@code lanes} as {@code f} says and records what it drew. */
    void paint(LanesInView lanes, Frame f, ItemPainter.Context context, java.util.Set<String> collapsed,
               DrawnRecord record) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, f.width(), f.height());
        bandPool.begin();
        headerPool.begin();
        record.clear();
        RowMetrics m = f.metrics();
        ItemPainter.RowGeometry rows = new ItemPainter.RowGeometry(m.rowHeight(), m.lineHeight(), m.railHeight());
        double badgeH = Math.round(m.rowHeight() * 0.78);
        prepareBadges(lanes, f, context.palette(), badgeH);
        double y = -f.offset();
        for (int i = 0; i < lanes.lanes.size(); i++) {
            LaneLayout.Lane lane = lanes.lanes.get(i);
            double laneH = m.laneHeight(lane.rows());
            record.laneSpans.add(new double[] {f.itemsY() + y, f.itemsY() + y + laneH});
            if (y + laneH >= 0 && y <= f.height()) {
                Region band = bandPool.next();
                String stripe = i % 2 == 1 ? "lane-odd" : "lane-even";
                if (!band.getStyleClass().contains(stripe)) {
                    band.getStyleClass().setAll("lane-band", stripe);
                }
                band.resizeRelocate(0, y, f.width(), laneH);
                if (f.headerWidth() > 0) {
                    Label header = headerPool.next();
                    header.setText(lane.label());
                    header.setId("lane:" + lane.key());
                    header.setUserData(lane.key());
                    header.pseudoClassStateChanged(TimelineSkin.COLLAPSED, collapsed.contains(lane.key()));
                    header.resizeRelocate(0, Math.max(y, Math.min(0, y + laneH - m.rowHeight())), f.headerWidth(),
                            Math.min(laneH, m.rowHeight()));
                }
                double top = y + m.laneGap() / 2;
                painter.paintEvents(gc, lane, i, top, rows, f.width(), context, record.items, f.itemsX(), f.itemsY());
                for (ClusterLayout.Cluster c : lanes.clusters.get(i)) {
                    double x0 = (c.fromDay() - f.startDay()) / (f.endDay() - f.startDay()) * f.width();
                    BoundingBox box = painter.paintCluster(gc, stamps, x0, top + (m.rowHeight() - badgeH) / 2, c.count());
                    if (c.related() > 0) {
                        painter.paintRelated(gc, box, c.related(), context.palette());
                    }
                    record.clusters.add(new DrawnCluster(c, new BoundingBox(box.getMinX() + f.itemsX(),
                            box.getMinY() + f.itemsY(), box.getWidth(), box.getHeight())));
                }
            }
            y += laneH;
        }
        bandPool.finish();
        headerPool.finish();
    }

    /** Pictures for the badges of the lanes in sight, at the badge size and colours of this frame. */
    private void prepareBadges(LanesInView lanes, Frame f, Palette palette, double badgeH) {
        var window = canvas.getScene() == null ? null : canvas.getScene().getWindow();
        double scale = window == null ? 1 : Math.max(window.getRenderScaleX(), window.getRenderScaleY());
        double badgeW = Math.max(4, f.metrics().badgePx() - 3);
        stamps.setLook(new BadgeStamps.Look(badgeW, badgeH, palette.badgeFill(), palette.badgeText(),
                palette.badgeFont(), scale), count -> painter.badgeText(count, stamps.width(), palette));
        int n = 0;
        double y = -f.offset();
        for (int i = 0; i < lanes.lanes.size(); i++) {
            double laneH = f.metrics().laneHeight(lanes.lanes.get(i).rows());
            if (y + laneH >= 0 && y <= f.height()) {
                for (ClusterLayout.Cluster c : lanes.clusters.get(i)) {
                    if (n == badgeCounts.length) {
                        badgeCounts = java.util.Arrays.copyOf(badgeCounts, n * 2);
                    }
                    badgeCounts[n++] = c.count();
                }
            }
            y += laneH;
        }
        stamps.prepare(badgeCounts, n);
    }

    /** A lane header: its label, and a click collapses or opens the lane. */
    private static Label newHeader(Consumer<String> onClicked) {
        Label header = new Label();
        header.getStyleClass().add("lane-header");
        header.setMinWidth(0);
        header.setOnMouseClicked(click -> onClicked.accept((String) header.getUserData()));
        return header;
    }
}
