/**
 * The actor network: {@link org.balancingact.network.ActorNetworkView} shows actors as shaped nodes and
 * the relations in force at the explorer state's focus date as typed edges. The layout comes from
 * JGraphT's force-directed algorithm, seeded so it is the same on every run.
 */
package org.balancingact.network;
