/**
 * The spine of the app: one {@link org.balancingact.explore.ExplorerState} that every view reads and
 * writes, and {@link org.balancingact.explore.Linking}, a pure function from a selection to what the
 * views highlight. Views never talk to each other; they talk to this state.
 */
package org.balancingact.explore;
