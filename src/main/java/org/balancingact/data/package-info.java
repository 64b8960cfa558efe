/**
 * Reading and checking timeline files. Every problem in a file is collected, located (line, column,
 * JSON pointer) and explained with a hint, so an author fixes them all in one pass. Pure Java: no JavaFX.
 */
package org.balancingact.data;
