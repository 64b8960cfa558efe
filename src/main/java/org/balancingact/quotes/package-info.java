/**
 * The source-quote panel: the exact words behind whatever is selected, with their source, and chips
 * that select what each quote supports. It reads and writes only the explorer state.
 */
package org.balancingact.quotes;
