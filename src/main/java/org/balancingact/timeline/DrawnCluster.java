package org.balancingact.timeline;

import javafx.geometry.Bounds;

/**
 * A cluster badge as drawn: its bounds in the timeline control's coordinates, the days it covers, how many
 * events it stands for and how many of them are related to the selection.
 */
public record DrawnCluster(ClusterLayout.Cluster cluster, Bounds bounds) {
    public int count() {
        return cluster.count();
    }

    /** Events in the badge that the selection highlights (an actor's, a relation's). */
    public int related() {
        return cluster.related();
    }

    /** First day of the column the badge stands for (fractional epoch day). */
    public double fromDay() {
        return cluster.fromDay();
    }

    public double toDay() {
        return cluster.toDay();
    }

    public int lane() {
        return cluster.lane();
    }
}
