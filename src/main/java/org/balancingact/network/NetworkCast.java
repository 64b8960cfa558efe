package org.balancingact.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balancingact.model.Relation;

/**
 * Who is in the picture: the actors drawn in the graph, those gathered on the shelf because no relation
 * of theirs is shown, and (with {@link NetworkScope#FEATURED_NEIGHBOURHOOD}) the first neighbours of
 * the featured actors, most connected to them first. Plain arithmetic on ids, so it is tested without a
 * toolkit; whether a neighbour fits on screen is decided afterwards by {@link LabelPlacement}.
 *
 * @param featured the featured actors that exist in the dataset, in the order given
 * @param neighbours the first neighbours (not featured), the most relations to featured actors first,
 *                   then the most relations shown, then dataset order; empty for the whole network
 * @param others     every other actor with a relation shown (whole network only), in dataset order
 * @param shelved    actors with no relation shown and not featured (whole network only), in dataset order
 */
record NetworkCast(List<String> featured, List<String> neighbours, List<String> others, List<String> shelved) {

    /**
     * @param actorIds every actor of the dataset, in dataset order
     * @param shown    the relations the view shows (for the neighbourhood: already narrowed by {@link #neighbourhood})
     * @param featured the ids brought forward; unknown ids are left out
     */
    static NetworkCast of(List<String> actorIds, List<Relation> shown, Collection<String> featured, NetworkScope scope) {
        Set<String> known = Set.copyOf(actorIds);
        List<String> featuredKnown = featured.stream().filter(known::contains).distinct().toList();
        Map<String, Integer> degree = new HashMap<>();
        for (Relation r : shown) {
            degree.merge(r.fromId(), 1, Integer::sum);
            degree.merge(r.toId(), 1, Integer::sum);
        }
        Set<String> featuredSet = Set.copyOf(featuredKnown);
        if (scope == NetworkScope.FEATURED_NEIGHBOURHOOD && !featuredSet.isEmpty()) {
            Map<String, Integer> tiesToFeatured = new HashMap<>();
            for (Relation r : shown) {
                boolean fromFeatured = featuredSet.contains(r.fromId());
                boolean toFeatured = featuredSet.contains(r.toId());
                if (fromFeatured && !toFeatured) {
                    tiesToFeatured.merge(r.toId(), 1, Integer::sum);
                } else if (toFeatured && !fromFeatured) {
                    tiesToFeatured.merge(r.fromId(), 1, Integer::sum);
                }
            }
            List<String> neighbours = new ArrayList<>(actorIds.stream().filter(tiesToFeatured::containsKey).toList());
            neighbours.sort((a, b) -> {
                int byTies = Integer.compare(tiesToFeatured.get(b), tiesToFeatured.get(a));
                return byTies != 0 ? byTies : Integer.compare(degree.getOrDefault(b, 0), degree.getOrDefault(a, 0));
            });
            return new NetworkCast(featuredKnown, List.copyOf(neighbours), List.of(), List.of());
        }
        List<String> others = new ArrayList<>();
        List<String> shelved = new ArrayList<>();
        for (String id : actorIds) {
            if (!featuredSet.contains(id)) {
                (degree.containsKey(id) ? others : shelved).add(id);
            }
        }
        return new NetworkCast(featuredKnown, List.of(), List.copyOf(others), List.copyOf(shelved));
    }

    /**
     * The relations of a featured neighbourhood: those among the featured actors and their first
     * neighbours (including between two neighbours). With no featured actor, all of them.
     */
    static List<Relation> neighbourhood(List<Relation> shown, Collection<String> featured) {
        if (featured.isEmpty()) {
            return shown;
        }
        Set<String> featuredSet = Set.copyOf(featured);
        Set<String> members = new LinkedHashSet<>(featuredSet);
        for (Relation r : shown) {
            if (featuredSet.contains(r.fromId()) || featuredSet.contains(r.toId())) {
                members.add(r.fromId());
                members.add(r.toId());
            }
        }
        return shown.stream().filter(r -> members.contains(r.fromId()) && members.contains(r.toId())).toList();
    }

    /** Everyone drawn in the graph (featured, neighbours, others), in that order. */
    List<String> drawn() {
        List<String> all = new ArrayList<>(featured.size() + neighbours.size() + others.size());
        all.addAll(featured);
        all.addAll(neighbours);
        all.addAll(others);
        return all;
    }
}
