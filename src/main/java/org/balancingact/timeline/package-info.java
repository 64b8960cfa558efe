/**
 * The zoomable timeline: {@link org.balancingact.timeline.TimelineView} (a Control holding the visible
 * range and lane grouping), its skin, the axis ticks and the lane layout. It reads and writes only the
 * {@link org.balancingact.explore.ExplorerState}; its looks live in {@code timeline.css}.
 */
package org.balancingact.timeline;
