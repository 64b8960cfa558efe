package org.balancingact.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.balancingact.model.Relation;

/**
 * How central each actor is in one slice of the network. Degree (the number of relations in force
 * touching an actor) is what a student can check by counting lines, so it is what node sizes show.
 */
public final class Centrality {
    private Centrality() {
    }

    /** Relations touching each actor; actors with none are absent. A self-relation counts once. */
    public static Map<String, Integer> degrees(List<Relation> relations) {
        Map<String, Integer> degree = new HashMap<>();
        for (Relation r : relations) {
            degree.merge(r.fromId(), 1, Integer::sum);
            if (!r.toId().equals(r.fromId())) {
                degree.merge(r.toId(), 1, Integer::sum);
            }
        }
        return degree;
    }
}
