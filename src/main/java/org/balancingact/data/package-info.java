/**
 * Reading and checking timeline files: our format, TimelineJS JSON and CSV, all through
 * {@link org.balancingact.data.TimelineFiles}. Every problem in a file is collected, located (line, column,
 * JSON pointer) and explained with a hint, so an author fixes them all in one pass. Also the TimelineJS
 * export and atomic writes. Pure Java: no JavaFX.
 */
package org.balancingact.data;
