package org.balancingact.network;

/** Which actors an {@link ActorNetworkView} draws. */
public enum NetworkScope {
    /**
     * Every actor of the dataset: those with a relation shown in the graph, the rest on the shelf
     * ("Not active on this date: 12"); featured actors are always in the graph.
     */
    WHOLE_NETWORK,
    /**
     * Only the featured actors (all of them, whether or not a relation of theirs is in force) and
     * their first neighbours by a relation shown, as many neighbours as fit with a readable name at the
     * current font size, the most connected to the featured actors first. No shelf. With no featured
     * actor this is the same as {@link #WHOLE_NETWORK}.
     */
    FEATURED_NEIGHBOURHOOD
}
