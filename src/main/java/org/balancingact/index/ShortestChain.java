package org.balancingact.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.balancingact.model.Relation;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * The shortest chain of relations linking two actors, read in either direction: "Belarus — ally of —
 * Russia — invades — Ukraine". Any direction will do for finding the chain (a teacher asks "how are
 * these two connected?", not "who acts on whom"), but among chains of equal length one that reads forward
 * wins, then the one using relations listed earlier in the dataset, so the answer is always the same.
 */
public final class ShortestChain {
    private ShortestChain() {
    }

    /** The chain with the fewest relations from {@code fromActor} to {@code toActor}, if any. */
    public static Optional<Chain> between(List<Relation> relations, String fromActor, String toActor) {
        if (fromActor.equals(toActor)) {
            return Optional.empty();
        }
        Graph<String, Step> graph = new DirectedWeightedPseudograph<>(Step.class);
        for (int i = 0; i < relations.size(); i++) {
            Relation r = relations.get(i);
            graph.addVertex(r.fromId());
            graph.addVertex(r.toId());
            double tieBreak = i * 1e-7;
            Step forward = new Step(r, true);
            graph.addEdge(r.fromId(), r.toId(), forward);
            graph.setEdgeWeight(forward, 1 + tieBreak);
            Step backward = new Step(r, !r.type().isDirected());
            graph.addEdge(r.toId(), r.fromId(), backward);
            graph.setEdgeWeight(backward, 1 + tieBreak + (r.type().isDirected() ? 1e-3 : 0));
        }
        if (!graph.containsVertex(fromActor) || !graph.containsVertex(toActor)) {
            return Optional.empty();
        }
        GraphPath<String, Step> path = new DijkstraShortestPath<>(graph).getPath(fromActor, toActor);
        if (path == null) {
            return Optional.empty();
        }
        return Optional.of(new Chain(path.getVertexList(), path.getEdgeList().stream().map(Step::relation).toList()));
    }

    /** A relation walked one way; two per relation, so each direction is its own edge object. */
    private record Step(Relation relation, boolean forward) {
        @Override
        public boolean equals(Object o) {
            return this == o; // identity: JGraphT keeps every step, even two alike
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** Actors in order along the chain (one more than the relations), and the relations between them. */
    public record Chain(List<String> actorIds, List<Relation> relations) {
        public Chain {
            actorIds = List.copyOf(actorIds);
            relations = List.copyOf(relations);
        }

        public List<String> relationIds() {
            return relations.stream().map(Relation::id).toList();
        }

        /**
         * The chain in words. A relation walked against its direction gets an arrow so that it still
         * says who does what: "Ukraine ← invades — Russia".
         */
        public String spelled(Function<String, String> nameOf, Function<Relation, String> labelOf) {
            List<String> parts = new ArrayList<>();
            parts.add(nameOf.apply(actorIds.get(0)));
            for (int i = 0; i < relations.size(); i++) {
                Relation r = relations.get(i);
                String at = actorIds.get(i);
                boolean forward = r.fromId().equals(at) || !r.type().isDirected();
                parts.add(forward ? " — " + labelOf.apply(r) + " — " : " ← " + labelOf.apply(r) + " — ");
                parts.add(nameOf.apply(actorIds.get(i + 1)));
            }
            return String.join("", parts);
        }
    }
}
