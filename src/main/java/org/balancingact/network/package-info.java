/**
 * The actor network: {@link org.balancingact.network.ActorNetworkView} shows actors as shaped nodes and
 * the relations in force at the explorer state's focus date as typed edges, with a line saying what
 * changed, a Ctrl+click chain between two actors, keyboard walking (arrows, Enter, +/−, 0, Escape) and
 * an adjacency list. The layout comes from JGraphT's force-directed algorithm, seeded so it is the same on
 * every run; {@code NodeSpacing} then moves names apart on screen so each one shown can be read.
 */
package org.balancingact.network;
