/**
 * The source-quote panel: the exact words behind whatever is selected, with their source, chips that
 * select what each quote supports, the source reader (full text, quote highlighted, actor names as
 * links), and citations in APA 7, MLA 9 and Chicago 17. Citations and quote filtering are pure Java;
 * the panel reads and writes only the explorer state.
 */
package org.balancingact.quotes;
