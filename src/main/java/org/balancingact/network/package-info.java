/**
 * The actor network: {@link org.balancingact.network.ActorNetworkView} shows actors as shaped nodes and
 * the relations in force at the explorer state's focus date as typed edges, with a line saying what
 * changed, a Ctrl+click chain between two actors, keyboard walking (arrows, Enter, +/−, 0, Escape) and
 * an adjacency list. The layout comes from JGraphT's force-directed algorithm, seeded so it is the same on
 * every run; {@code LabelPlacement} then puts each name where it overlaps no other name and no node
 * (beside its node, the node nudged, the name narrowed, hidden to hover only as a last resort). Actors
 * with no relation shown wait on a shelf under the drawing ({@code ActorShelf}). A host such as the
 * presenting stage brings actors forward ({@code featuredActors}), narrows the drawing to them and their
 * first neighbours ({@code scope}) and reads what changed in words ({@code whatChanged}).
 */
package org.balancingact.network;
